import { generateDataset } from '../../sample-data/generate';
import type { Dataset, QuietAccountsPattern } from '../../sample-data/types';
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

const outcome = (accountId: string, rule: string) =>
  evaluation.accounts.get(accountId)!.outcomes.find((o) => o.rule.developerName === rule)!;

describe('the planted at-risk accounts', () => {
  it('the moment-of-truth accounts (quiet, long tenure, case spike) score Red and the case rule flags them', () => {
    expect(quiet.momentOfTruthAccountIds.length).toBeGreaterThan(0);
    for (const id of quiet.momentOfTruthAccountIds) {
      const account = evaluation.accounts.get(id)!;
      expect(account.band).toBe('Red');
      expect(outcome(id, 'Support_Case_Spike')).toMatchObject({ applies: true, band: 'Red' });
      expect(outcome(id, 'Support_Case_Spike').value).toBeGreaterThanOrEqual(2);
      expect(outcome(id, 'Support_Case_Spike').explanation).toContain('support cases in the last 30 days');
    }
  });

  it('every quiet account is flagged by the recency rule and is not Green', () => {
    for (const id of quiet.accountIds) {
      expect(outcome(id, 'No_Recent_Engagement').band).toBe('Red');
      expect(outcome(id, 'No_Recent_Engagement').value).toBeGreaterThanOrEqual(quiet.quietDays);
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
  it('the established-customer case rule does not apply to new customers; the new-customer rule does', () => {
    const newAccount = [...evaluation.accounts.values()].find((a) => a.tenureDays < 180)!;
    expect(outcome(newAccount.accountId, 'Support_Case_Spike')).toMatchObject({
      applies: false,
      band: null,
      weightUsed: 0
    });
    expect(outcome(newAccount.accountId, 'Support_Case_Spike_New').applies).toBe(true);
  });

  it('peer-relative rules compare with the median of the same tenure band and account type', () => {
    const account = [...evaluation.accounts.values()].find(
      (a) => outcome(a.accountId, 'Engagement_Below_Peers').compared !== null
    )!;
    const result = outcome(account.accountId, 'Engagement_Below_Peers');
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
    const up: HealthRuleDefinition = {
      developerName: 'x',
      label: 'x',
      active: true,
      metric: 'Cases_Opened',
      windowDays: 30,
      operator: 'Greater_Or_Equal',
      yellowThreshold: 1,
      redThreshold: 2
    };
    expect([0, 1, 2, 5].map((v) => bandOf(up, v))).toEqual(['Green', 'Yellow', 'Red', 'Red']);
    const down = { ...up, operator: 'Less_Than', yellowThreshold: 40, redThreshold: 20 };
    expect([80, 30, 10].map((v) => bandOf(down, v))).toEqual(['Green', 'Yellow', 'Red']);
    expect([75, 74, 50, 49].map(scoreBandOf)).toEqual(['Green', 'Yellow', 'Yellow', 'Red']);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('invalid rules', () => {
  it('are skipped and reported while the others still run', () => {
    const broken: HealthRuleDefinition = {
      developerName: 'Broken',
      label: 'Broken',
      active: true,
      metric: 'Nonsense',
      operator: 'Sideways'
    };
    const result = evaluate(buildIndex(dataset), [...DEFAULT_RULES, broken], now);
    expect(result.invalid).toHaveLength(1);
    expect(result.invalid[0]!.errors.join(' ')).toMatch(/Metric "Nonsense"/);
    expect(result.rules.map((r) => r.developerName)).toEqual(evaluation.rules.map((r) => r.developerName));
    expect(result.accounts.get(quiet.momentOfTruthAccountIds[0]!)!.score).toBe(
      evaluation.accounts.get(quiet.momentOfTruthAccountIds[0]!)!.score
    );
  });

  it('validation names each problem in a sentence; the defaults are valid', () => {
    for (const rule of DEFAULT_RULES) expect(validateRule(rule).errors).toEqual([]);
    const { errors } = validateRule({
      developerName: 'x',
      label: 'x',
      active: true,
      metric: 'Cases_Opened',
      operator: 'Greater_Than',
      segmentField: 'Industry'
    });
    expect(errors).toEqual([
      'The rule has no red threshold, so it can never flag an account.',
      'Support cases opened is measured over a window: set Window (Days) to a number above 0.',
      'Segment Field and Segment Value go together: set both or neither.'
    ]);
  });

  it('inactive rules are not evaluated', () => {
    expect(evaluation.rules.some((r) => r.developerName === 'Closed_Won_Trend_Down')).toBe(false);
  });
});
