/**
 * The Customer Health Monitor (page `health`) and the rule console (page `rules`) in Chromium, on the sample data.
 *
 * Monitor: the planted moment-of-truth accounts (quiet, long-tenure accounts with a case spike — see
 * scripts/sample-data/README.md) are Red and listed among the accounts needing attention first, before any Yellow
 * or Green account; filtering by band; opening an account's breakdown (per-rule rows with value, thresholds, band,
 * share of the score and a sentence); acknowledging and snoozing alerts with toasts. Console: every rule with its
 * validation status (the workbench admin's draft rule is Invalid and says why); a dry run lists the accounts the
 * case rule would flag (3+ cases in 30 days), the planted ones with 3+ cases among them;
 * `?deny=Entatio_Manage_Health_Rules` shows the no-permission state. axe finds no serious or critical violation; screenshots go to artifacts/screenshots/health-*.png.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { loadDataset } from '../dataset';
import type { QuietAccountsPattern } from '../../sample-data/types';
import {
  axeViolations,
  eventually,
  launchBrowser,
  openWorkbench,
  resetWorkbench,
  screenshot
} from './harness';

jest.setTimeout(120_000);

let browser: Browser;
/** The moment-of-truth accounts, and the band the case rule (red at 3 cases in 30 days) gives each. */
let planted: { ids: string[]; names: string[]; caseBand: string[] };
const pages: Page[] = [];

beforeAll(async () => {
  await resetWorkbench();
  browser = await launchBrowser();
  const { dataset } = loadDataset();
  const quiet = (dataset.plantedPatterns.find((p) => p.id === 'quiet-accounts') as QuietAccountsPattern)
    .parameters;
  const ids = quiet.momentOfTruthAccountIds;
  const since = Date.parse(dataset.generatedAt) - 30 * 24 * 60 * 60 * 1000;
  const recentCases = (id: string) =>
    dataset.cases.filter((c) => c.AccountId === id && Date.parse(c.CreatedDate) >= since).length;
  planted = {
    ids,
    names: ids.map((id) => dataset.accounts.find((a) => a.Id === id)!.Name),
    caseBand: ids.map((id) => (recentCases(id) >= 3 ? 'Red' : 'Yellow'))
  };
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

afterAll(async () => {
  await resetWorkbench();
  await browser?.close();
});

async function open(hash: string, query?: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openWorkbench(browser, hash, { viewport: { width: 1440, height: 900 }, query });
  pages.push(opened.page);
  return opened;
}

const monitor = '[data-region="health-monitor"] c-health-monitor';
const accountRows = `${monitor} tr[data-account-row]`;

/**
 * Text or an attribute of every element a locator matches, one by one: allTextContents/evaluateAll hand the
 * elements to the page's world, where synthetic shadow hides the component's elements from them.
 */
async function each(locator: Locator, read: (item: Locator) => Promise<string | null>): Promise<string[]> {
  const values: string[] = [];
  const count = await locator.count();
  for (let i = 0; i < count; i++) values.push(((await read(locator.nth(i))) ?? '').trim());
  return values;
}

async function bandsOfRows(page: Page): Promise<string[]> {
  return each(page.locator(`${accountRows} [data-id="band"]`), (item) => item.textContent());
}

describe('Customer Health Monitor', () => {
  it('lists the planted at-risk accounts among the Red accounts needing attention first', async () => {
    const { page, problems } = await open('#/health');
    await page.locator(accountRows).first().waitFor();
    const bands = (await bandsOfRows(page)).map((b) => b.trim());
    // Needing attention first: every Red row before any other band.
    const lastRed = bands.lastIndexOf('Red');
    expect(bands.slice(0, lastRed + 1).every((b) => b === 'Red')).toBe(true);
    expect(bands[0]).toBe('Red');
    // Counts per band, and the new alerts beside the list.
    expect(await page.locator(`${monitor} [data-id="band-counts"] button`).count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(`${monitor} [data-id="alerts"] li[data-alert-id]`).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'health-monitor');

    // Filter by band Red (the count button): only Red rows, the planted accounts among them (after Show more).
    await page.locator(`${monitor} [data-id="band-counts"] button[data-band="Red"]`).click();
    await eventually(
      () => bandsOfRows(page),
      (list) => list.length > 0 && list.every((b) => b.trim() === 'Red')
    );
    expect(await page.getAttribute(`${monitor} button[data-band="Red"]`, 'aria-pressed')).toBe('true');
    while (await page.locator(`${monitor} [data-id="show-more"]`).count()) {
      const before = await page.locator(accountRows).count();
      await page.locator(`${monitor} [data-id="show-more"] button`).click();
      await eventually(
        () => page.locator(accountRows).count(),
        (n) => n > before
      );
    }
    const shown = await each(page.locator(accountRows), (row) => row.getAttribute('data-account-row'));
    for (const id of planted.ids) expect(shown).toContain(id);
    expect((await bandsOfRows(page)).every((b) => b.trim() === 'Red')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('filters by band with the combobox and explains an account rule by rule', async () => {
    const { page, problems } = await open('#/health');
    await page.locator(accountRows).first().waitFor();
    // The Band combobox: Yellow.
    await page.locator(`${monitor} lightning-combobox[data-filter="band"] button`).click();
    await page
      .locator(`${monitor} lightning-combobox[data-filter="band"] [role="option"][data-value="Yellow"]`)
      .click();
    await eventually(
      () => bandsOfRows(page),
      (list) => list.length > 0 && list.every((b) => b.trim() === 'Yellow')
    );
    await page.locator(`${monitor} button:has-text("Clear filters")`).first().click();
    await eventually(
      () => bandsOfRows(page),
      (list) => list[0]?.trim() === 'Red'
    );

    // Search a planted account and open its breakdown.
    const name = planted.names[0]!;
    const search = page.locator(`${monitor} lightning-input.entatio-health__search input`);
    await search.fill(name);
    await search.press('Enter');
    await eventually(
      () => page.locator(accountRows).count(),
      (n) => n === 1
    );
    await page.locator(`${monitor} button[data-account-id="${planted.ids[0]}"]`).first().click();
    const breakdown = page.locator(`${monitor} [data-id="breakdown"]`);
    await breakdown.locator('table[data-id="rules"] tbody tr').first().waitFor();
    expect(await breakdown.locator('h2').textContent()).toContain(`Why ${name} scores`);
    // The first planted account opened 2 cases (Yellow: 3 is red) and went quiet (Red): together, Red.
    const caseRow = breakdown.locator('tr[data-rule="Cases_After_Onboarding"]');
    expect(await caseRow.locator('.slds-badge').textContent()).toBe(planted.caseBand[0]);
    expect(await caseRow.textContent()).toContain('Red ≥ 3 · Yellow ≥ 2');
    const quietRow = breakdown.locator('tr[data-rule="No_Recent_Engagement"]');
    expect(await quietRow.locator('.slds-badge').textContent()).toBe('Red');
    expect(await quietRow.textContent()).toMatch(/went quiet: nobody has engaged with a course for \d+ days/);
    expect(await breakdown.locator('[data-id="breakdown-summary"]').textContent()).toMatch(/^Red/);
    // Focus moved to the breakdown; its alerts are listed beside it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBeTruthy();
    expect(
      await page.locator(`${monitor} #alerts-heading, ${monitor} [data-id="alerts"] h2`).first().textContent()
    ).toContain(`Alerts for ${name}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'health-breakdown');
    // Escape closes it.
    await breakdown.press('Escape');
    await breakdown.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('acknowledges and snoozes new alerts, with toasts', async () => {
    const { page, problems } = await open('#/health');
    const alerts = page.locator(`${monitor} [data-id="alerts"] li[data-alert-id]`);
    await alerts.first().waitFor();
    const heading = page.locator(`${monitor} [data-id="alerts"] h2`);
    const countOf = async (): Promise<number> =>
      Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
    const before = await countOf();

    const first = await alerts.first().getAttribute('data-alert-id');
    await alerts.first().locator('lightning-button[data-action="acknowledge"] button').click();
    await page.locator('.slds-notify_toast:has-text("Alert acknowledged")').waitFor();
    await eventually(countOf, (n) => n === before - 1);
    expect(await page.locator(`${monitor} li[data-alert-id="${first}"]`).count()).toBe(0);

    const second = alerts.first();
    await second.locator('lightning-button-menu[data-action="snooze"] button').first().click();
    await second
      .locator('lightning-menu-item[data-value="7"], lightning-menu-item >> text=Snooze 1 week')
      .first()
      .click();
    await page.locator('.slds-notify_toast:has-text("Alert snoozed for 1 week")').waitFor();
    await eventually(countOf, (n) => n === before - 2);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'health-alert-actions');
    expect(problems).toEqual([]);
  });
});

describe('Rule console', () => {
  const ruleConsole = '[data-region="rule-console"] c-health-rule-console';

  it('lists every rule with its validation status and dry-runs the case rule', async () => {
    const { page, problems } = await open('#/rules');
    const rows = page.locator(`${ruleConsole} tr[data-rule-row]`);
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(7);
    const invalid = page.locator(`${ruleConsole} tr[data-rule-row="Enterprise_Case_Spike"]`);
    expect(await invalid.locator('[data-id="status"]').textContent()).toBe('Invalid');
    expect(await invalid.locator('[data-id="errors"]').textContent()).toMatch(/Window \(Days\)/);
    expect(
      await page
        .locator(`${ruleConsole} tr[data-rule-row="Cases_After_Onboarding"] [data-id="status"]`)
        .textContent()
    ).toBe('Valid');
    expect(await page.locator(`${ruleConsole} [data-id="invalid-note"]`).textContent()).toMatch(/skipped/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'health-rules');

    await page.locator(`${ruleConsole} lightning-button[data-rule="Cases_After_Onboarding"] button`).click();
    const result = page.locator(`${ruleConsole} [data-id="dry-run"]`);
    await result.locator('table[data-id="flagged"] tbody tr').first().waitFor();
    const flagged = await each(result.locator('table[data-id="flagged"] tbody tr'), (tr) =>
      tr.getAttribute('data-account-id')
    );
    // The planted accounts with 3+ cases are flagged; those with 2 are Yellow on this rule (Red through going quiet).
    const spiked = planted.ids.filter((_, i) => planted.caseBand[i] === 'Red');
    expect(planted.ids.filter((id) => flagged.includes(id))).toEqual(spiked);
    expect(planted.caseBand.filter((band) => band === 'Red').length).toBeGreaterThan(0);
    expect(await result.locator('h2').textContent()).toContain('Dry run: Support cases after onboarding');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'health-dry-run');
    expect(problems).toEqual([]);
  });

  it('shows the no-permission state without the Manage Health Rules permission', async () => {
    const { page, problems } = await open('#/rules', '?deny=Entatio_Manage_Health_Rules');
    const panel = page.locator(`${ruleConsole} c-state-panel`);
    await panel.waitFor();
    expect(await panel.textContent()).toContain('You need the Manage Health Rules permission');
    expect(await page.locator(`${ruleConsole} table`).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'health-rules-no-permission');
    expect(problems).toEqual([]);
  });
});
