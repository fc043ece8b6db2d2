/**
 * `npm run generate`: writes the package metadata generated from `scripts/schema` into `force-app`
 * (objects, fields, sharing reasons, permission sets, tabs, the app) and deletes stale generated files.
 *
 *   node build/scripts/generate/index.js            write
 *   node build/scripts/generate/index.js --check    report differences, exit 1 if any (CI)
 *   ... --root <dir>                                 operate on another checkout (default: this repository)
 */
import * as path from 'node:path';
import { formatFinding } from '../lib/findings';
import { repoRoot } from '../lib/paths';
import { checkGenerated } from './check';
import { render } from './render';
import { writeGenerated } from './write';

export { checkGenerated, firstDifferingLine } from './check';
export { GENERATED_FOLDERS, render } from './render';
export { listGeneratedFiles, planGeneration, writeGenerated } from './write';
export type { GenerationPlan } from './write';

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  let root = repoRoot;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--root' && argv[i + 1]) root = path.resolve(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: generate [--check] [--root <dir>]');
      return 0;
    } else {
      console.error(`generate: unknown argument ${arg}`);
      return 2;
    }
  }
  if (check) {
    const findings = await checkGenerated(root);
    for (const f of findings) console.error(formatFinding(f));
    console.log(
      findings.length
        ? `generate --check: ${findings.length} problem(s)`
        : 'generate --check: generated metadata is up to date'
    );
    return findings.length ? 1 : 0;
  }
  const files = render();
  const plan = writeGenerated(files, root);
  console.log(
    `generate: ${files.size} files (${plan.missing.length} created, ${plan.changed.length} updated, ` +
      `${plan.unchanged.length} unchanged, ${plan.stale.length} stale deleted)`
  );
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    }
  );
}
