/**
 * The slide viewer on the Course record page, in Chromium: it resumes where the viewer left off (first section on a
 * first visit), changes slide with the keyboard, the Next button and the thumbnails, and the events it queues reach
 * the workbench's ViewerController: afterwards openCourse reports the visited sections as Viewed (with dwell), the
 * others still Not Viewed, and resumes at the last one shown. axe finds no serious or critical violation; a
 * screenshot is saved to artifacts/screenshots/slide-viewer.png.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import type { CourseView } from '@salesforce/apex/ViewerController';
import { loadDataset } from '../dataset';
import {
  axeViolations,
  launchBrowser,
  openWorkbench,
  resetWorkbench,
  screenshot,
  eventually,
  workbenchUrl
} from './harness';

jest.setTimeout(120_000);

let browser: Browser;
const pages: Page[] = [];

async function openCourse(courseId: string): Promise<CourseView> {
  const response = await fetch(new URL('/__workbench/apex/ViewerController.openCourse', workbenchUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ courseId })
  });
  const body = (await response.json()) as CourseView & { body?: { message?: string } };
  if (!response.ok) throw new Error(`openCourse: ${body.body?.message ?? response.status}`);
  return body;
}

/** A published sample course with at least five sections that the workbench user has not viewed yet. */
async function freshCourse(): Promise<CourseView> {
  for (const course of loadDataset().dataset.courses) {
    if (course.Status__c !== 'Published') continue;
    const view = await openCourse(course.Id);
    if (view.sections.length >= 5 && view.activities.every((a) => a.state === 'Not_Viewed')) return view;
  }
  throw new Error('The sample data has no unviewed published course with five sections.');
}

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

async function shownTitle(viewer: Locator): Promise<string> {
  return squash(
    await viewer.locator('c-course-media-preview .entatio-preview__caption .slds-text-title').textContent()
  );
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
  await browser?.close();
});

describe('slide viewer', () => {
  it('navigates a course and records what was viewed', async () => {
    const course = await freshCourse();
    const { page, problems } = await openWorkbench(browser, `#/course/${course.id}/slides`);
    pages.push(page);
    const viewer = page.locator('c-slide-viewer');
    const stage = viewer.locator('section.entatio-viewer');
    await stage.waitFor();
    const titleOf = (index: number) => course.sections[index]!.title;

    expect(await shownTitle(viewer)).toContain(titleOf(0));
    expect(squash(await viewer.locator('.entatio-viewer__position').textContent())).toBe(
      `1 of ${course.sections.length}`
    );

    // Keyboard: → twice, ← once.
    await stage.focus();
    await page.keyboard.press('ArrowRight');
    expect(await shownTitle(viewer)).toContain(titleOf(1));
    await page.waitForTimeout(1100); // a second of dwell on section 2
    await page.keyboard.press('ArrowRight');
    expect(await shownTitle(viewer)).toContain(titleOf(2));
    await page.keyboard.press('ArrowLeft');
    expect(await shownTitle(viewer)).toContain(titleOf(1));

    // Thumbnails: reachable buttons, aria-current on the one shown.
    const thumbs = viewer.locator('button.entatio-thumb');
    expect(await thumbs.count()).toBe(course.sections.length);
    await thumbs.nth(3).click();
    expect(await shownTitle(viewer)).toContain(titleOf(3));
    expect(await thumbs.nth(3).getAttribute('aria-current')).toBe('true');
    expect(await thumbs.nth(1).getAttribute('aria-current')).toBe('false');

    // The Next button.
    await viewer.locator('.entatio-viewer__next button').click();
    expect(await shownTitle(viewer)).toContain(titleOf(4));

    // The slide change was measured for the bench.
    const measured = await page.evaluate(() => performance.getEntriesByName('entatio:slide-change').length);
    expect(measured).toBeGreaterThanOrEqual(5);

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'slide-viewer');

    // Leaving the page closes the view of section 5 and flushes the queue; the server records it all.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    const visited = [0, 1, 2, 3, 4].map((i) => course.sections[i]!.id);
    const after = await eventually(
      () => openCourse(course.id),
      (view) => visited.every((id) => view.activities.find((a) => a.sectionId === id)?.state === 'Viewed')
    );
    const activity = (index: number) =>
      after.activities.find((a) => a.sectionId === course.sections[index]!.id)!;
    expect(activity(1).viewCount).toBe(2);
    expect(activity(1).totalDwellSeconds).toBeGreaterThanOrEqual(1);
    const unvisited = course.sections.slice(5).map((_, i) => activity(i + 5).state);
    expect(unvisited.every((state) => state === 'Not_Viewed')).toBe(true);
    expect(after.resumeSectionId).toBe(course.sections[4]!.id);

    // Nothing is left in the browser's queue once the acknowledgement has come back (the server may record the
    // events a moment before the answer reaches the page).
    const left = await eventually(
      () =>
        page.evaluate(() =>
          Object.keys(localStorage).filter(
            (key) => key.startsWith('entatio:queue:') && localStorage.getItem(key)
          )
        ),
      (keys) => keys.length === 0,
      5_000
    );
    expect(left).toEqual([]);
    expect(problems).toEqual([]);

    // A reload resumes at the last section shown.
    await page.reload();
    await viewer.locator('section.entatio-viewer').waitFor();
    expect(await shownTitle(viewer)).toContain(titleOf(4));
  });
});
