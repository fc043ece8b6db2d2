/**
 * Platform modules that exist in a Salesforce org but not in open-source LWC, resolved for the workbench
 * bundle. `@salesforce/apex/<Class>.<method>` becomes a call to the workbench server (which runs
 * `scripts/workbench/apex/<Class>.ts` over the sample data); the others become small modules under
 * `app/platform/` or generated code. Everything else under `@salesforce/*` and `lightning/*` is left to
 * `lightning-base-components` (its own stubs for i18n, gates, labels); whatever nobody provides fails the
 * build with a sentence saying where to add it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { platformDir } from './paths';

export type PlatformResolution =
  { kind: 'file'; file: string } | { kind: 'code'; code: string } | { kind: 'unsupported'; message: string };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Modules backed by a file under app/platform/. */
const FILE_MODULES: Record<string, string> = {
  '@salesforce/apex': 'apex.ts',
  'lightning/navigation': 'navigation.ts',
  'lightning/uiRecordApi': 'uiRecordApi.ts',
  'lightning/empApi': 'empApi.ts',
  'lightning/messageService': 'messageService.ts',
  'lightning/refresh': 'refresh.ts',
  'lightning/platformResourceLoader': 'resourceLoader.ts',
  // A component (template beside it): uploads through the workbench server, fires `uploadfinished`.
  'lightning/fileUpload': 'lwc/fileUpload/fileUpload.ts'
};

const platformFile = (name: string): string => JSON.stringify(path.join(platformDir, name));

/** Modules small enough to generate inline. */
const CODE_MODULES: Record<string, () => string> = {
  // The platform's ShowToastEvent takes { title, message, variant, mode }; the open-source one wants `label`.
  'lightning/platformShowToastEvent': () =>
    'export class ShowToastEvent extends CustomEvent {\n' +
    "  constructor(config) { super('lightning__showtoast', { bubbles: true, cancelable: true, composed: true, detail: config }); }\n}\n",
  // Combobox form association needs ElementInternals, which synthetic shadow (the workbench's, like Lightning
  // Experience's) does not support: keep the gate closed as the platform does there.
  '@salesforce/gate/bc.260.enableComboboxElementInternals': () => 'export default { isOpen: () => false };\n',
  'lightning/actions': () =>
    'export class CloseActionScreenEvent extends CustomEvent {\n' +
    "  constructor() { super('lightning__actionsclosescreen', { bubbles: true, composed: true }); }\n}\n",
  'lightning/logger': () => 'export function log(_message) {}\n',
  '@salesforce/user/Id': () =>
    `import { config } from ${platformFile('config.ts')};\nexport default config.userId;\n`,
  '@salesforce/user/isGuest': () => 'export default false;\n',
  '@salesforce/community/Id': () => 'export default undefined;\n',
  '@salesforce/community/basePath': () => "export default '';\n",
  '@salesforce/site/Id': () => 'export default undefined;\n'
};

export interface PlatformContext {
  /** Custom labels (`c.<name>` → value) from the package's CustomLabels metadata. */
  labels: Record<string, string>;
}

/**
 * How the workbench provides a platform module, or `undefined` when it does not own the id (then the base
 * components, or rollup itself, resolve it).
 */
export function resolvePlatformModule(id: string, context: PlatformContext): PlatformResolution | undefined {
  if (FILE_MODULES[id]) return { kind: 'file', file: path.join(platformDir, FILE_MODULES[id]) };
  if (CODE_MODULES[id]) return { kind: 'code', code: CODE_MODULES[id]() };

  const [, scope, rest] = /^@salesforce\/([A-Za-z]+)\/(.+)$/.exec(id) ?? [];
  if (!scope || rest === undefined) return undefined;
  switch (scope) {
    case 'apex': {
      const parts = rest.split('.');
      if (parts.length !== 2 || !parts.every((p) => IDENT.test(p))) {
        return { kind: 'unsupported', message: `"${id}" is not "@salesforce/apex/<Class>.<method>".` };
      }
      const [className, methodName] = parts;
      return {
        kind: 'code',
        code:
          `import { apexMethod } from ${platformFile('apex.ts')};\n` +
          `export default apexMethod(${JSON.stringify(className)}, ${JSON.stringify(methodName)});\n`
      };
    }
    case 'schema': {
      const [objectApiName, ...field] = rest.split('.');
      const value = field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
      return { kind: 'code', code: `export default Object.freeze(${JSON.stringify(value)});\n` };
    }
    case 'label': {
      // Base components import their own labels (e.g. LightningButtonMenu.showMenu); only ours are `c.`.
      if (!rest.startsWith('c.')) return undefined;
      const name = rest.slice(2);
      const value = context.labels[name];
      if (value === undefined) {
        return {
          kind: 'unsupported',
          message: `custom label "${name}" is not in force-app/**/labels/*.labels-meta.xml.`
        };
      }
      return { kind: 'code', code: `export default ${JSON.stringify(value)};\n` };
    }
    case 'customPermission':
    case 'userPermission':
      return {
        kind: 'code',
        code: `import { hasPermission } from ${platformFile('config.ts')};\nexport default hasPermission(${JSON.stringify(rest)});\n`
      };
    case 'resourceUrl':
      return { kind: 'code', code: `export default ${JSON.stringify(`/resources/${rest}`)};\n` };
    case 'messageChannel':
      return {
        kind: 'code',
        code: `export default Object.freeze({ channelName: ${JSON.stringify(rest)} });\n`
      };
    case 'contentAssetUrl':
      return { kind: 'code', code: `export default ${JSON.stringify(`/content-assets/${rest}`)};\n` };
    default:
      return undefined;
  }
}

/** Custom labels of a package directory: every `<labels>` in `**\/labels/*.labels-meta.xml`. */
export function readCustomLabels(packageDir: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const parser = new XMLParser({ isArray: (name) => name === 'labels' });
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.labels-meta.xml')) {
        const parsed = parser.parse(fs.readFileSync(full, 'utf8')) as {
          CustomLabels?: { labels?: { fullName?: string; value?: unknown }[] };
        };
        for (const label of parsed.CustomLabels?.labels ?? []) {
          if (label.fullName) labels[label.fullName] = String(label.value ?? '');
        }
      }
    }
  };
  walk(packageDir);
  return labels;
}
