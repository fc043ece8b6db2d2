/**
 * What the bench measures. Every page's first render is measured from the page list in pages.ts; slide-change
 * latency needs the slide viewer, so its scenarios live here and the viewer feature adds one:
 *
 *   SLIDE_CHANGE_SCENARIOS.push({
 *     name: 'course viewer, next slide',
 *     route: (samples) => `#/course/${samples.course}`,
 *     async changeSlide(page) {
 *       // e.g. press →, then read the viewer's own performance.measure for "slide shown"
 *       await page.keyboard.press('ArrowRight');
 *       return page.evaluate(() => performance.getEntriesByName('entatio:slide-change').pop()!.duration);
 *     }
 *   });
 */
import type { Page } from 'playwright-core';
import type { PageId } from './pages';

/** One sample record id per record page (the first the index lists). */
export type SampleIds = Partial<Record<PageId, string>>;

export interface SlideChangeScenario {
  name: string;
  /** The route of the page with the viewer. */
  route(samples: SampleIds): string;
  /** Changes slide once on a rendered page and returns the latency in milliseconds. */
  changeSlide(page: Page): Promise<number>;
  /** Slide changes per run (default 5). */
  changesPerRun?: number;
}

export const SLIDE_CHANGE_SCENARIOS: SlideChangeScenario[] = [
  {
    /**
     * c/slideViewer on the Course record page: focus the viewer, press → (Home first when on the last slide) and
     * take the time from the keypress (a timestamp taken in the page just before Playwright's key event) to the
     * viewer's `entatio:slide-change:end` mark, which it sets once the new slide has rendered.
     */
    name: 'course viewer, next slide (keyboard)',
    route: (samples) => `#/course/${samples.course}`,
    async changeSlide(page) {
      const viewer = page.locator('c-slide-viewer section.entatio-viewer');
      await viewer.waitFor();
      await viewer.focus();
      const atEnd = await viewer.evaluate((el) => {
        const text = el.querySelector('.entatio-viewer__position')?.textContent ?? '';
        const [at, of] = text.split(' of ').map(Number);
        return at === of;
      });
      if (atEnd) await page.keyboard.press('Home');
      const started = await page.evaluate(() => {
        performance.clearMarks('entatio:slide-change:end');
        return performance.now();
      });
      await page.keyboard.press('ArrowRight');
      const ended = await page.waitForFunction(
        () => performance.getEntriesByName('entatio:slide-change:end').pop()?.startTime
      );
      return ((await ended.jsonValue()) as number) - started;
    }
  }
];

/** What the report says while no scenario exists. */
export const SLIDE_CHANGE_NOT_MEASURED = 'not measured: no slide viewer yet';
