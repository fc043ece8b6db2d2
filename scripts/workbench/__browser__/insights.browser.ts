/**
 * Insights in Chromium over the sample data: the Insights page finds the planted patterns (the drop-off at slide 7
 * of Analytics Deep Dive, the IT Admin × Security affinity, the engagement–revenue lift with its interval, the
 * surging AI topic) and shows them as cards with evidence; its charts switch to data tables; the journey view on
 * the Course record's Journeys tab shows the same friction point. No console errors, no serious axe violations; screenshots are saved
 * to artifacts/screenshots/insights-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { loadDataset } from '../dataset';
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
const pages: Page[] = [];
const dataset = loadDataset().dataset;
const course = (name: string) => {
  const found = dataset.courses.find((c) => c.Name === name);
  if (!found) throw new Error(`The sample data has no course "${name}".`);
  return found;
};

const squash = (value: string | null): string => (value ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  await resetWorkbench();
  browser = await launchBrowser();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

afterAll(async () => {
  await browser?.close();
});

async function open(hash: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openWorkbench(browser, hash, { viewport: { width: 1440, height: 900 } });
  pages.push(opened.page);
  return opened;
}

describe('Insights page', () => {
  it('finds the planted patterns and shows them with their evidence', async () => {
    const { page, problems } = await open('#/insights');
    const insights = page.locator('[data-region="insights"] c-insights-page');
    await insights.locator('[data-id="cards"]').waitFor();

    const card = (kind: string) => insights.locator(`article[data-kind="${kind}"]`);
    const dropOff = squash(await card('drop-off-hotspot').first().textContent());
    expect(dropOff).toContain('Viewers leave Analytics Deep Dive at slide 7');
    expect(dropOff).toMatch(/95 % CI .*n = \d+/);
    expect(squash(await card('role-topic-affinity').first().textContent())).toContain(
      'IT Admin contacts engage Security'
    );
    expect(squash(await card('topic-surge').first().textContent())).toContain('AI is surging');
    // Nine cards first; the rest on request.
    expect(await insights.locator('[data-id="cards"] article').count()).toBe(9);
    await insights.locator('[data-id="show-all-cards"] button').click();
    await card('revenue-lift').waitFor();
    expect(squash(await card('revenue-lift').textContent())).toMatch(/95 % CI/);

    // Journeys open on the course with the friction point; its journey view names slide 7.
    const analytics = course('Analytics Deep Dive');
    expect(await insights.locator('select[data-id="course-picker"]').inputValue()).toBe(analytics.Id);
    const journey = insights.locator('c-course-journey');
    await journey.locator('[data-id="hotspots"] li').first().waitFor();
    expect(squash(await journey.locator('[data-id="hotspots"] li').first().textContent())).toMatch(
      /^7\. Reports: the complete field reference: \d+ % of views end the visit here/
    );

    // Segment × topic: IT admins' Security cell is the strongest of the Security column.
    const heat = insights.locator('c-heat-map[data-id="heat-map"]');
    const cellValue = async (role: string, topic: string): Promise<number> =>
      Number(await heat.locator(`g[data-key="${role}|${topic}"] text`).textContent());
    const itSecurity = await cellValue('IT Admin', 'Security');
    for (const role of ['Developer', 'End User', 'Executive', 'Finance', 'Manager']) {
      expect(itSecurity).toBeGreaterThan(2 * (await cellValue(role, 'Security')));
    }

    // Revenue: association wording, and a lift above 1× with an interval.
    expect(squash(await insights.locator('[data-id="statement"]').textContent())).toMatch(
      /^Association, not causation/
    );
    const overall = insights.locator('c-bar-chart[data-id="lift"] g[data-key="overall"]');
    expect(Number.parseFloat((await overall.locator('text.value').textContent()) ?? '')).toBeGreaterThan(1.3);
    expect(await overall.locator('line.whisker').count()).toBe(3);

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'insights-page');
    expect(problems).toEqual([]);
  });

  it('shows every chart as a data table on request, and back', async () => {
    const { page, problems } = await open('#/insights');
    const lift = page.locator('c-insights-page c-bar-chart[data-id="lift"]');
    await lift.locator('svg').waitFor();
    const toggle = lift.locator('button[data-id="toggle"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    const table = lift.locator('table');
    await table.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await lift.locator('svg').count()).toBe(0);
    const firstRow = (await table.locator('tbody tr').first().locator('th, td').allTextContents()).map(
      squash
    );
    expect(firstRow[0]).toBe('Any engagement');
    expect(firstRow[2]).toMatch(/^\d+\.\d{2}× – \d+\.\d{2}×$/);

    const heat = page.locator('c-insights-page c-heat-map');
    await heat.locator('button[data-id="toggle"]').click();
    const heatRows = heat.locator('tbody tr');
    await heatRows.first().waitFor();
    expect(await heatRows.count()).toBeGreaterThan(30);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'insights-tables');

    await toggle.click();
    await lift.locator('svg').waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the journeys of another course when one is chosen', async () => {
    const { page, problems } = await open('#/insights');
    const insights = page.locator('c-insights-page');
    await insights.locator('select[data-id="course-picker"]').waitFor();
    const security = course('Security Fundamentals');
    await insights.locator('select[data-id="course-picker"]').selectOption(security.Id);
    const journey = insights.locator('c-course-journey');
    const rows = journey.locator('[data-id="next-steps"] tbody tr');
    await eventually(
      () => rows.count(),
      (count) => count === security.Slide_Count__c
    );
    expect(squash(await journey.locator('[data-key="visits"]').textContent())).toMatch(/^Visits\s*\d+/);
    expect(problems).toEqual([]);
  });
});

describe('Course record journey view', () => {
  it("shows where viewers go next, the chance of reaching the end and the course's friction point", async () => {
    const analytics = course('Analytics Deep Dive');
    const { page, problems } = await open(`#/course/${analytics.Id}/journeys`);
    const journey = page.locator('[data-region="course-journey"] c-course-journey');
    await journey.locator('[data-id="summary"]').waitFor();
    await journey.scrollIntoViewIfNeeded();

    expect(squash(await journey.locator('[data-id="hotspots"] li').first().textContent())).toContain(
      '7. Reports: the complete field reference'
    );
    const rows = journey.locator('[data-id="next-steps"] tbody tr');
    expect(await rows.count()).toBe(analytics.Slide_Count__c);
    expect(squash(await rows.nth(6).textContent())).toMatch(/Leaves: \d+ %/);
    const reach = journey.locator('c-bar-chart').first();
    expect(squash(await reach.locator('h3').textContent())).toBe(
      'Chance of reaching the last slide, from each slide'
    );
    expect(await reach.locator('rect.bar_highlight').count()).toBe(1);
    const last = await reach.locator('g text.value').last().textContent();
    expect(squash(last)).toBe('100 %');

    expect(await axeViolations(page)).toEqual([]);
    await journey.screenshot({ path: await screenshot(page, 'insights-course-journey') });
    expect(problems).toEqual([]);
  });
});
