/**
 * CI check: the committed generated metadata must be exactly what the generator writes. Reports each
 * hand-edited (differing), missing and stale file as a `generated` finding.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../lib/findings';
import { repoRoot } from '../lib/paths';
import { render } from './render';
import { planGeneration } from './write';

export const CHECK = 'generated';

/** 1-based number of the first line where the two texts differ. */
export function firstDifferingLine(actual: string, expected: string): number {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const n = Math.max(a.length, e.length);
  for (let i = 0; i < n; i++) if (a[i] !== e[i]) return i + 1;
  return 1;
}

export async function checkGenerated(root: string = repoRoot): Promise<Finding[]> {
  const files = render();
  const plan = planGeneration(files, root);
  const findings: Finding[] = [];
  for (const file of plan.changed) {
    const actual = fs.readFileSync(path.join(root, file), 'utf8');
    const line = firstDifferingLine(actual, files.get(file) as string);
    findings.push({
      check: CHECK,
      file,
      line,
      message:
        'differs from what the generator writes (generated files must not be edited by hand): run `npm run generate`'
    });
  }
  for (const file of plan.missing) {
    findings.push({ check: CHECK, file, message: 'is missing: run `npm run generate`' });
  }
  for (const file of plan.stale) {
    findings.push({
      check: CHECK,
      file,
      message:
        'is stale: it is in a generated folder but the generator does not write it; declare it in scripts/schema or run `npm run generate` to delete it'
    });
  }
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
