import {
  DEFAULT_OPTIONS,
  analyze,
  analyzeJourney,
  roleGroupOfTitle,
  sizeBand,
  type CourseJourneyInput,
  type InsightsInput
} from '../../../force-app/main/insights/lwc/insightsEngine/insightsEngine';
import { seededRandom, wilson } from '../../../force-app/main/insights/lwc/insightsEngine/stats';
import { ROLE_TITLES } from '../../sample-data/catalog';
import type { RoleGroup } from '../../sample-data/types';
import { aggregateDataset } from '../aggregate';
import { syntheticDataset } from '../synthetic';

const period = { periodStart: '2025-07-01', asOf: '2026-01-01', recentDays: 30 };

describe('roleGroupOfTitle', () => {
  it('maps every sample-data title to its role group', () => {
    for (const [role, { titles }] of Object.entries(ROLE_TITLES)) {
      for (const title of titles)
        expect([title, roleGroupOfTitle(title)]).toEqual([title, role as RoleGroup]);
    }
  });

  it('takes overrides first, keeps pre-grouped names, and files the rest under Other', () => {
    expect(roleGroupOfTitle('Head Gardener', { 'Head Gardener': 'End User' })).toBe('End User');
    expect(roleGroupOfTitle('IT Admin')).toBe('IT Admin');
    expect(roleGroupOfTitle('  Senior Software Engineer ')).toBe('Developer');
    expect(roleGroupOfTitle('')).toBe('Other');
    expect(roleGroupOfTitle('Astronaut')).toBe('Other');
  });
});

describe('statistics helpers', () => {
  it('Wilson intervals match textbook values', () => {
    const zero = wilson(0, 10);
    expect(zero.low).toBe(0);
    expect(zero.high).toBeCloseTo(0.2775, 4);
    const half = wilson(50, 100);
    expect(half.low).toBeCloseTo(0.4038, 4);
    expect(half.high).toBeCloseTo(0.5962, 4);
    expect(wilson(0, 0)).toEqual({ value: 0, low: 0, high: 1, n: 0 });
  });

  it('the PRNG is deterministic per seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('size bands follow NumberOfEmployees', () => {
    expect([sizeBand(20), sizeBand(200), sizeBand(1999), sizeBand(2000), sizeBand(undefined)]).toEqual([
      'SMB',
      'Mid-Market',
      'Mid-Market',
      'Enterprise',
      'Unknown'
    ]);
  });
});

describe('analyzeJourney', () => {
  // A → B → C with one step back from B to A: 10 visits start at A.
  const input: CourseJourneyInput = {
    ...period,
    course: { id: 'c', name: 'Course', topic: 'T' },
    sections: [
      { id: 'C', courseId: 'c', order: 3, title: 'Three', topic: 'T' },
      { id: 'A', courseId: 'c', order: 1, title: 'One', topic: 'T' },
      { id: 'B', courseId: 'c', order: 2, title: 'Two', topic: 'T' }
    ],
    transitions: [
      { fromSectionId: null, toSectionId: 'A', count: 10, recentCount: 2 },
      { fromSectionId: 'A', toSectionId: 'B', count: 8, recentCount: 2 },
      { fromSectionId: 'B', toSectionId: 'C', count: 4, recentCount: 1 },
      { fromSectionId: 'B', toSectionId: 'A', count: 1, recentCount: 0 }
    ],
    completions: 4,
    viewers: 9
  };

  it('solves the chain: views, exits, next steps, reach-the-end and expected views', () => {
    const j = analyzeJourney(input);
    expect(j.sections.map((s) => [s.order, s.views, s.exits, s.starts])).toEqual([
      [1, 11, 3, 10],
      [2, 8, 3, 0],
      [3, 4, 4, 0]
    ]);
    // r(C) = 1, r(B) = 4/8 + 1/8 · r(A), r(A) = 8/11 · r(B) → r(B) = 0.55, r(A) = 0.4.
    expect(j.sections.map((s) => s.reachEnd)).toEqual([0.4, 0.55, 1]);
    expect(j.visitCompletion.value).toBeCloseTo(0.4, 10);
    expect(j.expectedSectionsViewed).toEqual({ model: 2.3, observed: 2.3, n: 10 });
    expect(j.sections[1]!.next.map((s) => [s.sectionId, s.probability, s.count])).toEqual([
      ['C', 0.5, 4],
      [null, 0.375, 3],
      ['A', 0.125, 1]
    ]);
    expect(j.sections[1]!.mostLikelyNextSectionId).toBe('C');
    expect(j.completionRate).toEqual({ ...wilson(4, 9), value: 0.4444, low: 0.1888, high: 0.7333 });
    // Too few views to test anything: no hotspots, no changes.
    expect(j.hotspots).toEqual([]);
    expect(j.dropOffChanges).toEqual([]);
  });

  it('without viewers the per-viewer completion rate is unknown, and an unviewed course is all zeros', () => {
    expect(analyzeJourney({ ...input, viewers: undefined }).completionRate).toBeNull();
    const empty = analyzeJourney({ ...input, transitions: [], completions: 0 });
    expect(empty.visits).toBe(0);
    expect(empty.sections.map((s) => s.reachEnd)).toEqual([0, 0, 1]);
    expect(empty.expectedSectionsViewed.model).toBe(0);
  });
});

describe('analyze', () => {
  const empty: InsightsInput = {
    ...period,
    courses: [],
    sections: [],
    population: [],
    segments: [],
    topics: [],
    sectionViews: [],
    accounts: [],
    accountTopics: [],
    opportunities: []
  };

  it('returns an empty result for an org without engagement', () => {
    const result = analyze(empty);
    expect(result.cards).toEqual([]);
    expect(result.journeys).toEqual([]);
    expect(result.revenue.overall).toBeNull();
    expect(result.topics.top).toEqual([]);
    expect(result.period).toEqual(period);
  });

  it('refuses a period that is not at least two days long', () => {
    expect(() => analyze({ ...empty, asOf: '2025-07-01' })).toThrow(/at least two days/);
  });

  it('is deterministic: the same input and seed give the same JSON; the seed only moves bootstrap intervals', () => {
    const input = aggregateDataset(
      syntheticDataset({
        seed: 9,
        accounts: 120,
        visitRate: 0.01,
        effects: { revenue: { winEngaged: 0.7, winOther: 0.3, amountMultiplier: 1 } }
      })
    );
    const first = analyze(input);
    expect(JSON.stringify(analyze(input))).toBe(JSON.stringify(first));
    const other = analyze(input, { seed: DEFAULT_OPTIONS.seed + 1 });
    expect(other.revenue.overall!.lift.value).toBe(first.revenue.overall!.lift.value);
    expect(other.revenue.overall!.lift.low).not.toBe(first.revenue.overall!.lift.low);
    expect(other.journeys).toEqual(first.journeys);
    expect(other.segments).toEqual(first.segments);
  });
});
