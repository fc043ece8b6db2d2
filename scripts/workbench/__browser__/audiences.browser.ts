/**
 * Audiences in Chromium: the sharing groups page and its invite wizard, and the sign-up form as a site guest meets it.
 *
 * Flows: the wizard invites an account's contacts plus pasted addresses with a duplicate, an invalid address and an
 * unknown one — the preview shows a status and note per row, the summary counts what happened and the members table
 * grows; a course that became Internal after it was shared with a Customer group shows as not shared, with the
 * reason; the sign-up form refuses an address outside the group's domains and signs up one inside them. axe finds no
 * serious or critical violation; screenshots go to artifacts/screenshots/.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { loadDataset } from '../dataset';
import type { Dataset } from '../../sample-data/types';
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
let dataset: Dataset;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  dataset = loadDataset().dataset;
  await resetWorkbench();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

afterAll(async () => {
  await browser?.close();
  await resetWorkbench();
});

async function open(): Promise<{ page: Page; problems: string[] }> {
  const opened = await openWorkbench(browser, '#/audiences');
  pages.push(opened.page);
  return opened;
}

function manager(page: Page): Locator {
  return page.locator('[data-region="audience-manager"]');
}

async function selectGroup(page: Page, name: string): Promise<void> {
  await manager(page)
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await eventually(
    () => manager(page).locator('[data-id="group-name"]').textContent(),
    (text) => text?.trim() === name
  );
}

describe('audiences page', () => {
  it('shows the groups, their members and courses, and passes axe', async () => {
    const { page, problems } = await open();
    const region = manager(page);
    await expect(region.getByRole('button', { name: /^Customer Academy/ }).count()).resolves.toBe(1);
    await expect(region.getByRole('button', { name: /^Customer Success Team/ }).count()).resolves.toBe(1);
    await selectGroup(page, 'Partner Preview');
    expect(await region.locator('[data-id="members"] tbody tr').count()).toBe(2);
    expect(await region.locator('[data-id="members"]').textContent()).toContain('Pending approval');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'audiences');
    expect(problems).toEqual([]);
  });

  it('marks a course whose tier changed after it was shared as not shared, and passes axe', async () => {
    const { page, problems } = await open();
    const region = manager(page);
    await selectGroup(page, 'Partner Preview');
    const rows = region.locator('[data-id="courses"] li');
    expect(await rows.count()).toBe(2);
    const reclassified = rows.filter({ hasText: 'Pricing Roadmap 2027' });
    expect(await reclassified.locator('[data-id="not-shared-badge"]').textContent()).toBe('Not shared');
    expect(await reclassified.locator('[data-id="not-shared-reason"]').textContent()).toContain(
      'the course is Internal now, and a Customer group receives only Customer courses'
    );
    expect(
      await rows
        .filter({ hasNotText: 'Pricing Roadmap 2027' })
        .locator('[data-id="not-shared-badge"]')
        .count()
    ).toBe(0);
    expect(await region.locator('[data-id="not-shared-summary"]').textContent()).toContain(
      "1 course is no longer Customer and isn't shared with this group's members."
    );
    await selectGroup(page, 'Customer Academy');
    await expect(region.locator('[data-id="not-shared-summary"]').count()).resolves.toBe(0);
    await selectGroup(page, 'Partner Preview');
    await region.locator('[data-id="not-shared-summary"]').scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'audiences-not-shared-course');
    expect(problems).toEqual([]);
  });

  it('invites an account’s contacts and pasted addresses: preview with per-row errors, then a summary', async () => {
    const { page, problems } = await open();
    const region = manager(page);
    await selectGroup(page, 'Customer Academy');
    const membersBefore = await region.locator('[data-id="members"] tbody tr').count();

    const account = dataset.accounts[0]!;
    const accountContacts = dataset.contacts.filter((c) => c.AccountId === account.Id);
    const outsider = dataset.contacts.find((c) => c.AccountId === dataset.accounts[5]!.Id)!;
    await region.locator('[data-id="invite-button"]').click();
    const wizard = region.locator('c-audience-invite-wizard');
    await wizard.locator('[data-id="source-search"] input').fill(account.Name.slice(0, 8));
    await wizard.locator('[data-id="search"] button').click();
    await wizard.getByRole('button', { name: new RegExp(`^${account.Name}`) }).click();
    expect(await wizard.locator('[data-id="chosen-sources"]').textContent()).toContain(account.Name);

    const pasted = [
      accountContacts[0]!.Email,
      outsider.Email,
      'not-an-email',
      'nobody@nowhere.example.org'
    ].join('\n');
    await wizard.locator('[data-id="emails"] textarea').fill(pasted);
    await wizard.locator('[data-id="emails"] textarea').blur();
    await eventually(
      () => wizard.locator('[data-id="pasted-count"]').textContent(),
      (text) => text?.includes('4 addresses, 1 not valid') ?? false
    );
    await wizard.locator('[data-id="preview"] button').click();

    const table = wizard.locator('[data-id="preview-table"]');
    await table.waitFor();
    const statuses = await eventually(
      () =>
        table.evaluate((el) =>
          Array.from(el.querySelectorAll('[data-id="row-status"]')).map((s) => s.textContent ?? '')
        ),
      (texts) => texts.length > 0
    ).then((texts) => texts.map((t) => t.trim()));
    expect(statuses).toHaveLength(accountContacts.length + 4);
    expect(statuses.filter((s) => s === 'Ready')).toHaveLength(accountContacts.length + 1);
    expect(statuses).toContain('Duplicate');
    expect(statuses).toContain('Invalid email');
    expect(statuses).toContain('Not found');
    const rowTexts = await table.evaluate((el) =>
      Array.from(el.querySelectorAll('tbody tr')).map((row) => row.textContent ?? '')
    );
    expect(rowTexts.find((text) => text.includes('not-an-email'))).toContain('Not a valid email address.');
    expect(rowTexts.find((text) => text.includes('Duplicate'))).toMatch(/Also in row \d+\./);
    expect(rowTexts.find((text) => text.includes('nobody@'))).toContain('No contact has this email address.');
    expect(await wizard.locator('[data-id="logins-help"]').textContent()).toContain('Experience Cloud site');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'audiences-invite-preview');

    const ready = accountContacts.length + 1;
    await wizard.getByRole('button', { name: `Invite ${ready} people` }).click();
    const summary = wizard.locator('[data-id="summary-text"]');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(`Added ${ready} people, ${ready} invitation emails sent.`);
    await eventually(
      () => region.locator('[data-id="members"] tbody tr').count(),
      (count) => count === membersBefore + ready
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'audiences-invite-summary');
    await wizard.locator('[data-id="done"] button').click();
    await expect(region.locator('c-audience-invite-wizard').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('the sign-up form refuses another domain and signs up an allowed one', async () => {
    const { page, problems } = await open();
    const form = page.locator('[data-region="audience-sign-up"] c-audience-sign-up');
    await form.locator('[data-id="name"] input').fill('Eve Outsider');
    await form.locator('[data-id="email"] input').fill('eve@elsewhere.example.net');
    await form.locator('[data-id="submit"] button').click();
    await eventually(
      () =>
        form
          .locator('[data-id="result"]')
          .textContent()
          .catch(() => ''),
      (text) => text?.includes('Sign-up is not open to this email address') ?? false
    );
    await screenshot(page, 'audiences-sign-up-refused');

    const contact = dataset.contacts.filter((c) => c.AccountId === dataset.accounts[0]!.Id)[1]!;
    await form.locator('[data-id="name"] input').fill(contact.Name);
    await form.locator('[data-id="email"] input').fill(contact.Email);
    await form.locator('[data-id="submit"] button').click();
    await eventually(
      () =>
        form
          .locator('[data-id="result"]')
          .textContent()
          .catch(() => ''),
      (text) => text?.includes("you're signed up") ?? false
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'audiences-sign-up-done');
    expect(problems).toEqual([]);
  });
});
