/**
 * node build/scripts/workbench/health-report-cli.js [--seed N] [--as-of YYYY-MM-DD] [--scale X]
 * Evaluates the package's default health rules over the sample dataset at its "now" and prints the band counts,
 * the accounts that would get alerts and the planted at-risk accounts the rules catch (`health-report.ts`).
 */
import { parseArgs } from 'node:util';
import { generateDataset } from '../sample-data/generate';
import { DEFAULT_RULES, buildIndex, evaluate } from './health-evaluation';
import { formatHealthReport, healthReport } from './health-report';

function main(): void {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, 'as-of': { type: 'string' }, scale: { type: 'string' } }
  });
  const dataset = generateDataset({
    seed: values.seed === undefined ? undefined : Number(values.seed),
    asOf: values['as-of'],
    scale: values.scale === undefined ? undefined : Number(values.scale)
  });
  const evaluation = evaluate(buildIndex(dataset), DEFAULT_RULES, new Date(dataset.generatedAt));
  console.log(`Default health rules on the sample data (seed ${dataset.seed}, as of ${dataset.asOf}):`);
  for (const line of formatHealthReport(healthReport(dataset, evaluation))) console.log(`  ${line}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
