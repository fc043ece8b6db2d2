/**
 * What the server tells the browser about the workbench session: the running user, the dataset and the
 * permissions to withhold. The server writes it into index.html as JSON (`<script id="wb-config">`), so it is
 * known before any module runs. `?deny=Perm_A,Perm_B` in the page URL withholds custom permissions, to
 * preview a component's no-access state.
 */
export interface WorkbenchConfig {
  /** `@salesforce/user/Id`: the dataset user the workbench runs as. */
  userId: string;
  userName: string;
  /** Dataset facts, shown in the header. */
  seed: number;
  asOf: string;
  /** Custom permissions the running user lacks (all others are granted, as for an admin). */
  deniedPermissions: string[];
}

const FALLBACK: WorkbenchConfig = { userId: '', userName: '', seed: 0, asOf: '', deniedPermissions: [] };

function read(): WorkbenchConfig {
  if (typeof document === 'undefined') return FALLBACK;
  const element = document.getElementById('wb-config');
  let config: WorkbenchConfig = FALLBACK;
  try {
    if (element?.textContent)
      config = { ...FALLBACK, ...(JSON.parse(element.textContent) as WorkbenchConfig) };
  } catch {
    console.error('The workbench configuration in index.html is not valid JSON.');
  }
  const deny = new URLSearchParams(window.location.search).get('deny');
  const denied = deny
    ? deny
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
    : [];
  return { ...config, deniedPermissions: [...config.deniedPermissions, ...denied] };
}

export const config: WorkbenchConfig = read();

/** `@salesforce/customPermission/<name>` and `@salesforce/userPermission/<name>`. */
export function hasPermission(name: string): boolean | undefined {
  return config.deniedPermissions.includes(name) ? undefined : true;
}
