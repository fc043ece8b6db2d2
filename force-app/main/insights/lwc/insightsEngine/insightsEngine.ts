/**
 * Insights engine (work in progress: types are final, analysis lands next).
 */
import type {
  CourseJourney,
  CourseJourneyInput,
  InsightsInput,
  InsightsOptions,
  InsightsResult
} from './types';

export * from './types';
export { roleGroupOfTitle } from './roles';

export const DEFAULT_OPTIONS: InsightsOptions = {
  seed: 1,
  bootstrapResamples: 400,
  alpha: 0.01,
  minEventsEngaged: 5,
  minObservations: 30
};

export function analyzeJourney(
  input: CourseJourneyInput,
  options: Partial<InsightsOptions> = {}
): CourseJourney {
  void input;
  void options;
  throw new Error('not yet');
}

export function analyze(input: InsightsInput, options: Partial<InsightsOptions> = {}): InsightsResult {
  void input;
  void options;
  throw new Error('not yet');
}
