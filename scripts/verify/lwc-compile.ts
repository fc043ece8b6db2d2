/**
 * LWC compile check: every Lightning web component bundle under `force-app/**\/lwc/<name>/` goes through
 * `@lwc/sfdc-lwc-compiler` as a platform bundle in namespace `c`, with the files that deploy (the compiled
 * `.js`, `.html`, `.css`, `.js-meta.xml`, `.svg` ... — `.forceignore`d files such as `.ts` and tests are
 * left out). Diagnostics of level fatal or error are findings; warnings go to `warn`.
 *
 * Components are authored in TypeScript: run `npm run build` first so every bundle has its `.js`.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';
import { findBundles } from '../build/lwc';
import type { Finding } from '../lib/findings';
import { type VerifyOptions, oneLine, packageDirOf, relativeTo, resolveRoot } from './util';

const CHECK = 'lwc-compile';

/**
 * Loads the compiler with Node's own `require`. One of its dependencies (`@lwc/errors`) ships only as an ES
 * module, which Node >= 20.19 can `require` but Jest's module loader cannot; `process.getBuiltinModule`
 * hands out Node's real `module` builtin even inside Jest.
 */
function loadCompiler(): typeof import('@lwc/sfdc-lwc-compiler') {
  type Builtins = { getBuiltinModule?: (id: 'node:module') => typeof import('node:module') };
  const nodeModule = (process as unknown as Builtins).getBuiltinModule?.('node:module');
  const nodeRequire = (nodeModule?.createRequire ?? createRequire)(__filename);
  return nodeRequire('@lwc/sfdc-lwc-compiler') as typeof import('@lwc/sfdc-lwc-compiler');
}

/** `DiagnosticLevel` of `@lwc/errors`. */
const LEVEL_FATAL = 0;
const LEVEL_ERROR = 1;
const LEVEL_WARNING = 2;

/** Files of a bundle that deploy, keyed by path relative to the bundle (forward slashes). */
function bundleFiles(bundleDir: string, forceIgnore: ForceIgnore): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (forceIgnore.denies(p)) continue;
      if (e.isDirectory()) walk(p);
      else if (e.isFile())
        files[path.relative(bundleDir, p).split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(bundleDir);
  return files;
}

function apiVersionOf(meta: string | undefined, root: string): number | undefined {
  const fromMeta = meta && /<apiVersion>\s*([0-9]+)(?:\.[0-9]+)?\s*<\/apiVersion>/.exec(meta);
  if (fromMeta) return Number(fromMeta[1]);
  try {
    const project = JSON.parse(fs.readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as {
      sourceApiVersion?: string;
    };
    return project.sourceApiVersion ? Math.floor(Number(project.sourceApiVersion)) : undefined;
  } catch {
    return undefined;
  }
}

export async function checkLwcCompile(opts: VerifyOptions = {}): Promise<Finding[]> {
  const root = resolveRoot(opts);
  const packageDir = packageDirOf(root);
  const forceIgnore = ForceIgnore.findAndCreate(packageDir);
  const findings: Finding[] = [];
  const bundles = findBundles(packageDir).map((bundle) => bundle.dir);
  const { compile } = bundles.length ? loadCompiler() : { compile: undefined };
  for (const bundleDir of bundles) {
    const name = path.basename(bundleDir);
    const relBundle = relativeTo(root, bundleDir);
    const files = bundleFiles(bundleDir, forceIgnore);
    const meta = files[`${name}.js-meta.xml`];
    if (!meta)
      findings.push({
        check: CHECK,
        file: `${relBundle}/${name}.js-meta.xml`,
        message: 'missing: every bundle needs its .js-meta.xml'
      });
    if (!files[`${name}.js`]) {
      const hasTs = fs.existsSync(path.join(bundleDir, `${name}.ts`));
      findings.push({
        check: CHECK,
        file: `${relBundle}/${name}.js`,
        message: hasTs
          ? 'missing: run `npm run build` to compile the bundle from its .ts'
          : 'missing: every bundle needs its .js'
      });
      continue;
    }
    let output;
    try {
      output = await compile!({
        bundle: {
          type: 'platform',
          name,
          namespace: 'c',
          files,
          options: { apiVersion: apiVersionOf(meta, root) }
        }
      });
    } catch (e) {
      findings.push({
        check: CHECK,
        file: relBundle,
        message: `compiler failed: ${oneLine((e as Error).message)}`
      });
      continue;
    }
    let errors = 0;
    for (const d of output.diagnostics) {
      const finding: Finding = {
        check: CHECK,
        file: d.filename ? `${relBundle}/${d.filename.split(path.sep).join('/')}` : relBundle,
        line: d.location?.line,
        column: d.location?.column,
        message: oneLine(d.message)
      };
      if (d.level === LEVEL_FATAL || d.level === LEVEL_ERROR) {
        findings.push(finding);
        errors++;
      } else if (d.level === LEVEL_WARNING) {
        opts.warn?.(finding);
      }
    }
    if (!output.success && errors === 0) {
      findings.push({
        check: CHECK,
        file: relBundle,
        message: 'compilation failed without an error diagnostic'
      });
    }
  }
  return findings;
}
