import { generateDataset } from '../../sample-data/generate';
import type { Dataset, QuietAccountsPattern } from '../../sample-data/types';
import { healthReport } from '../health-report';
import {
  DEFAULT_RULES,
  attentionOrder,
  bandOf,
  buildIndex,
  evaluate,
  median,
  scoreBandOf,
  validateRule,
  type Evaluation,
  type HealthRuleDefinition
} from '../health-evaluation';

let dataset: Dataset;
let now: Date;
let evaluation: Evaluation;
let quiet: QuietAccountsPattern['parameters'];

beforeAll(() => {
  dataset = generateDataset({});
  now = new Date(dataset.generatedAt);
  evaluation = evaluate(buildIndex(dataset), DEFAULT_RULES, now);
  quiet = (dataset.plantedPatterns.find((p) => p.id === 'quiet-accounts') as QuietAccountsPattern).parameters;
});

const PEERS: HealthRuleDefinition = {
  ...DEFAULT_RULES.find((r) => r.developerName === 'Engagement_Below_Peers')!,
  active: true
};
/** A valid rule to vary. */
const base: HealthRuleDefinition = { ...DEFAULT_RULES[0]!, developerName: 'x', label: 'x' };
const broken = (fields: Record<string, unknown>): HealthRuleDefinition =>
  ({ ...base, ...fields }) as unknown as HealthRuleDefinition;

const outcome = (accountId: string, rule: string) =>
  evaluation.accounts.get(accountId)!.outcomes.find((o) => o.rule.developerName === rule)!;

describe('alerts by exception (the default rules on the sample data)', () => {
  it.each([42, 7])(
    'seed %i: Red is a small exception, yet every planted at-risk account is flagged',
    (seed) => {
      const data = seed === 42 ? dataset : generateDataset({ seed });
      const result =
        seed === 42 ? evaluation : evaluate(buildIndex(data), DEFAULT_RULES, new Date(data.generatedAt));
      const report = healthReport(data, result);
      expect(report.bands.Red).toBeLessThanOrEqual(0.15 * report.accounts);
      expect(report.bands.Green).toBeGreaterThan(report.accounts / 2);
      expect(report.momentOfTruth.bandRed.found).toBe(report.momentOfTruth.bandRed.of);
      expect(report.momentOfTruth.flagged.found).toBe(report.momentOfTruth.flagged.of);
      expect(report.quiet.flagged.found).toBe(report.quiet.flagged.of);
      expect(report.quiet.notGreen.found).toBeGreaterThanOrEqual(0.9 * report.quiet.notGreen.of);
      // The case rule alone stays an exception: 3+ cases in 30 days.
      expect(report.redByRule.Cases_After_Onboarding ?? 0).toBeLessThanOrEqual(0.1 * report.accounts);
    }
  );

  it('never engaging is missing data for the recency rule, not a red flag', () => {
    const silent = [...buildIndex(dataset).accounts.values()].filter((d) => d.engagements.length === 0);
    expect(silent.length).toBeGreaterThan(10);
    for (const { account } of silent) {
      expect(outcome(account.Id, 'No_Recent_Engagement')).toMatchObject({
        applies: true,
        missingData: true,
        band: null,
        weightUsed: 0
      });
    }
    // The inactive No_Engagement rule, switched on, is the one that flags them.
    const noEngagement = { ...DEFAULT_RULES.find((r) => r.developerName === 'No_Engagement')!, active: true };
    expect(DEFAULT_RULES.find((r) => r.developerName === 'No_Engagement')!.active).toBe(false);
    const withIt = evaluate(buildIndex(dataset), [noEngagement], now);
    const old = silent.filter(({ account }) => withIt.accounts.get(account.Id)!.tenureDays >= 90);
    expect(old.length).toBeGreaterThan(0);
    for (const { account } of old)
      expect(withIt.accounts.get(account.Id)!.outcomes[0]).toMatchObject({ band: 'Red', value: 0 });
  });
});

describe('the planted at-risk accounts', () => {
  it('the moment-of-truth accounts (quiet, long tenure, case spike) score Red; 3+ cases is red on the case rule', () => {
    expect(quiet.momentOfTruthAccountIds.length).toBeGreaterThan(0);
    const outcomes = quiet.momentOfTruthAccountIds.map((id) => ({
      band: evaluation.accounts.get(id)!.band,
      cases: outcome(id, 'Cases_After_Onboarding'),
      recency: outcome(id, 'No_Recent_Engagement')
    }));
    for (const { band, cases, recency } of outcomes) {
      expect(band).toBe('Red');
      expect(cases.applies).toBe(true);
      expect(cases.value).toBeGreaterThanOrEqual(2);
      // Two cases are Yellow, three Red; every one of them also went quiet (red), which makes two cases Red overall.
      expect(cases.band).toBe(cases.value! >= 3 ? 'Red' : 'Yellow');
      expect(recency.band).toBe('Red');
    }
    const spiked = outcomes.filter((o) => o.cases.band === 'Red');
    expect(spiked.length).toBeGreaterThan(0);
    for (const { cases } of spiked) expect(cases.explanation).toContain('support cases in the last 30 days');
  });

  it('every quiet account is flagged by the recency rule and is not Green', () => {
    for (const id of quiet.accountIds) {
      expect(outcome(id, 'No_Recent_Engagement').band).toBe('Red');
      expect(outcome(id, 'No_Recent_Engagement').value).toBeGreaterThanOrEqual(quiet.quietDays);
      expect(outcome(id, 'No_Recent_Engagement').explanation).toMatch(/went quiet/);
      expect(evaluation.accounts.get(id)!.band).not.toBe('Green');
    }
  });

  it('the moment-of-truth accounts come before every Yellow and Green account in attention order', () => {
    const order = [...evaluation.accounts.values()].sort(attentionOrder);
    const lastPlanted = Math.max(
      ...quiet.momentOfTruthAccountIds.map((id) => order.findIndex((a) => a.accountId === id))
    );
    expect(order.slice(0, lastPlanted + 1).every((a) => a.band === 'Red')).toBe(true);
  });
});

describe('rules in context', () => {
  it('the case rule (customers older than 180 days) does not apply to new customers', () => {
    const newAccount = [...evaluation.accounts.values()].find((a) => a.tenureDays < 180)!;
    expect(outcome(newAccount.accountId, 'Cases_After_Onboarding')).toMatchObject({
      applies: false,
      band: null,
      weightUsed: 0
    });
    expect(outcome(newAccount.accountId, 'Cases_After_Onboarding').explanation).toMatch(/^Does not apply/);
  });

  it('peer-relative rules compare with the median of the same tenure band and account type', () => {
    const peers = evaluate(buildIndex(dataset), [PEERS], now);
    const account = [...peers.accounts.values()].find((a) => a.outcomes[0]!.compared !== null)!;
    const result = account.outcomes[0]!;
    const record = dataset.accounts.find((a) => a.Id === account.accountId)!;
    expect(result.peerSegment).toBe(`${account.tenureBand} · ${record.Type}`);
    expect(result.compared).toBeCloseTo(result.value! / result.peerMedian!, 2);
  });
});

describe('scores', () => {
  it('weights are normalised over the rules with data; missing data redistributes weight', () => {
    for (const account of evaluation.accounts.values()) {
      const counted = account.outcomes.filter((o) => o.band !== null);
      if (!counted.length) continue;
      expect(counted.reduce((s, o) => s + o.weightUsed, 0)).toBeCloseTo(1, 3);
      expect(account.outcomes.filter((o) => o.missingData).every((o) => o.weightUsed === 0)).toBe(true);
      expect(Math.abs(account.score! - counted.reduce((s, o) => s + o.points, 0))).toBeLessThanOrEqual(0.5);
      expect(account.band).toBe(scoreBandOf(account.score!));
    }
    const withMissing = [...evaluation.accounts.values()].find((a) => a.outcomes.some((o) => o.missingData))!;
    expect(withMissing.outcomes.find((o) => o.missingData)!.explanation).toContain(
      'weight went to the other rules'
    );
  });

  it('bands: red threshold first, then yellow, for both directions', () => {
    const up: HealthRuleDefinition = { ...base, operator: 'Greater_Or_Equal', yellow: 1, red: 2 };
    expect([0, 1, 2, 5].map((v) => bandOf(up, v))).toEqual(['Green', 'Yellow', 'Red', 'Red']);
    const down: HealthRuleDefinition = { ...up, operator: 'Less_Than', yellow: 40, red: 20 };
    expect([80, 30, 10].map((v) => bandOf(down, v))).toEqual(['Green', 'Yellow', 'Red']);
    expect([70, 69.99, 40, 39.99].map(scoreBandOf)).toEqual(['Green', 'Yellow', 'Yellow', 'Red']);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('invalid rules', () => {
  it('are skipped and reported while the others still run', () => {
    const invalid = broken({ developerName: 'Broken', metric: 'Nonsense', operator: 'Sideways' });
    const result = evaluate(buildIndex(dataset), [...evaluation.rules, invalid], now);
    expect(result.invalid).toHaveLength(1);
    expect(result.invalid[0]!.errors.join(' ')).toMatch(/Metric "Nonsense"/);
    expect(result.rules.map((r) => r.developerName)).toEqual(evaluation.rules.map((r) => r.developerName));
    expect(result.accounts.get(quiet.momentOfTruthAccountIds[0]!)!.score).toBe(
      evaluation.accounts.get(quiet.momentOfTruthAccountIds[0]!)!.score
    );
  });

  it('validation names each problem in a sentence; the defaults are valid', () => {
    for (const rule of DEFAULT_RULES) expect(validateRule(rule).errors).toEqual([]);
    const { errors } = validateRule(
      broken({ red: undefined, windowDays: undefined, segmentField: 'Industry', segmentValue: undefined })
    );
    expect(errors).toEqual([
      'The rule has no red threshold, so it can never flag an account.',
      'Support cases opened is measured over a window: set Window (Days) to a number above 0.',
      'Segment Field and Segment Value go together: set both or neither.'
    ]);
  });

  it('inactive rules are not evaluated', () => {
    const inactive = DEFAULT_RULES.filter((r) => !r.active);
    expect(inactive.length).toBeGreaterThan(0);
    for (const rule of inactive)
      expect(evaluation.rules.some((r) => r.developerName === rule.developerName)).toBe(false);
  });

  it('peer-relative comparison is refused on metrics that are already ratios', () => {
    expect(
      validateRule(broken({ metric: 'Engaged_Contacts_Change', comparison: 'Peer_Relative' })).errors
    ).toEqual([
      'Engaged contacts vs previous period is already a ratio: it cannot be compared with peers as well.'
    ]);
  });
});
