/**
 * Insights engine: turns engagement aggregates into journeys through each deck, segment × topic engagement,
 * engagement ↔ revenue comparisons, market-wide topics and insight cards.
 *
 * One implementation, two doors: the Insights page and the Course record's journey view run it in the browser
 * over aggregates that Apex computes with `GROUP BY` (constant queries at any volume), and
 * `npm run insights -- --data <dataset.json>` runs it in Node over a sample-data file
 * (`scripts/insights/aggregate.ts` computes the same aggregates).
 *
 * Pure and deterministic: no DOM, no Node, no clock; the bootstrap uses a seeded PRNG. Every figure carries the
 * number of observations behind it and, where it is an estimate, a 95 % interval; cards appear only for findings
 * that pass their significance test (Bonferroni-corrected within their kind) and a minimum effect size.
 */
import { quietAccountsOf } from './accounts';
import { cardsOf } from './cards';
import { journeyOf } from './journeys';
import { revenueOf } from './revenue';
import { segmentsOf } from './segments';
import { topicsOf } from './topics';
import { daysBetween } from './stats';
import type {
  CourseJourney,
  CourseJourneyInput,
  InsightsInput,
  InsightsOptions,
  InsightsPeriod,
  InsightsResult
} from './types';

export type {
  IsoDate,
  IsoMonth,
  InsightsPeriod,
  CourseRow,
  SectionRow,
  TransitionRow,
  CourseJourneyInput,
  PopulationRow,
  SegmentRow,
  TopicRow,
  TopicMonthRow,
  SectionViewRow,
  AccountRow,
  AccountTopicRow,
  OpportunityRow,
  InsightsInput,
  InsightsOptions,
  RoleGroup,
  Estimate,
  NextStep,
  JourneySection,
  JourneyHotspot,
  DropOffChange,
  CourseJourney,
  SegmentCell,
  RoleTopicAffinity,
  SegmentInsights,
  SegmentChange,
  RevenueGroup,
  RevenueComparison,
  RevenueInsights,
  TopicStat,
  SectionStat,
  TopicInsights,
  CardKind,
  InsightCard,
  InsightsResult
} from './types';
export { roleGroupOfTitle } from './roles';
export { sizeBand, REVENUE_STATEMENT } from './revenue';

export const DEFAULT_OPTIONS: InsightsOptions = {
  seed: 1,
  bootstrapResamples: 400,
  alpha: 0.01,
  minEventsEngaged: 5,
  minObservations: 30
};

function resolve(options: Partial<InsightsOptions>): InsightsOptions {
  return { ...DEFAULT_OPTIONS, ...options };
}

function periodDaysOf(period: InsightsPeriod): number {
  const days = Math.round(daysBetween(period.periodStart, period.asOf));
  if (!(days > 1))
    throw new Error(`The period ${period.periodStart} – ${period.asOf} must span at least two days.`);
  return days;
}

/** The journey through one course (the Course record's journey view). */
export function analyzeJourney(
  input: CourseJourneyInput,
  options: Partial<InsightsOptions> = {}
): CourseJourney {
  return journeyOf(input, resolve(options)).journey;
}

/** Everything: journeys (when `input.journeys` is given), segments, revenue, topics and cards. */
export function analyze(input: InsightsInput, options: Partial<InsightsOptions> = {}): InsightsResult {
  const resolved = resolve(options);
  const periodDays = periodDaysOf(input);
  const journeys = (input.journeys ?? [])
    .map((j) => journeyOf(j, resolved).journey)
    .sort((a, b) => a.courseName.localeCompare(b.courseName) || a.courseId.localeCompare(b.courseId));
  const { segments } = segmentsOf(input, resolved, periodDays);
  const revenue = revenueOf(input, resolved, periodDays);
  const { topics } = topicsOf(input, resolved, periodDays);
  const { quiet } = quietAccountsOf(input, resolved, periodDays);
  const cards = cardsOf({
    journeys,
    segments,
    revenue,
    topics,
    quietAccounts: quiet,
    recentDays: input.recentDays
  });
  return {
    period: { periodStart: input.periodStart, asOf: input.asOf, recentDays: input.recentDays },
    journeys,
    segments,
    revenue,
    topics,
    cards
  };
}
