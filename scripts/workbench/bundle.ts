/**
 * Bundles the workbench for the browser with rollup and the LWC compiler (`@lwc/rollup-plugin`):
 *
 * - `c/<name>`: the package's real LWCs, from the `.js` that `npm run build` compiles beside each `.ts`
 *   (the bundle folders hold both; the `.js` is what deploys, so it is what the workbench runs);
 * - `wb/<name>`: the workbench shell (scripts/workbench/app/lwc/wb), TypeScript transpiled here;
 * - `lightning/<name>`: the open-source `lightning-base-components`;
 * - platform modules OSS lacks (`@salesforce/apex/*`, `lightning/navigation` ...): platform-modules.ts;
 * - icons: generated libraries of the icons the sources name (icons.ts).
 *
 * The entry (app/main.ts) loads `@lwc/synthetic-shadow` first, as Lightning Experience does, so SLDS styles
 * from the page reach into components. Output: ES modules in `build/workbench/<mode>/`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rollup, type Plugin, type RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import ts from 'typescript';
import { findBundles } from '../build/lwc';
import { repoRoot } from '../lib/paths';
import { categoryOfLibrary, iconLibraryCode, scanIconNames, EXTRA_ICONS } from './icons';
import { appDir, appModulesDir, workbenchSourceDir } from './paths';
import { readCustomLabels, resolvePlatformModule } from './platform-modules';

export type BundleMode = 'development' | 'production';

export interface BundleOptions {
  /** `development` (default) keeps LWC's dev-mode checks and source maps; `production` is what the bench uses. */
  mode?: BundleMode;
  /** Output directory. Default: `build/workbench/<mode>`. */
  outDir?: string;
  /** Repository root whose `force-app` is bundled. Default: this repository. */
  root?: string;
}

export interface BundleResult {
  outDir: string;
  /** Entry module, relative to `outDir`. */
  entry: string;
  durationMs: number;
  /** Rollup warnings about our own code (package LWCs and the workbench); others are counted only. */
  warnings: string[];
  otherWarnings: number;
}

const lbcDir = path.dirname(require.resolve('lightning-base-components/package.json'));
const lbcLightningDir = path.join(lbcDir, 'src', 'lightning');

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  useDefineForClassFields: true,
  verbatimModuleSyntax: true,
  sourceMap: true
};

/** Transpiles the workbench's own TypeScript (standard decorators kept for the LWC compiler). */
export function typescriptPlugin(): Plugin {
  return {
    name: 'workbench-typescript',
    resolveId(source, importer) {
      // Extensionless relative imports between the workbench's TypeScript modules.
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || path.extname(source)) return null;
      const file = path.resolve(path.dirname(importer), `${source}.ts`);
      return fs.existsSync(file) ? file : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts') || id.endsWith('.d.ts') || id.includes('?')) return null;
      const out = ts.transpileModule(code, { compilerOptions: COMPILER_OPTIONS, fileName: id });
      return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: out.sourceMapText };
    }
  };
}

/** Compile-time constants the base components and the engine read. */
export function definesPlugin(mode: BundleMode): Plugin {
  const nodeEnv = JSON.stringify(mode);
  return {
    name: 'workbench-defines',
    transform(code) {
      if (!code.includes('import.meta.env') && !code.includes('process.env.NODE_ENV')) return null;
      return {
        code: code
          .replace(/\bimport\.meta\.env\.SSR\b/g, 'false')
          .replace(/\bprocess\.env\.NODE_ENV\b/g, nodeEnv),
        map: null
      };
    }
  };
}

const VIRTUAL = '\0wb-platform:';

/** Platform modules and icon libraries (see platform-modules.ts and icons.ts). */
export function platformPlugin(packageDir: string, iconNames: Set<string>): Plugin {
  const labels = readCustomLabels(packageDir);
  const code = new Map<string, string>();
  return {
    name: 'workbench-platform',
    async resolveId(source, importer) {
      const category = categoryOfLibrary(source);
      if (category) {
        // The workbench runs left-to-right, so the RTL libraries are the LTR ones.
        const id = `${VIRTUAL}icons/${category}`;
        code.set(id, iconLibraryCode(lbcLightningDir, category, iconNames));
        return id;
      }
      const resolution = resolvePlatformModule(source, { labels });
      if (resolution?.kind === 'file') return resolution.file;
      if (resolution?.kind === 'code') {
        const id = VIRTUAL + source;
        code.set(id, resolution.code);
        return id;
      }
      if (resolution?.kind === 'unsupported') {
        this.error(`${source} (imported by ${importer ?? 'the entry'}): ${resolution.message}`);
      }
      if (/^(@salesforce|lightning)\//.test(source)) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        if (!resolved) {
          this.error(
            `${source} (imported by ${importer ? path.relative(repoRoot, importer) : 'the entry'}) is a platform ` +
              'module the workbench does not provide yet: add it in scripts/workbench/platform-modules.ts.'
          );
        }
        return resolved;
      }
      return null;
    },
    load(id) {
      return code.get(id) ?? null;
    }
  };
}

/** Module records for the package's bundles: `c/<name>` → the compiled `<name>.js`. */
export function packageModules(packageDir: string): { name: string; path: string }[] {
  const missing: string[] = [];
  const records = findBundles(packageDir).flatMap((bundle) => {
    const js = path.join(bundle.dir, `${bundle.name}.js`);
    const tsFile = path.join(bundle.dir, `${bundle.name}.ts`);
    if (
      fs.existsSync(tsFile) &&
      (!fs.existsSync(js) || fs.statSync(js).mtimeMs < fs.statSync(tsFile).mtimeMs)
    ) {
      missing.push(path.relative(repoRoot, tsFile));
    }
    return fs.existsSync(js) ? [{ name: `c/${bundle.name}`, path: js }] : [];
  });
  if (missing.length) {
    throw new Error(
      `These components are not compiled, or changed since: ${missing.join(', ')}. Run \`npm run build\` first.`
    );
  }
  return records;
}

export async function bundleWorkbench(options: BundleOptions = {}): Promise<BundleResult> {
  const started = Date.now();
  const mode = options.mode ?? 'development';
  const root = options.root ?? repoRoot;
  const packageDir = path.join(root, 'force-app');
  const outDir = options.outDir ?? path.join(repoRoot, 'build', 'workbench', mode);
  const iconNames = scanIconNames([packageDir, workbenchSourceDir, lbcLightningDir]);
  EXTRA_ICONS.forEach((name) => iconNames.add(name));

  const warnings: string[] = [];
  let otherWarnings = 0;
  const ours = (file: string | undefined): boolean =>
    !!file && (file.startsWith(packageDir) || file.startsWith(path.join(root, 'scripts')));
  const onLog = (level: string, log: RollupLog): void => {
    if (level !== 'warn') return;
    if (ours(log.id) || ours(log.loc?.file)) {
      const where = log.loc
        ? `${path.relative(root, log.loc.file ?? log.id ?? '')}:${log.loc.line}`
        : (log.id ?? '');
      warnings.push(`${where} ${log.message}`.trim());
    } else otherWarnings++;
  };

  const build = await rollup({
    input: { main: path.join(appDir, 'main.ts') },
    onLog,
    plugins: [
      platformPlugin(packageDir, iconNames),
      typescriptPlugin(),
      definesPlugin(mode),
      lwc({
        rootDir: appModulesDir,
        sourcemap: mode === 'development',
        modules: [...packageModules(packageDir), { dir: appModulesDir }, { npm: 'lightning-base-components' }]
      })
    ]
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  await build.write({
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: mode === 'development',
    generatedCode: 'es2015'
  });
  await build.close();
  return { outDir, entry: 'main.js', durationMs: Date.now() - started, warnings, otherWarnings };
}
