import {
  analyze,
  type InsightsResult
} from '../../../force-app/main/insights/lwc/insightsEngine/insightsEngine';
import { aggregateDataset } from '../aggregate';
import { syntheticDataset, type SyntheticDataset } from '../synthetic';

/**
 * Proof that the engine finds what is there: synthetic datasets with effects of known size planted in them,
 * recovered within the engine's stated 95 % intervals — and datasets without effects give no cards.
 */

const within = (e: { low: number; high: number }, value: number): void => {
  expect(e.low).toBeLessThanOrEqual(value);
  expect(e.high).toBeGreaterThanOrEqual(value);
};

function run(dataset: SyntheticDataset): InsightsResult {
  return analyze(aggregateDataset(dataset));
}

describe('planted effects are recovered within their intervals', () => {
  let dataset: SyntheticDataset;
  let result: InsightsResult;
  beforeAll(() => {
    dataset = syntheticDataset({
      seed: 4,
      visitRate: 0.06,
      effects: {
        dropOff: { order: 5, continueProbability: 0.6 },
        dropOffJump: { order: 8, continueBefore: 0.95, continueRecent: 0.6 },
        affinity: { roleGroup: 'IT Admin', topic: 'Security', multiplier: 3 },
        surge: { topic: 'AI', multiplier: 3, days: 30 },
        quiet: { accounts: 6, silentDays: 45 }
      }
    });
    result = run(dataset);
  });

  it('a drop-off at a known slide: a friction point there, exit rate ≈ 1 − continue probability', () => {
    const onboarding = result.journeys.find((j) => j.courseName === 'Onboarding course')!;
    expect(onboarding.hotspots.map((h) => h.order)).toEqual([5]);
    within(onboarding.hotspots[0]!.exitRate, 0.4);
    expect(onboarding.hotspots[0]!.exitRate.n).toBe(onboarding.sections[4]!.views);
    // Elsewhere the deck loses 5 % per slide.
    within(onboarding.hotspots[0]!.baseline, 0.05);
    const slide5 = onboarding.sections[4]!;
    expect(slide5.hotspot).toBe(true);
    expect(slide5.next[0]!.sectionId).toBe(onboarding.sections[5]!.sectionId);
    expect(slide5.mostLikelyNextSectionId).toBe(onboarding.sections[5]!.sectionId);
    // Markov chain: reaching slide 12 from slide 5 = 0.6 × 0.95^6 ≈ 0.441 (walks are strictly forward here).
    expect(slide5.reachEnd).toBeCloseTo(
      onboarding.sections.slice(4, 11).reduce((p, s) => p * (1 - s.exitRate.value), 1),
      3
    );
    expect(Math.abs(slide5.reachEnd - 0.6 * 0.95 ** 6)).toBeLessThan(0.08);
    expect(onboarding.expectedSectionsViewed.model).toBeCloseTo(
      onboarding.expectedSectionsViewed.observed,
      2
    );
    // Every visit starts at slide 1, and completions are the visits that reached slide 12.
    expect(onboarding.sections[0]!.starts).toBe(onboarding.visits);
    expect(onboarding.visitCompletion.value).toBeCloseTo(
      onboarding.sections[11]!.views / onboarding.visits,
      3
    );
    expect(result.cards.filter((c) => c.kind === 'drop-off-hotspot').map((c) => c.subject.id)).toEqual([
      slide5.sectionId
    ]);
  });

  it('a drop-off that jumped in the recent window: a drop-off-jump card at that slide only', () => {
    const analytics = result.journeys.find((j) => j.courseName === 'Analytics course')!;
    expect(analytics.dropOffChanges.map((c) => c.order)).toEqual([8]);
    within(analytics.dropOffChanges[0]!.recent, 0.4);
    within(analytics.dropOffChanges[0]!.earlier, 0.05);
    const jumps = result.cards.filter((c) => c.kind === 'drop-off-jump');
    expect(jumps.map((c) => c.subject.id)).toEqual([analytics.sections[7]!.sectionId]);
    expect(jumps[0]!.tone).toBe('risk');
  });

  it('a role × topic affinity of known size: the rate ratio interval covers it, and it is the only one', () => {
    const affinity = result.segments.affinities.find(
      (a) => a.roleGroup === 'IT Admin' && a.topic === 'Security'
    )!;
    expect(affinity.significant).toBe(true);
    within(affinity.ratio, 3);
    const cards = result.cards.filter((c) => c.kind === 'role-topic-affinity');
    expect(cards.map((c) => c.id)).toEqual(['role-topic-affinity:IT Admin:Security']);
    expect(cards[0]!.metric.n).toBe(affinity.people);
  });

  it('a surging topic: its recent ÷ earlier rate interval covers the planted multiplier', () => {
    const ai = result.topics.top.find((t) => t.topic === 'AI')!;
    within(ai.trend, 3);
    expect(result.topics.rising.map((t) => t.topic)).toEqual(['AI']);
    expect(result.cards.filter((c) => c.kind === 'topic-surge').map((c) => c.id)).toEqual(['topic-surge:AI']);
    expect(result.cards.some((c) => c.kind === 'topic-decline')).toBe(false);
  });

  it('accounts that went silent: exactly the planted ones', () => {
    const quiet = result.cards.filter((c) => c.kind === 'account-quiet').map((c) => c.subject.id);
    expect(quiet.sort()).toEqual([...dataset.quietAccountIds].sort());
  });

  it('cards carry their figures: interval, observations, evidence; strongest first', () => {
    for (const card of result.cards) {
      expect(card.metric.low).toBeLessThanOrEqual(card.metric.value);
      expect(card.metric.high).toBeGreaterThanOrEqual(card.metric.value);
      expect(card.metric.n).toBeGreaterThan(0);
      expect(card.evidence.length).toBeGreaterThan(0);
      expect(card.summary.length).toBeGreaterThan(30);
    }
    const p = result.cards.map((c) => c.pValue);
    expect(p).toEqual([...p].sort((a, b) => a - b));
  });
});

describe('a revenue lift of known size', () => {
  it('is recovered by the matched comparison, while the naive one overstates it (bigger accounts engage more)', () => {
    const dataset = syntheticDataset({
      seed: 5,
      accounts: 900,
      visitRate: 0.006,
      effects: { revenue: { winEngaged: 0.6, winOther: 0.35, amountMultiplier: 1.35 } }
    });
    const result = run(dataset);
    const overall = result.revenue.overall!;
    expect(result.revenue.basis).toBe('engagement-before-close');
    expect(dataset.plantedLift).toBeCloseTo(2.314, 3);
    within(overall.lift, dataset.plantedLift);
    within(overall.winRateDifference, 0.25);
    expect(overall.significant).toBe(true);
    const naive = overall.engaged.wonAmountPerClosed / overall.comparison.wonAmountPerClosed;
    expect(naive).toBeGreaterThan(overall.lift.high);
    const card = result.cards.find((c) => c.id === 'revenue-lift:all')!;
    expect(card.summary).toMatch(/association, not proof/i);
    expect(card.metric.n).toBe(overall.engaged.opportunities + overall.comparison.opportunities);
    expect(result.revenue.statement).toMatch(/^Association, not causation/);
  });
});

describe('data without effects', () => {
  it.each([1, 2])('gives no cards (seed %i)', (seed) => {
    const result = run(syntheticDataset({ seed, visitRate: 0.06 }));
    expect(result.cards).toEqual([]);
    expect(result.journeys.flatMap((j) => j.hotspots)).toEqual([]);
    expect(result.segments.affinities.filter((a) => a.significant)).toEqual([]);
    expect(result.topics.rising).toEqual([]);
    // Affinity intervals cover "no difference" for (nearly) all cells: 95 % intervals, 36 role × topic pairs.
    const covering = result.segments.affinities.filter((a) => a.ratio.low <= 1 && a.ratio.high >= 1).length;
    expect(covering / result.segments.affinities.length).toBeGreaterThanOrEqual(0.85);
  });

  it('shows no significant revenue lift, and its interval covers 1', () => {
    const result = run(syntheticDataset({ seed: 3, accounts: 900, visitRate: 0.006 }));
    const overall = result.revenue.overall!;
    expect(overall.significant).toBe(false);
    within(overall.lift, 1);
    within(overall.winRateDifference, 0);
    expect(result.revenue.byTopic.filter((t) => t.significant)).toEqual([]);
    expect(result.cards).toEqual([]);
  });
});
