/**
 * A small, deterministic XML writer for Metadata API bodies. Elements are written the way Salesforce writes
 * them when it retrieves metadata: `fullName` first, then the other elements in alphabetical order (the
 * order of the Metadata API WSDL); arrays become repeated elements in their given order. `undefined`
 * values and empty arrays are left out. Four-space indentation, UTF-8 declaration, trailing newline.
 */

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

/*
 * No "generated file" comment is written: source-deploy-retrieve reads the first node of a file as its
 * metadata type, so a comment before the root element breaks conversion of decomposed children (fields of
 * standard objects). The generated folders are listed in GENERATED_FOLDERS (render.ts) and .prettierignore;
 * `npm run generate -- --check` (CI) rejects hand edits.
 */

const INDENT = '    ';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Element names of an object in Metadata API order: `fullName` first, the rest alphabetical. */
export function orderedKeys(body: object): string[] {
  const keys = Object.keys(body).filter((k) => k !== 'fullName');
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return 'fullName' in body ? ['fullName', ...keys] : keys;
}

function scalar(value: unknown, path: string): string {
  switch (typeof value) {
    case 'string':
      return escapeXml(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${path}: not a finite number`);
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      throw new Error(`${path}: cannot write ${typeof value} as XML text`);
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

function element(name: string, value: unknown, depth: number, out: string[], path: string): void {
  if (isEmpty(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => element(name, item, depth, out, `${path}[${i}]`));
    return;
  }
  const pad = INDENT.repeat(depth);
  if (typeof value === 'object') {
    const children: string[] = [];
    for (const key of orderedKeys(value as object)) {
      element(key, (value as Record<string, unknown>)[key], depth + 1, children, `${path}.${key}`);
    }
    if (children.length === 0) return;
    out.push(`${pad}<${name}>`, ...children, `${pad}</${name}>`);
    return;
  }
  out.push(`${pad}<${name}>${scalar(value, path)}</${name}>`);
}

/**
 * A complete metadata file: declaration, root element in the metadata namespace with the body's elements,
 * trailing newline.
 */
export function metadataXml(rootElement: string, body: object): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<${rootElement} xmlns="${METADATA_NAMESPACE}">`];
  for (const key of orderedKeys(body)) {
    element(key, (body as Record<string, unknown>)[key], 1, lines, `${rootElement}.${key}`);
  }
  lines.push(`</${rootElement}>`);
  return lines.join('\n') + '\n';
}
