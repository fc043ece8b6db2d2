/**
 * Metadata check: the package converts from source format to Metadata API format the way `sf project
 * deploy` does it (`@salesforce/source-deploy-retrieve`, honouring `.forceignore`), and every XML file —
 * in `force-app` and in the converted output — is well-formed. The converter's own XML parser is lenient
 * (it silently repairs a mismatched closing tag), so the source files are checked as they are written.
 * A file that deploys but belongs to no metadata component (e.g. a class without its `-meta.xml`) is
 * silently dropped by the converter; it is reported too.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ComponentSet,
  ForceIgnore,
  MetadataConverter,
  type SourceComponent
} from '@salesforce/source-deploy-retrieve';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../lib/findings';
import { type VerifyOptions, listFiles, oneLine, packageDirOf, relativeTo, resolveRoot } from './util';

const CHECK = 'metadata-convert';

/** A well-formedness problem in an XML document, or undefined when it is well-formed. */
export function xmlProblem(xml: string): { line?: number; column?: number; message: string } | undefined {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (result !== true) {
    return { line: result.err.line, column: result.err.col, message: `malformed XML: ${result.err.msg}` };
  }
  // The validator accepts several top-level elements; a document has exactly one.
  const parsed = new XMLParser({
    preserveOrder: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: '#comment'
  }).parse(xml) as Record<string, unknown>[];
  const roots = parsed.filter((node) =>
    Object.keys(node).some((k) => k !== '#comment' && k !== '#text' && k !== ':@')
  );
  if (roots.length !== 1)
    return { message: `malformed XML: expected one root element, found ${roots.length}` };
  return undefined;
}

function looksLikeXml(file: string): boolean {
  if (file.endsWith('.xml')) return true;
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64);
    const n = fs.readSync(fd, buf, 0, 64, 0);
    return /^\uFEFF?\s*<\?xml/.test(buf.subarray(0, n).toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

function checkXmlFiles(files: string[], label: (file: string) => string): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    const problem = xmlProblem(fs.readFileSync(file, 'utf8'));
    if (problem)
      findings.push({
        check: CHECK,
        file: label(file),
        line: problem.line,
        column: problem.column,
        message: problem.message
      });
  }
  return findings;
}

/** Every source file a component consists of. */
function componentFiles(component: SourceComponent, into: Set<string>): void {
  if (component.xml) into.add(path.resolve(component.xml));
  if (component.content) for (const f of component.walkContent()) into.add(path.resolve(f));
  for (const child of component.getChildren()) componentFiles(child, into);
}

export async function checkMetadataConvert(opts: VerifyOptions = {}): Promise<Finding[]> {
  const root = resolveRoot(opts);
  const packageDir = packageDirOf(root);
  const rel = (f: string): string => relativeTo(root, f);
  if (!fs.existsSync(packageDir))
    return [{ check: CHECK, file: rel(packageDir), message: 'package directory missing' }];

  // 1. Every XML file of the package is well-formed as written.
  const allFiles = listFiles(packageDir);
  const findings = checkXmlFiles(
    allFiles.filter((f) => f.endsWith('.xml')),
    rel
  );

  // 2. The package resolves into components; every deployable file belongs to one.
  let components: ComponentSet;
  try {
    components = ComponentSet.fromSource(packageDir);
  } catch (e) {
    findings.push({
      check: CHECK,
      file: rel(packageDir),
      message: `cannot resolve components: ${oneLine((e as Error).message)}`
    });
    return findings;
  }
  const forceIgnore = ForceIgnore.findAndCreate(packageDir);
  const covered = new Set<string>();
  for (const c of components.getSourceComponents()) componentFiles(c, covered);
  for (const f of allFiles) {
    if (!covered.has(path.resolve(f)) && forceIgnore.accepts(f)) {
      findings.push({
        check: CHECK,
        file: rel(f),
        message: 'belongs to no metadata component (missing -meta.xml? wrong folder?) and would not deploy'
      });
    }
  }

  // 3. Conversion to Metadata API format succeeds and writes well-formed XML.
  const outputDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'entatio-convert-'));
  try {
    await new MetadataConverter().convert(components, 'metadata', {
      type: 'directory',
      outputDirectory,
      genUniqueDir: false
    });
    const converted = listFiles(outputDirectory).filter(looksLikeXml);
    findings.push(...checkXmlFiles(converted, (f) => `(converted) ${relativeTo(outputDirectory, f)}`));
  } catch (e) {
    findings.push({
      check: CHECK,
      file: rel(packageDir),
      message: `conversion to metadata format failed: ${oneLine((e as Error).message)}`
    });
  } finally {
    fs.rmSync(outputDirectory, { recursive: true, force: true });
  }
  return findings;
}
