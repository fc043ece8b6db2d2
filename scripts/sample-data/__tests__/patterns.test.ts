import { DAY_MS, generateDataset } from '../generate';
import { measurePatterns, plantedPattern, type PatternMeasurements } from '../measure';
import type { Dataset } from '../types';

/** Each planted pattern is measurably present in the default dataset (seed 42, scale 1). */
describe('planted patterns', () => {
  let dataset: Dataset;
  let m: PatternMeasurements;
  beforeAll(() => {
    dataset = generateDataset();
    m = measurePatterns(dataset);
  });

  it('documents six patterns, each with a description, metric and parameters', () => {
    expect(dataset.plantedPatterns.map((p) => p.id)).toEqual([
      'role-topic-affinity',
      'upgrade-fewer-version-cases',
      'quiet-accounts',
      'deck-drop-off',
      'engagement-revenue-lift',
      'surging-topic'
    ]);
    for (const p of dataset.plantedPatterns) {
      expect(p.description.length).toBeGreaterThan(40);
      expect(p.metric.length).toBeGreaterThan(40);
      expect(Object.keys(p.parameters).length).toBeGreaterThan(2);
    }
  });

  it('(1) IT Admins engage the Security topic about four times as much as other contacts', () => {
    const p = plantedPattern(dataset, 'role-topic-affinity').parameters;
    expect([p.roleGroup, p.topic]).toEqual(['IT Admin', 'Security']);
    expect(m.roleTopicAffinity.ratio).toBeGreaterThanOrEqual(p.expectedRatioAtLeast);
  });

  it('(2) accounts that completed the upgrade course open markedly fewer version cases', () => {
    const p = plantedPattern(dataset, 'upgrade-fewer-version-cases').parameters;
    expect(m.upgradeVersionCases.completedAccounts).toBeGreaterThanOrEqual(30);
    expect(m.upgradeVersionCases.completedAccounts).toBe(p.completedAccounts.length);
    expect(m.upgradeVersionCases.ratio).toBeLessThanOrEqual(p.expectedRateRatioAtMost);
  });

  it('(3) fifteen engaged accounts go quiet for six weeks, half of them with 2+ recent cases', () => {
    const p = plantedPattern(dataset, 'quiet-accounts').parameters;
    expect(p.accountIds).toHaveLength(15);
    expect(m.quietAccounts.eventsInQuietWindow).toBe(0);
    expect(m.quietAccounts.fewestEventsBefore).toBeGreaterThanOrEqual(10);
    expect(p.momentOfTruthAccountIds.length).toBeGreaterThanOrEqual(7);
    expect(p.momentOfTruthAccountIds.every((id) => p.accountIds.includes(id))).toBe(true);
    expect(m.quietAccounts.fewestRecentCasesOfMomentOfTruthAccounts).toBeGreaterThanOrEqual(
      p.momentOfTruthMinCases
    );
    // Most other engaged accounts are still active in the quiet window, so going quiet stands out.
    const asOf = Date.parse(dataset.generatedAt);
    const recent = new Set(
      dataset.events
        .filter((e) => e.Account__c && Date.parse(e.Occurred_At__c) >= asOf - p.quietDays * DAY_MS)
        .map((e) => e.Account__c)
    );
    const high = dataset.accounts.filter((a) => a.engagementLevel === 'High' && !p.accountIds.includes(a.Id));
    expect(high.filter((a) => recent.has(a.Id)).length / high.length).toBeGreaterThan(0.7);
  });

  it('(4) slide 7 of Analytics Deep Dive loses far more viewers than the other slides', () => {
    const p = plantedPattern(dataset, 'deck-drop-off').parameters;
    expect(p.sectionOrder).toBe(7);
    expect(m.deckDropOff.viewers).toBeGreaterThanOrEqual(50);
    expect(m.deckDropOff.dropOff).toBeGreaterThanOrEqual(p.expectedDropOffAtLeast);
    expect(m.deckDropOff.medianDropOffOtherSections).toBeLessThan(0.15);
  });

  it('(5) engagement before close lifts closed-won revenue per closed opportunity', () => {
    const p = plantedPattern(dataset, 'engagement-revenue-lift').parameters;
    expect(m.revenueLift.engagedClosed).toBeGreaterThanOrEqual(50);
    expect(m.revenueLift.otherClosed).toBeGreaterThanOrEqual(50);
    expect(m.revenueLift.lift).toBeGreaterThan(p.expectedLiftAtLeast);
    expect(m.revenueLift.winRateEngaged).toBeGreaterThan(m.revenueLift.winRateOther);
  });

  it('(6) the AI topic surges in the last month, more than any other topic', () => {
    const p = plantedPattern(dataset, 'surging-topic').parameters;
    expect(m.surgingTopic.surge).toBeGreaterThanOrEqual(p.expectedSurgeAtLeast);
    expect(m.surgingTopic.topSurgingTopic).toBe(p.topic);
    const others = Object.entries(m.surgingTopic.surgeByTopic).filter(([topic]) => topic !== p.topic);
    expect(Math.max(...others.map(([, v]) => v))).toBeLessThan(m.surgingTopic.surge / 1.5);
  });

  it('holds for other seeds too (smaller checks on seed 7)', () => {
    const other = measurePatterns(generateDataset({ seed: 7 }));
    expect(other.roleTopicAffinity.ratio).toBeGreaterThanOrEqual(3);
    expect(other.upgradeVersionCases.ratio).toBeLessThanOrEqual(0.5);
    expect(other.quietAccounts.eventsInQuietWindow).toBe(0);
    expect(other.deckDropOff.dropOff).toBeGreaterThanOrEqual(0.3);
    expect(other.revenueLift.lift).toBeGreaterThan(1.3);
    expect(other.surgingTopic.topSurgingTopic).toBe('AI');
  });
});
