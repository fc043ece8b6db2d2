/**
 * Compiles the package's LWCs from TypeScript: every `force-app/**\/lwc/<name>/*.ts` becomes `.js` beside
 * it (standard decorators, ESNext), ready for the LWC compiler and for deploys. Cross-bundle imports
 * (`c/<name>`) resolve through paths computed from the bundles on disk, so adding a component needs no
 * configuration. `--check` type-checks without writing files.
 *
 *   node build/scripts/build/lwc.js [--check]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { packageDir, relative } from '../lib/paths';

export interface LwcBundle {
  name: string;
  dir: string;
}

/**
 * Every LWC bundle folder under the package: the children of each `lwc` folder, sorted by name, skipping
 * `node_modules`, hidden folders and `__tests__`-style folders. A missing folder has no bundles.
 */
export function findBundles(root: string = packageDir): LwcBundle[] {
  const bundles: LwcBundle[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (path.basename(dir) === 'lwc') {
        if (!entry.name.startsWith('__')) bundles.push({ name: entry.name, dir: full });
      } else walk(full);
    }
  };
  walk(root);
  return bundles.sort((a, b) => a.name.localeCompare(b.name) || a.dir.localeCompare(b.dir));
}

function loadOptions(configFile: string): { options: ts.CompilerOptions; fileNames: string[] } {
  const read = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configFile));
  if (parsed.errors.length) {
    throw new Error(
      parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')
    );
  }
  return { options: parsed.options, fileNames: parsed.fileNames };
}

/** Compiles (or with `emit: false` only type-checks) the LWCs; returns formatted diagnostics. */
export function compileLwc(root: string = packageDir, emit = true): string[] {
  const { options, fileNames } = loadOptions(path.join(root, 'tsconfig.json'));
  const paths: Record<string, string[]> = {};
  for (const bundle of findBundles(root)) {
    const entry = path.join(bundle.dir, `${bundle.name}.ts`);
    if (fs.existsSync(entry)) paths[`c/${bundle.name}`] = [entry];
  }
  const program = ts.createProgram(fileNames, {
    ...options,
    paths,
    noEmit: !emit,
    // Node's type roots are not wanted in browser code; the platform typings come from force-app/types.
    typeRoots: []
  });
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  return diagnostics.map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${relative(d.file.fileName)}:${line + 1}:${character + 1} ${text}`;
  });
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  const problems = compileLwc(packageDir, !check);
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`LWC TypeScript: ${problems.length} problem(s).`);
    process.exit(1);
  }
  console.log(`LWC TypeScript: ${findBundles().length} bundle(s) ${check ? 'type-checked' : 'compiled'}.`);
}
