/**
 * The workbench shell in Chromium: every page renders without console errors and passes axe, its screenshot
 * is saved, and the main flows work (app navigation, the index, object homes, record page tabs, the Details
 * tab showing the record's sample data, lookups, pending regions naming their feature).
 *
 * Each feature adds its own `<feature>.browser.ts` beside this one for the component it puts into a region.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { IndexView } from '../api-types';
import { loadDataset } from '../dataset';
import { PAGES, formatRoute, regionsOf, type PageId, type PageSpec, type RegionSpec } from '../pages';
import { appModulesDir } from '../paths';
import {
  axeViolations,
  clickAndWait,
  fetchJson,
  launchBrowser,
  openWorkbench,
  resetWorkbench,
  screenshot,
  waitForRendered
} from './harness';
import type { Dataset } from '../../sample-data/types';

jest.setTimeout(60_000);

let browser: Browser;
let index: IndexView;
let dataset: Dataset;
const pages: Page[] = [];

beforeAll(async () => {
  // Other suites change the shared workbench's data (new courses, views): start from the sample data.
  await resetWorkbench();
  browser = await launchBrowser();
  index = await fetchJson<IndexView>('/__workbench/api/index');
  dataset = loadDataset().dataset;
  if (dataset.seed !== index.dataset.seed)
    throw new Error('The workbench serves another dataset than the default one.');
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

afterAll(async () => {
  await browser?.close();
});

async function open(hash: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openWorkbench(browser, hash);
  pages.push(opened.page);
  return opened;
}

/** The first sample record of a record page (what the index links to). */
function sample(pageId: PageId): string {
  const id = index.samples.find((s) => s.pageId === pageId)?.rows[0]?.id;
  if (!id) throw new Error(`The sample data has no ${pageId} records.`);
  return id;
}

/** Regions a page template still marks `pending` (`<wb-region region-id="..." pending>`). */
const PENDING_REGIONS = new Set(
  fs
    .readdirSync(path.join(appModulesDir, 'wb'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => [
      ...fs
        .readFileSync(path.join(appModulesDir, 'wb', file), 'utf8')
        .matchAll(/<wb-region\s+region-id="([^"]+)"\s+pending[\s>]/g)
    ])
    .map((match) => match[1]!)
);

/** Where each region is shown: its page's route, on a record page with the region's tab. */
function regionRoutes(filter: (region: RegionSpec) => boolean): { hash: string; regions: RegionSpec[] }[] {
  const routes = (p: PageSpec) =>
    p.kind === 'record'
      ? p.tabs.map((t) => ({
          hash: formatRoute({ page: p.id, recordId: sample(p.id), tab: t.value }),
          regions: t.regions.filter(filter)
        }))
      : [{ hash: formatRoute({ page: p.id }), regions: regionsOf(p).filter(filter) }];
  return PAGES.flatMap(routes).filter((r) => r.regions.length);
}

const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('every page', () => {
  const routes: [string, () => string][] = [
    ['index', () => '#/'],
    ['account', () => `#/account/${sample('account')}`],
    ['account-present', () => `#/account/${sample('account')}/present`],
    ['account-details', () => `#/account/${sample('account')}/details`],
    ['contact', () => `#/contact/${sample('contact')}`],
    ['contact-details', () => `#/contact/${sample('contact')}/details`],
    ['course', () => `#/course/${sample('course')}`],
    ['course-present', () => `#/course/${sample('course')}/present`],
    ['course-journeys', () => `#/course/${sample('course')}/journeys`],
    ['course-details', () => `#/course/${sample('course')}/details`],
    ['accounts', () => '#/account'],
    ['contacts', () => '#/contact'],
    ['courses', () => '#/course'],
    ['health', () => '#/health'],
    ['insights', () => '#/insights'],
    ['rules', () => '#/rules'],
    ['audiences', () => '#/audiences'],
    ['not-found', () => '#/no-such-page']
  ];

  it.each(routes)('%s renders without console errors, passes axe, and is captured', async (name, hash) => {
    const { page, problems } = await open(hash());
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, name);
    expect(problems).toEqual([]);
  });
});

describe('flows', () => {
  it('the app navigation reaches every page and marks the current one', async () => {
    const { page, problems } = await open('#/');
    for (const target of PAGES) {
      await clickAndWait(
        page,
        `nav li[data-page="${target.id}"] a`,
        `#/${target.id === 'index' ? '' : target.id}`
      );
      expect(await page.getAttribute('main', 'data-page')).toBe(target.id);
      expect(await page.getAttribute(`nav li[data-page="${target.id}"] a`, 'aria-current')).toBe('page');
      expect(await page.locator('nav a[aria-current="page"]').count()).toBe(1);
    }
    expect(problems).toEqual([]);
  });

  it('the index lists every page and opens sample records', async () => {
    const { page, problems } = await open('#/');
    for (const p of PAGES.filter((p) => p.kind !== 'index')) {
      expect(await page.locator(`[data-id="pages"] li[data-page="${p.id}"] a`).count()).toBe(1);
    }
    const account = dataset.accounts.find((a) => a.Id === sample('account'))!;
    await clickAndWait(
      page,
      `[data-sample="account"] tr[data-record-id="${account.Id}"] th a`,
      `#/account/${account.Id}`
    );
    expect(await text(page, 'h1 .slds-page-header__title')).toBe(account.Name);
    expect(problems).toEqual([]);
  });

  it("shows an account's sample data in the highlights panel and the Details tab, and switches tabs", async () => {
    const account = dataset.accounts.find((a) => a.Id === sample('account'))!;
    const { page, problems } = await open(`#/account/${account.Id}`);
    expect(await text(page, 'h1 .slds-page-header__title')).toBe(account.Name);
    expect(await text(page, '[data-id="highlights"] [data-field="Industry"]')).toContain(account.Industry);
    expect(await text(page, '[data-id="highlights"] [data-field="Type"]')).toContain(account.Type);
    expect(await page.locator('[data-region="account-engagement"]').isVisible()).toBe(true);

    await page.getByRole('tab', { name: 'Details' }).click();
    await page.waitForSelector('[data-id="details"]');
    expect(page.url()).toMatch(new RegExp(`#/account/${account.Id}/details$`));
    expect(await text(page, '[data-id="details"] [data-field="Name"]')).toContain(account.Name);
    expect(await text(page, '[data-id="details"] [data-field="BillingCountry"]')).toContain(
      account.BillingCountry
    );
    expect(await text(page, '[data-id="details"] [data-field="NumberOfEmployees"]')).toContain(
      account.NumberOfEmployees.toLocaleString('en-US')
    );
    const owner = dataset.users.find((u) => u.Id === account.OwnerId)!;
    expect(await text(page, '[data-id="details"] [data-field="OwnerId"]')).toContain(owner.Name);
    // Generator-only facts are not fields.
    expect(await page.locator('[data-id="details"] [data-field="tenureBand"]').count()).toBe(0);

    await page.getByRole('tab', { name: 'Engagement' }).click();
    await page.waitForSelector('[data-region="account-engagement"]', { state: 'visible' });
    expect(page.url()).toMatch(new RegExp(`#/account/${account.Id}/engagement$`));
    expect(await page.locator('[data-region="account-presenter"]').count()).toBe(0);

    await page.getByRole('tab', { name: 'Present' }).click();
    await page.waitForSelector('[data-region="account-presenter"] c-presenter', { state: 'visible' });
    expect(page.url()).toMatch(new RegExp(`#/account/${account.Id}/present$`));
    expect(await page.locator('[data-region="account-engagement"]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('lays the course page out in tabs whose components load when their tab is first shown, and stay', async () => {
    const courseId = sample('course');
    const visibleRegions = (page: Page) =>
      page
        .locator('[data-region]')
        .evaluateAll((regions) =>
          regions
            .filter((r) => (r as HTMLElement).offsetParent !== null)
            .map((r) => r.getAttribute('data-region'))
        );
    const { page, problems } = await open(`#/course/${courseId}`);
    const calls: string[] = [];
    page.on('request', (request) => {
      const apex = /\/__workbench\/apex\/(\w+\.\w+)/.exec(request.url());
      if (apex) calls.push(apex[1]!);
    });
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs.map((t) => t.trim())).toEqual(['Slides', 'Present', 'Journeys', 'Details']);
    expect(await visibleRegions(page)).toEqual(['course-builder', 'course-viewer']);
    // The other tabs' components do not exist yet, so they have asked nothing.
    for (const tag of ['c-presenter', 'c-follow-along', 'c-course-journey']) {
      expect(await page.locator(tag).count()).toBe(0);
    }
    await screenshot(page, 'course-tab-slides');

    await page.getByRole('tab', { name: 'Present' }).click();
    await page.locator('c-follow-along').getByLabel('Join code').waitFor();
    expect(page.url()).toMatch(new RegExp(`#/course/${courseId}/present$`));
    expect(await visibleRegions(page)).toEqual(['course-presenter', 'course-follow-along']);
    expect(await page.getByRole('tab', { name: 'Present' }).getAttribute('aria-selected')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Journeys' }).click();
    await page.locator('c-course-journey [data-id="summary"]').waitFor();
    expect(page.url()).toMatch(new RegExp(`#/course/${courseId}/journeys$`));
    expect(await visibleRegions(page)).toEqual(['course-journey']);

    // Back on Slides, the builder and viewer are the same components: nothing is fetched again.
    const before = calls.length;
    await page.getByRole('tab', { name: 'Slides' }).click();
    await page.locator('[data-region="course-viewer"]').waitFor({ state: 'visible' });
    expect(await visibleRegions(page)).toEqual(['course-builder', 'course-viewer']);
    await page.waitForTimeout(300);
    expect(calls.slice(before)).toEqual([]);
    expect(calls.some((c) => c.startsWith('PresenterController.'))).toBe(true);
    expect(calls).toContain('InsightsController.getCourseJourneyInput');

    expect(problems).toEqual([]);

    // The route opens a tab directly, and only its components load.
    const present = await open(`#/course/${courseId}/present`);
    expect(await visibleRegions(present.page)).toEqual(['course-presenter', 'course-follow-along']);
    expect(await present.page.locator('c-course-builder').count()).toBe(0);
    expect(await present.page.locator('c-slide-viewer').count()).toBe(0);
    expect(present.problems).toEqual([]);
  });

  it("shows a contact's and a course's fields, and a lookup opens the related record", async () => {
    const contact = dataset.contacts.find((c) => c.Id === sample('contact'))!;
    const { page, problems } = await open(`#/contact/${contact.Id}/details`);
    expect(await text(page, 'h1 .slds-page-header__title')).toBe(`${contact.FirstName} ${contact.LastName}`);
    expect(await text(page, '[data-id="details"] [data-field="Title"]')).toContain(contact.Title);
    expect(await text(page, '[data-id="details"] [data-field="Email"]')).toContain(contact.Email);
    const account = dataset.accounts.find((a) => a.Id === contact.AccountId)!;
    await clickAndWait(page, '[data-id="details"] [data-field="AccountId"] a', `#/account/${account.Id}`);
    expect(await text(page, 'h1 .slds-page-header__title')).toBe(account.Name);

    const course = dataset.courses.find((c) => c.Id === sample('course'))!;
    await page.goto(page.url().replace(/#.*$/, `#/course/${course.Id}/details`));
    await waitForRendered(page, `#/course/${course.Id}`);
    expect(await text(page, '[data-id="details"] [data-field="Name"]')).toContain(course.Name);
    expect(await text(page, '[data-id="details"] [data-field="Topic__c"]')).toContain(course.Topic__c);
    expect(await text(page, '[data-id="details"] [data-field="Slide_Count__c"]')).toContain(
      String(course.Slide_Count__c)
    );
    expect(await text(page, '[data-id="highlights"] [data-field="Status__c"]')).toContain(course.Status__c);
    expect(problems).toEqual([]);
  });

  it('an object home lists the records by name and opens one', async () => {
    const { page, problems } = await open('#/course');
    const rows = page.locator('tbody tr[data-record-id]');
    expect(await rows.count()).toBe(Math.min(50, dataset.courses.length));
    const first = [...dataset.courses].sort((a, b) => a.Name.localeCompare(b.Name))[0]!;
    expect(await rows.first().getAttribute('data-record-id')).toBe(first.Id);
    await clickAndWait(page, `tbody tr[data-record-id="${first.Id}"] th a`, `#/course/${first.Id}`);
    expect(await text(page, 'h1 .slds-page-header__title')).toBe(first.Name);
    expect(problems).toEqual([]);
  });

  it('each pending region shows the package state panel naming the feature to come', async () => {
    for (const { hash, regions } of regionRoutes((region) => PENDING_REGIONS.has(region.id))) {
      const { page, problems } = await open(hash);
      for (const region of regions) {
        const panel = page.locator(`[data-region="${region.id}"] c-state-panel`);
        expect(await panel.count()).toBe(1);
        expect(await text(page, `[data-region="${region.id}"] c-state-panel h3`)).toBe(
          `${region.feature}: not built yet`
        );
        expect(await text(page, `[data-region="${region.id}"] c-state-panel`)).toContain(
          `arrives with the ${region.feature} feature`
        );
      }
      expect(problems).toEqual([]);
    }
  });

  it('each landed region holds its package component on its tab, instead of the pending state', async () => {
    const routes = regionRoutes((region) => !PENDING_REGIONS.has(region.id));
    expect(routes.flatMap((r) => r.regions).length).toBe(
      PAGES.flatMap((p) => regionsOf(p)).filter((region) => !PENDING_REGIONS.has(region.id)).length
    );
    for (const { hash, regions } of routes) {
      const { page, problems } = await open(hash);
      const found = [];
      for (const region of regions) {
        // Synthetic shadow keeps every element in the document, so XPath sees the region's components.
        const components = await page
          .locator(`xpath=//*[@data-region="${region.id}"]//*[starts-with(local-name(), "c-")]`)
          .count();
        const visible = await page.locator(`[data-region="${region.id}"]`).isVisible();
        const pending = await page.getByText(`${region.feature}: not built yet`).count();
        found.push({ region: region.id, hasComponent: components > 0, visible, pending });
      }
      expect(found).toEqual(
        regions.map((region) => ({ region: region.id, hasComponent: true, visible: true, pending: 0 }))
      );
      expect(problems).toEqual([]);
    }
  });

  it('draws SLDS icons as inline SVG', async () => {
    const { page, problems } = await open(`#/account/${sample('account')}`);
    // lightning-icon renders the icon's template: an <svg> with shapes, not an empty <use>. (Playwright's
    // selectors see through synthetic shadow; document.querySelector in the page would not.)
    await page.locator('[data-id="highlights"] lightning-icon svg path').first().waitFor();
    await page.locator('[data-region] lightning-icon svg path').first().waitFor();
    await page.locator('nav').waitFor();
    expect(problems).toEqual([]);
  });

  it('explains an address that is not a page', async () => {
    const { page, problems } = await open('#/account/not-an-id');
    expect(await text(page, 'main c-state-panel h3')).toBe('There is no such page');
    expect(problems).toEqual([]);
  });
});
