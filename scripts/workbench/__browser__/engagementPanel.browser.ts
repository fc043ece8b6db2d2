/**
 * The engagement panel on the Account and Contact record pages, in Chromium, over the sample data: an engaged
 * account shows its summary, engaged contacts, the contacts x courses heat map (and its table), the over-time chart
 * against closed-won amounts, and the awaiting-return and not-viewed lists; "Present" navigates to the course's
 * record page; a contact page shows the contact's own engagement; an account without engagement shows the empty
 * state; the panel fits a phone's viewport. axe finds no violations; screenshots are saved to
 * artifacts/screenshots/engagement-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { loadDataset } from '../dataset';
import { axeViolations, launchBrowser, openWorkbench, resetWorkbench, screenshot } from './harness';
import type { Dataset } from '../../sample-data/types';

jest.setTimeout(120_000);

let browser: Browser;
let dataset: Dataset;
const pages: Page[] = [];

beforeAll(async () => {
  await resetWorkbench();
  browser = await launchBrowser();
  dataset = loadDataset().dataset;
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

afterAll(async () => {
  await browser?.close();
});

async function open(hash: string, viewport?: { width: number; height: number }) {
  const opened = await openWorkbench(browser, hash, viewport ? { viewport } : {});
  pages.push(opened.page);
  await opened.page.waitForSelector('c-engagement-panel article', { state: 'visible' });
  return opened;
}

const views = new Set(['View', 'Present', 'Return']);

/** The account with the most views, and its most engaged contact. */
function engagedAccount(): { accountId: string; contactId: string; views: number } {
  const byAccount = new Map<string, number>();
  const byContact = new Map<string, number>();
  for (const e of dataset.events) {
    if (!views.has(e.Type__c) || !e.Account__c || !e.Contact__c) continue;
    byAccount.set(e.Account__c, (byAccount.get(e.Account__c) ?? 0) + 1);
    byContact.set(e.Contact__c, (byContact.get(e.Contact__c) ?? 0) + 1);
  }
  const [accountId, count] = [...byAccount.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const contactId = dataset.contacts
    .filter((c) => c.AccountId === accountId)
    .sort((a, b) => (byContact.get(b.Id) ?? 0) - (byContact.get(a.Id) ?? 0))[0]!.Id;
  return { accountId, contactId, views: count };
}

function quietAccount(): string {
  const engaged = new Set(dataset.events.map((e) => e.Account__c));
  const account = dataset.accounts.find((a) => !engaged.has(a.Id));
  if (!account) throw new Error('Every sample account has engagement; the empty state needs one without.');
  return account.Id;
}

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('engagement panel', () => {
  it('shows an engaged account: summary, contacts, heat map, chart and lists', async () => {
    const { accountId, views: viewCount } = engagedAccount();
    const { page, problems } = await open(`#/account/${accountId}/engagement`);
    const panel = page.locator('c-engagement-panel');
    await panel.locator('[data-id="summary"]').waitFor();
    expect(squash(await panel.locator('[data-id="summary"]').textContent())).toContain(
      `Views${viewCount.toLocaleString('en-US')}`
    );
    expect(await panel.locator('[data-id="contacts"] li').count()).toBeGreaterThan(0);
    // Heat map: one row per listed contact, one cell per contact x course.
    const contacts = await panel.locator('[data-id="contacts"] li').count();
    const courses = await panel.locator('[data-id="courses"] li').count();
    expect(await panel.locator('c-engagement-heat-map svg rect.cell').count()).toBe(contacts * courses);
    expect(await panel.locator('c-engagement-heat-map svg').getAttribute('aria-label')).toMatch(
      /^Heat map of views/
    );
    // Chart: 12 months of views, bars for closed-won months.
    expect(await panel.locator('c-engagement-trend-chart svg circle.point').count()).toBe(12);
    expect(await panel.locator('c-engagement-trend-chart svg').getAttribute('aria-label')).toMatch(
      /^Engagement over 12 months/
    );
    expect(await panel.locator('[data-id="awaiting-return"] li').count()).toBeGreaterThan(0);
    expect(await panel.locator('#not-viewed-heading, [id^="not-viewed-heading"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'engagement-account');

    // The heat map's data as a table.
    await panel.locator('c-engagement-heat-map button.table-toggle').click();
    expect(await panel.locator('c-engagement-heat-map table tbody tr').count()).toBe(contacts);
    expect(
      await panel.locator('c-engagement-heat-map button.table-toggle').getAttribute('aria-expanded')
    ).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Present: navigates to the course's record page.
    const firstCourse = squash(
      await panel.locator('[data-id="courses"] li .slds-text-title_bold').first().textContent()
    );
    await panel.locator('[data-id="courses"] li lightning-button button').first().click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/course/'));
    await page.waitForSelector('main[data-page="course"]');
    const course = dataset.courses.find((c) => c.Name === firstCourse);
    expect(page.url()).toContain(`#/course/${course?.Id}`);
    expect(problems).toEqual([]);
  });

  it('shows a contact’s own engagement', async () => {
    const { contactId } = engagedAccount();
    const { page, problems } = await open(`#/contact/${contactId}/engagement`);
    const panel = page.locator('c-engagement-panel');
    await panel.locator('[data-id="summary"]').waitFor();
    expect(squash(await panel.locator('h2').textContent())).toBe('Engagement of this contact');
    expect(await panel.locator('[data-id="contacts"] li').count()).toBe(1);
    expect(squash(await panel.locator('[data-id="summary"]').textContent())).not.toContain(
      'Engaged contacts'
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'engagement-contact');
    expect(problems).toEqual([]);
  });

  it('shows the empty state for an account without engagement', async () => {
    const { page, problems } = await open(`#/account/${quietAccount()}/engagement`);
    const panel = page.locator('c-engagement-panel');
    await panel.getByText('No engagement yet').waitFor();
    expect(await panel.locator('[data-id="summary"]').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Share a course' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'engagement-empty');
    expect(problems).toEqual([]);
  });

  it('fits a phone', async () => {
    const { accountId } = engagedAccount();
    const { page, problems } = await open(`#/account/${accountId}/engagement`, { width: 390, height: 844 });
    await page.locator('c-engagement-panel [data-id="summary"]').waitFor();
    await screenshot(page, 'engagement-mobile');
    // The panel fits the phone's width (the heat map scrolls sideways inside its own region).
    // (The workbench shell's own navigation is wider than a phone; Lightning's mobile app has none.)
    const article = page.locator('c-engagement-panel article');
    expect(await article.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
