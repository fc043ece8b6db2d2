/**
 * Presenting live, in Chromium: on an Account page's Present tab the presenter picks a course and an audience
 * (two of the account's contacts, a person typed in whose email matches an existing contact, and a new person),
 * starts the session, advances with the keyboard and a clicker's keys (→, PageDown, Space), skips a slide with "Go
 * to slide", blanks the screen with B, and ends the session. A follower on a course page's Present tab joins with
 * the join code and their viewer follows the presenter's slides (Presentation__e through the workbench's
 * lightning/empApi) until the session ends. The summary lists the slides shown and the one skipped, the time per
 * slide, the attendees (nobody twice) and who followed along. axe finds no serious or critical violation;
 * screenshots go to artifacts/screenshots/presenting-*.png.
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

jest.setTimeout(180_000);

let browser: Browser;
const pages: Page[] = [];

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

function fixture() {
  const { dataset } = loadDataset();
  const sectionCount = (courseId: string) => dataset.sections.filter((s) => s.Course__c === courseId).length;
  const course = dataset.courses.find((c) => c.Status__c === 'Published' && sectionCount(c.Id) >= 8)!;
  const sections = dataset.sections
    .filter((s) => s.Course__c === course.Id)
    .sort((a, b) => a.Order__c - b.Order__c);
  const account = dataset.accounts.find(
    (a) => dataset.contacts.filter((c) => c.AccountId === a.Id).length >= 3
  )!;
  const contacts = dataset.contacts
    .filter((c) => c.AccountId === account.Id)
    .sort((a, b) => a.Name.localeCompare(b.Name));
  const elsewhere = dataset.contacts.find((c) => c.AccountId !== account.Id)!;
  return { course, sections, account, contacts, elsewhere };
}

beforeAll(async () => {
  browser = await launchBrowser();
});

beforeEach(async () => {
  await resetWorkbench();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

afterAll(async () => {
  await resetWorkbench();
  await browser?.close();
});

describe('presenting live', () => {
  it('presents to an audience with a follower, records shown slides only, and summarises', async () => {
    const { course, sections, account, contacts, elsewhere } = fixture();
    const { page, problems } = await openWorkbench(browser, `#/account/${account.Id}/present`, {
      viewport: { width: 1400, height: 1000 }
    });
    pages.push(page);
    const presenter = page.locator('[data-region="account-presenter"] c-presenter');

    // Setup: the course, two of the account's contacts, a person matching an existing contact, a new person.
    await presenter.getByLabel('Course to present').selectOption(course.Id);
    await presenter.getByText(`Present ${course.Name}`).waitFor();
    for (const contact of contacts.slice(0, 2)) {
      await presenter.locator('.entatio-presenter__contacts label').filter({ hasText: contact.Name }).click();
    }
    const adHoc = presenter.locator('.entatio-presenter__adhoc');
    await adHoc.getByLabel('Last name').fill('Matched');
    await adHoc.getByLabel('Email').fill(elsewhere.Email.toUpperCase());
    await adHoc.getByRole('button', { name: 'Add person' }).click();
    await adHoc.getByLabel('First name').fill('Nia');
    await adHoc.getByLabel('Last name').fill('Newcomer');
    await adHoc.getByLabel('Email').fill('nia.newcomer@example.org');
    await adHoc.getByRole('button', { name: 'Add person' }).click();
    // The same email again is refused in the browser (and would be matched, not duplicated, on the server).
    await adHoc.getByLabel('Last name').fill('Twice');
    await adHoc.getByLabel('Email').fill('NIA.newcomer@example.org');
    await adHoc.getByRole('button', { name: 'Add person' }).click();
    await adHoc.getByText('is already in the audience').waitFor();
    expect(squash(await presenter.locator('.entatio-presenter__audience h3').textContent())).toBe(
      'Audience: 4 attendees'
    );
    expect(await presenter.locator('.entatio-presenter__no-groups').textContent()).toContain(
      'No active campaigns or sharing groups'
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'presenting-setup');

    await presenter.getByRole('button', { name: 'Start presenting' }).click();
    const live = presenter.locator('section.entatio-presenter__live');
    await live.waitFor();
    const code = squash(await live.locator('.entatio-presenter__code').textContent());
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    const shown = () => live.locator('c-course-media-preview').textContent().then(squash);
    const position = () => live.locator('.entatio-presenter__position').textContent().then(squash);
    expect(await shown()).toContain(sections[0]!.Title__c);
    expect(await live.locator('.entatio-presenter__next-title').textContent()).toContain(
      sections[1]!.Title__c
    );

    // A follower joins from the course page's Present tab with the code.
    const follower = await openWorkbench(browser, `#/course/${course.Id}/present`);
    pages.push(follower.page);
    const follow = follower.page.locator('[data-region="course-follow-along"] c-follow-along');
    await follow.getByLabel('Join code').fill(code.toLowerCase());
    await follow.getByRole('button', { name: 'Follow the presenter' }).click();
    await follow.locator('.entatio-follow__status').waitFor();
    const followed = () => follow.locator('c-slide-viewer c-course-media-preview').textContent().then(squash);
    await eventually(followed, (text) => text.includes(sections[0]!.Title__c));

    // Keys: → and PageDown advance; the follower follows.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    expect(await shown()).toContain(sections[1]!.Title__c);
    await page.waitForTimeout(1100); // a second on slide 2
    await page.keyboard.press('PageDown');
    expect(await position()).toBe(`Slide 3 of ${sections.length}`);
    await eventually(followed, (text) => text.includes(sections[2]!.Title__c), 10_000);

    // Skip slide 4: "Go to slide" 5, then Space to 6.
    await live.getByLabel('Go to slide').selectOption('4');
    expect(await shown()).toContain(sections[4]!.Title__c);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(' ');
    expect(await position()).toBe(`Slide 6 of ${sections.length}`);
    await eventually(followed, (text) => text.includes(sections[5]!.Title__c), 10_000);
    await screenshot(follower.page, 'presenting-follower');

    // B blanks the screen, B again brings the slide back.
    await page.keyboard.press('b');
    await live.locator('.entatio-presenter__blank_black').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'presenting-blank');
    await page.keyboard.press('B');
    expect(await shown()).toContain(sections[5]!.Title__c);
    await screenshot(page, 'presenting-live');

    // End: the summary.
    await live.getByRole('button', { name: 'End session' }).click();
    const summary = presenter.locator('section.entatio-presenter__summary');
    await summary.waitFor();
    const stat = (label: string) =>
      summary
        .locator('.entatio-presenter__stat')
        .filter({ hasText: label })
        .locator('dd')
        .textContent()
        .then(squash);
    expect(await stat('Slides shown')).toBe(`5 of ${sections.length}`);
    expect(await stat('Skipped')).toBe(String(sections.length - 5));
    expect(await stat('Attendees')).toBe('5'); // 2 contacts + matched + new + the follower
    expect(await stat('Followed along')).toBe('1');
    const rows = summary.locator('table.entatio-presenter__slides tbody tr');
    expect(await rows.nth(3).getAttribute('data-status')).toBe('Skipped');
    expect(await rows.nth(1).getAttribute('data-status')).toBe('Shown');
    expect(squash(await rows.nth(1).locator('td').nth(2).textContent())).toMatch(/^0:0[1-9]$/);
    expect(await summary.locator('.entatio-presenter__attendees').textContent()).toContain(elsewhere.Name);
    expect(await summary.locator('.entatio-presenter__attendees').textContent()).toContain('Nia Newcomer');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'presenting-summary');

    // The follower is back to on-demand viewing.
    await follow.locator('.entatio-follow__ended').waitFor();
    expect(await follow.locator('.entatio-follow__status').count()).toBe(0);

    expect(problems).toEqual([]);
    expect(follower.problems).toEqual([]);
  });

  it('refuses an unknown join code with a clear message', async () => {
    const { course } = fixture();
    const { page, problems } = await openWorkbench(browser, `#/course/${course.Id}/present`);
    pages.push(page);
    const follow = page.locator('c-follow-along');
    await follow.getByLabel('Join code').fill('NOPE2345');
    await follow.getByRole('button', { name: 'Follow the presenter' }).click();
    await follow.getByText('No live session has this join code').waitFor();
    // The refusal is an Apex error (HTTP 500 with the message), nothing else.
    expect(problems.filter((p) => !p.includes('500'))).toEqual([]);
  });
});
