/**
 * The managed namespace is applied only when a package version is built: the repo's sfdx-project.json
 * stays namespace-free so scratch orgs and the offline tools see plain API names, and the code is
 * namespace-agnostic (no hard-coded prefixes).
 */
export interface SfdxProject {
  namespace?: string;
  packageDirectories: { path: string; package?: string; default?: boolean; [key: string]: unknown }[];
  [key: string]: unknown;
}

const NAMESPACE_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,14}$/;

/** A copy of the project definition with the namespace set; throws on a namespace Salesforce would reject. */
export function applyNamespace(project: SfdxProject, namespace: string): SfdxProject {
  if (!NAMESPACE_PATTERN.test(namespace) || namespace.includes('__')) {
    throw new Error(
      `"${namespace}" is not a valid namespace: 1–15 letters and digits, starting with a letter.`
    );
  }
  return { ...project, namespace };
}
