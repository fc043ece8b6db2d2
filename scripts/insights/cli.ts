/**
 * Runs the insights engine on a sample-data file — the same module the Insights page runs in the browser:
 *
 *   npm run insights -- --data <dataset.json> [--recent-days 30] [--seed 1] [--compact]
 *
 * Prints the result as JSON: `period`, `journeys`, `segments`, `revenue`, `topics`, `cards`.
 * Exit codes: 0 printed; 1 bad usage or a file that is not a dataset (the reason on stderr).
 */
import * as fs from 'node:fs';
import { analyze } from '../../force-app/main/insights/lwc/insightsEngine/insightsEngine';
import { parseDataset } from '../sample-data/serialize';
import { aggregateDataset } from './aggregate';

export interface CliResult {
  exitCode: 0 | 1;
  stdout: string;
  stderr: string;
}

const USAGE = 'Usage: npm run insights -- --data <dataset.json> [--recent-days N] [--seed N] [--compact]';

function option(args: string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return args[at]!.includes('=') ? args[at]!.slice(name.length + 1) : args[at + 1];
}

function wholeNumber(args: string[], name: string, min: number): number | undefined | Error {
  const raw = option(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min ? n : new Error(`${name} needs a whole number of at least ${min}.`);
}

/** Runs the CLI on its arguments without touching the process (for tests). */
export function runInsightsCli(args: string[]): CliResult {
  if (args.includes('--help') || args.includes('-h'))
    return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
  const file = option(args, '--data');
  if (!file) return { exitCode: 1, stdout: '', stderr: `${USAGE}\n` };
  const recentDays = wholeNumber(args, '--recent-days', 1);
  const seed = wholeNumber(args, '--seed', 0);
  for (const v of [recentDays, seed])
    if (v instanceof Error) return { exitCode: 1, stdout: '', stderr: `${v.message}\n` };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    return { exitCode: 1, stdout: '', stderr: `${file} ${why}.\n` };
  }
  let dataset;
  try {
    dataset = parseDataset(text);
  } catch (error) {
    const why = error instanceof SyntaxError ? 'is not valid JSON' : (error as Error).message;
    return { exitCode: 1, stdout: '', stderr: `${file}: ${why}\n` };
  }
  const input = aggregateDataset(dataset, { recentDays: recentDays as number | undefined });
  const result = analyze(input, seed === undefined ? {} : { seed: seed as number });
  const json = args.includes('--compact') ? JSON.stringify(result) : JSON.stringify(result, null, 2);
  return { exitCode: 0, stdout: `${json}\n`, stderr: '' };
}

if (require.main === module) {
  const result = runInsightsCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
