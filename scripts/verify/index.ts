/**
 * The offline deploy gate. Runs the named checks (default: all) in order, prints every finding and a
 * one-line summary per check, and exits 1 when any check found something.
 *
 *   node build/scripts/verify/index.js [--root <dir>] [check ...]
 *
 * Checks: generated, apex-semantic, soql-fields, metadata-convert, lwc-compile, code-analyzer.
 * `lwc-compile` and `code-analyzer` read the compiled component `.js`: run `npm run build` first.
 */
import * as path from 'node:path';
import { checkGenerated } from '../generate/check';
import { type Finding, formatFinding } from '../lib/findings';
import { checkApexContracts } from './apex-contracts';
import { checkApexSemantic } from './apex-semantic';
import { checkCodeAnalyzer } from './code-analyzer';
import { checkLwcCompile } from './lwc-compile';
import { checkMetadataConvert } from './metadata-convert';
import { checkSoqlFields } from './soql-fields';
import { type VerifyOptions, resolveRoot } from './util';

type Check = (opts: VerifyOptions) => Promise<Finding[]>;

/** Every check, in the order they run. */
export const CHECKS: Readonly<Record<string, Check>> = {
  generated: (opts) => checkGenerated(resolveRoot(opts)),
  'apex-semantic': checkApexSemantic,
  'soql-fields': checkSoqlFields,
  'apex-contracts': checkApexContracts,
  'metadata-convert': checkMetadataConvert,
  'lwc-compile': checkLwcCompile,
  'code-analyzer': (opts) =>
    checkCodeAnalyzer({ ...opts, log: (m) => console.warn(`  [code-analyzer] ${m}`) })
};

export interface CheckResult {
  name: string;
  findings: Finding[];
  warnings: Finding[];
  millis: number;
}

/** Runs the named checks one after the other (a crash is reported as a finding of that check). */
export async function runChecks(
  names: string[],
  root?: string,
  report: (r: CheckResult) => void = () => {}
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const name of names) {
    const check = CHECKS[name];
    const warnings: Finding[] = [];
    const started = Date.now();
    let findings: Finding[];
    try {
      findings = await check({ root, warn: (f) => warnings.push(f) });
    } catch (e) {
      const err = e as Error;
      findings = [{ check: name, file: '-', message: `check crashed: ${err.stack ?? err.message}` }];
    }
    const result = { name, findings, warnings, millis: Date.now() - started };
    results.push(result);
    report(result);
  }
  return results;
}

function usage(): string {
  return `usage: node build/scripts/verify/index.js [--root <dir>] [--quiet-warnings] [check ...]\nchecks: ${Object.keys(CHECKS).join(', ')}`;
}

async function main(argv: string[]): Promise<number> {
  let root: string | undefined;
  let showWarnings = true;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root') root = path.resolve(argv[++i] ?? '.');
    else if (a === '--quiet-warnings') showWarnings = false;
    else if (a === '-h' || a === '--help') {
      console.log(usage());
      return 0;
    } else if (a in CHECKS) names.push(a);
    else {
      console.error(`unknown check '${a}'\n${usage()}`);
      return 2;
    }
  }
  const selected = names.length ? Object.keys(CHECKS).filter((n) => names.includes(n)) : Object.keys(CHECKS);
  const results = await runChecks(selected, root, (r) => {
    if (showWarnings) for (const w of r.warnings) console.log(`warning: ${formatFinding(w)}`);
    for (const f of r.findings) console.log(formatFinding(f));
    const status = r.findings.length
      ? `FAIL (${r.findings.length} finding${r.findings.length === 1 ? '' : 's'})`
      : 'ok';
    const warned = r.warnings.length
      ? `, ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`
      : '';
    console.log(`${r.name}: ${status}${warned} in ${(r.millis / 1000).toFixed(1)} s`);
  });
  const failed = results.filter((r) => r.findings.length > 0);
  console.log(
    failed.length
      ? `verify: ${failed.length} of ${results.length} checks failed`
      : `verify: all ${results.length} checks passed`
  );
  return failed.length ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}
