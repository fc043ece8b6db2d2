/**
 * What the bench measures. Every page's first render is measured from the page list in pages.ts; slide-change
 * latency needs the slide viewer, so its scenarios live here and the viewer feature adds one:
 *
 *   SLIDE_CHANGE_SCENARIOS.push({
 *     name: 'course viewer, next slide',
 *     route: (samples) => `#/course/${samples.course}/slides`,
 *     async changeSlide(page) {
 *       // e.g. press →, then read the viewer's own performance.measure for "slide shown"
 *       await page.keyboard.press('ArrowRight');
 *       return page.evaluate(() => performance.getEntriesByName('entatio:slide-change').pop()!.duration);
 *     }
 *   });
 */
import type { Page } from 'playwright-core';
import { analyze, analyzeJourney } from '../../force-app/main/insights/lwc/insightsEngine/insightsEngine';
import { aggregateDataset } from '../insights/aggregate';
import type { Dataset } from '../sample-data/types';
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
    route: (samples) => `#/course/${samples.course}/slides`,
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

/**
 * CPU-only measurements over the full sample dataset (no browser): each run returns milliseconds per named
 * step. `npm run bench` reports them after the pages; `--compute-only` runs just these.
 */
export interface ComputeScenario {
  name: string;
  run(dataset: Dataset): Record<string, number>;
}

export const COMPUTE_SCENARIOS: ComputeScenario[] = [
  {
    /**
     * The insights engine: aggregation (what Apex's GROUP BY queries do in the org; here in Node over the
     * dataset's records) timed apart from the analysis the browser runs, and one course's journey view.
     */
    name: 'insights',
    run(dataset) {
      let started = performance.now();
      const input = aggregateDataset(dataset);
      const aggregate = performance.now() - started;
      started = performance.now();
      analyze(input);
      const analysis = performance.now() - started;
      const largest = input.journeys!.reduce((a, b) => (b.sections.length > a.sections.length ? b : a));
      started = performance.now();
      analyzeJourney(largest);
      const journey = performance.now() - started;
      return {
        'aggregate the dataset (Node)': aggregate,
        [`analyze (${input.journeys!.length} journeys, segments, revenue, topics, cards)`]: analysis,
        [`analyzeJourney (${largest.sections.length}-section course)`]: journey
      };
    }
  }
];
