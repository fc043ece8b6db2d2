/**
 * What every browser test uses: Chromium with the project's flags, a page of the workbench opened at a route
 * with its console and network problems collected, the "page rendered" wait, axe in the page, and
 * screenshots saved under artifacts/screenshots/.
 *
 *   const browser = await launchBrowser();
 *   const { page, problems } = await openWorkbench(browser, '#/account/001...');
 *   ...flows...
 *   expect(await axeViolations(page)).toEqual([]);
 *   await screenshot(page, 'account');
 *   expect(problems).toEqual([]);
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RecordView } from '../api-types';
import { CHROMIUM_ARGS, ensureChromium } from '../ensure-chromium';
import { parseRoute } from '../pages';
import { artifactsDir } from '../paths';

export const screenshotDir = path.join(artifactsDir, 'screenshots');

export function workbenchUrl(): string {
  const url = process.env.WORKBENCH_URL;
  if (!url)
    throw new Error(
      'WORKBENCH_URL is not set: run the browser tests through Jest (its global setup starts the workbench).'
    );
  return url;
}

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_EXECUTABLE ?? ensureChromium();
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/** The key the shell marks a rendered route with (see wb/app): page and record, without the tab. */
export function renderedKey(hash: string): string {
  const route = parseRoute(hash);
  if (!route) return 'not-found';
  return route.recordId ? `${route.page}:${route.recordId}` : route.page;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far (a test expects none). */
  problems: string[];
}

export async function openWorkbench(
  browser: Browser,
  hash = '#/',
  options: { viewport?: { width: number; height: number }; query?: string } = {}
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`)
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${workbenchUrl().replace(/\/$/, '')}/${options.query ?? ''}${hash}`);
  await waitForRendered(page, hash);
  return { page, problems };
}

/** Waits until the shell marks the route's page rendered (its data loaded, nothing pending). */
export async function waitForRendered(page: Page, hash: string): Promise<void> {
  const key = renderedKey(hash);
  await page.waitForFunction((expected) => document.documentElement.dataset.wbRendered === expected, key, {
    timeout: 15_000
  });
}

/** Navigates inside the page by clicking a link, then waits for the target page. */
export async function clickAndWait(page: Page, selector: string, expectedHash: string): Promise<void> {
  await page.click(selector);
  await waitForRendered(page, expectedHash);
}

/**
 * Violations that are not ours, excluded narrowly with the reason. Each entry names the axe rule and a CSS
 * selector of the element it may flag.
 */
export const KNOWN_VIOLATIONS: { rule: string; selector: string; reason: string }[] = [];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the page (WCAG 2.x A/AA and best practices); violations of serious or critical impact. */
export async function axeViolations(page: Page, scope = 'body'): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (context) => {
    const axe = (
      window as unknown as { axe: { run(ctx: string, opts: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[]; impact: string | null }[];
    }[];
  }, scope);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes
        .map((n) => n.target.join(' '))
        .filter((target) => !KNOWN_VIOLATIONS.some((k) => k.rule === v.id && target.includes(k.selector)))
    }))
    .filter((v) => v.targets.length > 0);
}

/** Saves a full-page screenshot as artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Restores the server's dataset to its pristine copy (for tests whose flows write through Apex or the UI API). */
export async function resetWorkbench(): Promise<void> {
  const response = await fetch(new URL('/__workbench/reset', workbenchUrl()), { method: 'POST' });
  if (!response.ok) throw new Error(`Resetting the workbench failed: HTTP ${response.status}`);
}

/** The shell's view of a record (names, display values) straight from the server, for picking test data. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(new URL(url, workbenchUrl()));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export type { RecordView };

/** Polls `read` until `check` passes (Jest has no expect.poll; this is the small part of it the tests need). */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeout = 20_000
): Promise<T> {
  const started = Date.now();
  let value = await read();
  while (!check(value)) {
    if (Date.now() - started > timeout) throw new Error(`Timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
