/**
 * Benchmark of the workbench in Chromium: first render of every page, and of each further feature tab of a record
 * page (navigation start → the shell's `wb:page-rendered` mark, set once the page has rendered with all the data
 * it asked for; a record page loads only the active tab's components) and slide-change
 * latency in the slide viewer. Each run uses a fresh browser context (empty cache); the first run of each
 * page warms the server and is not counted. Reports medians and p90 as a table and as JSON in
 * artifacts/bench.json. The bundle is the production one.
 *
 *   node build/scripts/workbench/bench.js [--runs N] [--compute-only]   (npm run bench; default 10 runs)
 *
 * Then the CPU-only scenarios of bench-scenarios.ts (e.g. the insights engine over the full sample dataset),
 * each step timed apart, after one warm-up run; `--compute-only` skips the browser.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { IndexView } from './api-types';
import {
  COMPUTE_SCENARIOS,
  SLIDE_CHANGE_NOT_MEASURED,
  SLIDE_CHANGE_SCENARIOS,
  type SampleIds
} from './bench-scenarios';
import { loadDataset } from './dataset';
import { CHROMIUM_ARGS, ensureChromium } from './ensure-chromium';
import { PAGES, RENDERED_MARK, formatRoute } from './pages';
import { artifactsDir } from './paths';
import { startWorkbench } from './serve';

export interface Stats {
  runs: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

/** Median and nearest-rank p90 of a non-empty sample, rounded to 0.1 ms. */
export function stats(samples: number[]): Stats {
  if (!samples.length) throw new Error('No samples.');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p90 = sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)]!;
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    runs: samples.length,
    median: round(median),
    p90: round(p90),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!)
  };
}

export interface BenchReport {
  date: string;
  chromium: string;
  bundle: 'production';
  runsPerPage: number;
  firstRender: { page: string; route: string; ms: Stats }[];
  slideChange: { scenario: string; ms: Stats }[] | { notMeasured: string };
  /** CPU-only scenarios (no browser), per step. */
  compute?: { scenario: string; step: string; ms: Stats }[];
}

/** Runs every compute scenario `runs` times over the sample dataset, after one warm-up run. */
export function runComputeBench(runs = 10): NonNullable<BenchReport['compute']> {
  const { dataset } = loadDataset();
  const results: NonNullable<BenchReport['compute']> = [];
  for (const scenario of COMPUTE_SCENARIOS) {
    scenario.run(dataset);
    const samples = new Map<string, number[]>();
    for (let i = 0; i < runs; i++) {
      for (const [step, ms] of Object.entries(scenario.run(dataset))) {
        samples.set(step, [...(samples.get(step) ?? []), ms]);
      }
    }
    for (const [step, times] of samples) results.push({ scenario: scenario.name, step, ms: stats(times) });
  }
  return results;
}

export function formatCompute(compute: NonNullable<BenchReport['compute']>, runs: number): string {
  return [
    `Compute (Node ${process.version}, sample dataset, ${runs} runs after one warm-up):`,
    ...compute.map((c) => `  ${c.scenario}: ${c.step}: median ${c.ms.median} ms, p90 ${c.ms.p90} ms`)
  ].join('\n');
}

function rendered(key: string): string {
  return `document.documentElement.dataset.wbRendered === ${JSON.stringify(key)}`;
}

async function firstRender(browser: Browser, url: string, hash: string, key: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url + hash);
    await page.waitForFunction(rendered(key), undefined, { timeout: 30_000 });
    return await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, RENDERED_MARK);
  } finally {
    await context.close();
  }
}

export function formatTable(report: BenchReport): string {
  const rows = report.firstRender.map((r) => [
    r.page,
    r.ms.median.toFixed(1),
    r.ms.p90.toFixed(1),
    `${r.ms.min.toFixed(1)}–${r.ms.max.toFixed(1)}`
  ]);
  const header = ['first render', 'median ms', 'p90 ms', 'range ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const slide =
    'notMeasured' in report.slideChange
      ? `slide change: ${report.slideChange.notMeasured}`
      : report.slideChange
          .map((s) => `slide change (${s.scenario}): median ${s.ms.median} ms, p90 ${s.ms.p90} ms`)
          .join('\n');
  return [
    `Chromium ${report.chromium}, production bundle, ${report.runsPerPage} runs per page (fresh context each), after one warm-up`,
    line(header),
    ...rows.map(line),
    slide,
    ...(report.compute ? [formatCompute(report.compute, report.runsPerPage)] : [])
  ].join('\n');
}

/**
 * What first render is measured on: every page at its route (a record page on its first tab, with the page's sample
 * record), then each further tab of a record page but Details (`#/course/<id>/present`): a record page loads
 * the components of the tab it opens on only.
 */
export function benchTargets(samples: SampleIds): { page: string; hash: string; key: string }[] {
  return PAGES.flatMap((p) => {
    if (p.kind !== 'record') return [{ page: p.title, hash: formatRoute({ page: p.id }), key: p.id }];
    const recordId = samples[p.id];
    const key = recordId ? `${p.id}:${recordId}` : p.id;
    const first = { page: `${p.title} record`, hash: formatRoute({ page: p.id, recordId }), key };
    if (!recordId) return [first];
    const more = p.tabs
      .slice(1)
      .filter((t) => t.value !== 'details')
      .map((t) => ({
        page: `${p.title} record, ${t.label} tab`,
        hash: formatRoute({ page: p.id, recordId, tab: t.value }),
        key
      }));
    return [first, ...more];
  });
}

export async function runBench(runs = 10, log: (line: string) => void = console.log): Promise<BenchReport> {
  const executablePath = ensureChromium();
  const workbench = await startWorkbench({ port: 0, mode: 'production', log: () => undefined });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const index = (await (await fetch(new URL('/__workbench/api/index', workbench.url))).json()) as IndexView;
    const samples: SampleIds = Object.fromEntries(index.samples.map((s) => [s.pageId, s.rows[0]?.id]));
    const url = workbench.url.replace(/\/$/, '/');
    const targets = benchTargets(samples);

    const firstRenders: BenchReport['firstRender'] = [];
    for (const target of targets) {
      await firstRender(browser, url, target.hash, target.key);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await firstRender(browser, url, target.hash, target.key));
      firstRenders.push({ page: target.page, route: target.hash, ms: stats(times) });
      log(`  ${target.page}: median ${stats(times).median} ms`);
    }

    let slideChange: BenchReport['slideChange'] = { notMeasured: SLIDE_CHANGE_NOT_MEASURED };
    if (SLIDE_CHANGE_SCENARIOS.length) {
      slideChange = [];
      for (const scenario of SLIDE_CHANGE_SCENARIOS) {
        const times: number[] = [];
        const hash = scenario.route(samples);
        for (let i = 0; i < runs; i++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          const page = await context.newPage();
          await page.goto(url + hash);
          await page.waitForFunction(`document.documentElement.dataset.wbRendered !== undefined`);
          for (let c = 0; c < (scenario.changesPerRun ?? 5); c++)
            times.push(await scenario.changeSlide(page));
          await context.close();
        }
        slideChange.push({ scenario: scenario.name, ms: stats(times) });
      }
    }
    return {
      date: new Date().toISOString(),
      chromium: browser.version(),
      bundle: 'production',
      runsPerPage: runs,
      firstRender: firstRenders,
      slideChange
    };
  } finally {
    await browser.close();
    await workbench.close();
  }
}

export function parseRuns(argv: string[]): number {
  const at = argv.findIndex((a) => a === '--runs' || a.startsWith('--runs='));
  if (at < 0) return 10;
  const raw = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number of at least 1.');
  return runs;
}

if (require.main === module) {
  (async () => {
    const runs = parseRuns(process.argv.slice(2));
    if (process.argv.includes('--compute-only')) {
      console.log(formatCompute(runComputeBench(runs), runs));
      return;
    }
    console.log(`Benchmarking the workbench (${runs} runs per page) ...`);
    const report = await runBench(runs);
    report.compute = runComputeBench(runs);
    fs.mkdirSync(artifactsDir, { recursive: true });
    const file = path.join(artifactsDir, 'bench.json');
    fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    console.log('\n' + formatTable(report) + `\n\nWritten to ${path.relative(process.cwd(), file)}.`);
  })().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
