/**
 * node build/scripts/sample-data/cli.js [--seed N] [--as-of YYYY-MM-DD] [--scale X] [--out path]
 * Writes the sample dataset as JSON (default build/sample-data/entatio-sample.json), then prints record counts
 * and the planted patterns as measured back from the data.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../lib/paths';
import { generateDataset } from './generate';
import { measurePatterns } from './measure';
import { serializeDataset } from './serialize';

export const DEFAULT_OUT = path.join(repoRoot, 'build', 'sample-data', 'entatio-sample.json');

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string', default: DEFAULT_OUT }
    }
  });
  const started = process.hrtime.bigint();
  const dataset = generateDataset({
    seed: values.seed === undefined ? undefined : Number(values.seed),
    asOf: values['as-of'],
    scale: values.scale === undefined ? undefined : Number(values.scale)
  });
  const json = serializeDataset(dataset);
  const out = path.resolve(values.out!);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, json);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  console.log(
    `Sample dataset (seed ${dataset.seed}, as of ${dataset.asOf}, scale ${dataset.scale}) -> ${out}`
  );
  console.log(`${(Buffer.byteLength(json) / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
  const keys = [
    'accounts',
    'contacts',
    'users',
    'courses',
    'sections',
    'sessions',
    'events',
    'activities',
    'cases',
    'opportunities'
  ] as const;
  for (const key of keys) console.log(`  ${key.padEnd(14)} ${dataset[key].length}`);
  const m = measurePatterns(dataset);
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : String(n));
  console.log('Planted patterns, measured:');
  console.log(`  role-topic-affinity          ratio ${f(m.roleTopicAffinity.ratio)}`);
  console.log(
    `  upgrade-fewer-version-cases  rate ratio ${f(m.upgradeVersionCases.ratio)} (${m.upgradeVersionCases.completedAccounts} accounts completed)`
  );
  console.log(
    `  quiet-accounts               ${m.quietAccounts.accounts} accounts, ${m.quietAccounts.eventsInQuietWindow} recent events, ${m.quietAccounts.momentOfTruthAccounts} with ${m.quietAccounts.fewestRecentCasesOfMomentOfTruthAccounts}+ recent cases`
  );
  console.log(
    `  deck-drop-off                ${f(m.deckDropOff.dropOff)} (other sections: median ${f(m.deckDropOff.medianDropOffOtherSections)})`
  );
  console.log(
    `  engagement-revenue-lift      lift ${f(m.revenueLift.lift)} (win rate ${f(m.revenueLift.winRateEngaged)} vs ${f(m.revenueLift.winRateOther)})`
  );
  console.log(`  surging-topic                ${m.surgingTopic.topSurgingTopic} x${f(m.surgingTopic.surge)}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
