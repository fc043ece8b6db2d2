import {
  analyze,
  type InsightsResult
} from '../../../force-app/main/insights/lwc/insightsEngine/insightsEngine';
import { generateDataset } from '../../sample-data/generate';
import { measurePatterns, plantedPattern, type PatternMeasurements } from '../../sample-data/measure';
import type { Dataset } from '../../sample-data/types';
import { aggregateDataset } from '../aggregate';

/**
 * The default sample dataset (seed 42): the engine finds the planted patterns of scripts/sample-data/README.md
 * that concern engagement (the sixth, upgrade course → fewer version cases, is about cases, which the insights
 * input does not carry; the health monitor owns it).
 */
describe('insights on the default sample dataset', () => {
  let dataset: Dataset;
  let measured: PatternMeasurements;
  let result: InsightsResult;
  beforeAll(() => {
    dataset = generateDataset();
    measured = measurePatterns(dataset);
    result = analyze(aggregateDataset(dataset));
  });

  it('deck drop-off: the planted slide is the friction point of its course, at the planted rate', () => {
    const p = plantedPattern(dataset, 'deck-drop-off').parameters;
    const journey = result.journeys.find((j) => j.courseId === p.courseId)!;
    expect(journey.hotspots[0]!.sectionId).toBe(p.sectionId);
    expect(journey.hotspots[0]!.order).toBe(p.sectionOrder);
    const exit = journey.hotspots[0]!.exitRate;
    expect(exit.low).toBeLessThanOrEqual(1 - p.continueProbability);
    expect(exit.high).toBeGreaterThanOrEqual(1 - p.continueProbability);
    expect(exit.low).toBeGreaterThan(journey.hotspots[0]!.baseline.high);
    expect(result.cards.some((c) => c.id === `drop-off-hotspot:${p.sectionId}`)).toBe(true);
  });

  it('role × topic affinity: IT Admin × Security, the same ratio measure.ts measures, with an interval', () => {
    const p = plantedPattern(dataset, 'role-topic-affinity').parameters;
    const affinity = result.segments.affinities.find(
      (a) => a.roleGroup === p.roleGroup && a.topic === p.topic
    )!;
    expect(affinity.significant).toBe(true);
    expect(affinity.ratio.value).toBeCloseTo(measured.roleTopicAffinity.ratio, 3);
    expect(affinity.ratio.low).toBeGreaterThan(1.5);
    expect(result.cards.some((c) => c.id === `role-topic-affinity:${p.roleGroup}:${p.topic}`)).toBe(true);
    // The milder background affinities the generator plants are found too.
    const found = result.cards.filter((c) => c.kind === 'role-topic-affinity').map((c) => c.id);
    expect(found).toEqual(
      expect.arrayContaining([
        'role-topic-affinity:Developer:Integration',
        'role-topic-affinity:Finance:Billing'
      ])
    );
  });

  it('engagement → revenue: a significant lift whose interval covers the planted within-segment lift', () => {
    const p = plantedPattern(dataset, 'engagement-revenue-lift').parameters;
    const overall = result.revenue.overall!;
    expect(overall.significant).toBe(true);
    const planted = (p.winRateEngaged * p.amountMultiplierEngaged) / p.winRateNotEngaged;
    expect(overall.lift.low).toBeLessThanOrEqual(planted);
    expect(overall.lift.high).toBeGreaterThanOrEqual(planted);
    // Matching on account type × size removes part of the raw (size-confounded) lift measure.ts reports.
    expect(overall.lift.value).toBeLessThan(measured.revenueLift.lift);
    expect(overall.winRateDifference.low).toBeGreaterThan(0);
    expect(result.cards.some((c) => c.id === 'revenue-lift:all')).toBe(true);
  });

  it('surging topic: AI is the one rising topic', () => {
    const p = plantedPattern(dataset, 'surging-topic').parameters;
    expect(result.topics.rising.map((t) => t.topic)).toEqual([p.topic]);
    expect(result.topics.rising[0]!.trend.value).toBeGreaterThanOrEqual(p.expectedSurgeAtLeast);
    expect(result.cards.some((c) => c.id === `topic-surge:${p.topic}`)).toBe(true);
  });

  it('quiet accounts: most planted ones are found, and anything else found was silent for weeks', () => {
    const p = plantedPattern(dataset, 'quiet-accounts').parameters;
    const quiet = result.cards.filter((c) => c.kind === 'account-quiet');
    const planted = quiet.filter((c) => p.accountIds.includes(c.subject.id));
    expect(planted.length).toBeGreaterThanOrEqual(10);
    expect(quiet.length - planted.length).toBeLessThanOrEqual(2);
    for (const card of quiet) expect(card.metric.value).toBeGreaterThanOrEqual(p.quietDays);
  });

  it('every card is one of the planted patterns or their background (no stray findings)', () => {
    const kinds = new Set(result.cards.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(
      ['account-quiet', 'drop-off-hotspot', 'revenue-lift', 'role-topic-affinity', 'topic-surge'].sort()
    );
    expect(result.cards.filter((c) => c.kind === 'drop-off-hotspot')).toHaveLength(1);
  });

  it('segment cells state their size, and journeys the observations behind them', () => {
    expect(result.segments.cells.every((c) => c.people > 0)).toBe(true);
    const itSecurity = result.segments.cells.filter(
      (c) => c.roleGroup === 'IT Admin' && c.topic === 'Security' && c.accountDimension === 'industry'
    );
    expect(itSecurity.reduce((sum, c) => sum + c.people, 0)).toBe(
      dataset.contacts.filter((c) => c.roleGroup === 'IT Admin').length
    );
    for (const j of result.journeys) {
      expect(j.views).toBe(j.sections.reduce((sum, s) => sum + s.views, 0));
      expect(j.expectedSectionsViewed.n).toBe(j.visits);
      expect(j.completionRate?.n).toBeGreaterThan(0);
    }
  });
});
