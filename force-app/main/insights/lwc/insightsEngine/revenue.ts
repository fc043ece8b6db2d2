/**
 * Engagement and revenue: closed-won amount per closed opportunity and win rate, for opportunities of engaged
 * accounts vs comparable non-engaged ones — matched on account type × size band (each stratum weighted by its
 * engaged opportunities), overall and per topic — with 95 % intervals from a seeded bootstrap over accounts.
 * An association: engaged accounts may differ in ways the matching does not capture.
 */
import { percentile, roundEstimate, seededRandom, twoSidedP, wilson } from './stats';
import type {
  AccountRow,
  InsightsInput,
  InsightsOptions,
  OpportunityRow,
  RevenueComparison,
  RevenueGroup,
  RevenueInsights
} from './types';

export const REVENUE_STATEMENT =
  'Association, not causation: engaged accounts are compared with non-engaged accounts of the same type and ' +
  'size, but they may differ in other ways (budget, relationship, timing). Intervals are 95 % bootstrap intervals.';

/** Size band of an account by employees (SMB < 200, Mid-Market < 2,000, Enterprise). */
export function sizeBand(employees: number | undefined): string {
  if (employees === undefined || !Number.isFinite(employees)) return 'Unknown';
  return employees < 200 ? 'SMB' : employees < 2000 ? 'Mid-Market' : 'Enterprise';
}

interface Opp {
  engaged: boolean;
  amount: number;
  won: boolean;
}

interface AccountOpps {
  id: string;
  stratum: string;
  opps: Opp[];
}

/**
 * Per-account totals in flat arrays, so a bootstrap resample costs one pass over account indices:
 * [engaged n, engaged won, engaged won amount, other n, other won, other won amount] per account.
 */
interface Packed {
  stratumOf: Int32Array;
  strata: number;
  totals: Float64Array;
}

function pack(accounts: AccountOpps[]): Packed {
  const stratumIndex = new Map<string, number>();
  const stratumOf = new Int32Array(accounts.length);
  const totals = new Float64Array(accounts.length * 6);
  accounts.forEach((a, i) => {
    let s = stratumIndex.get(a.stratum);
    if (s === undefined) stratumIndex.set(a.stratum, (s = stratumIndex.size));
    stratumOf[i] = s;
    for (const o of a.opps) {
      const at = i * 6 + (o.engaged ? 0 : 3);
      totals[at]++;
      if (o.won) {
        totals[at + 1]++;
        totals[at + 2] += o.amount;
      }
    }
  });
  return { stratumOf, strata: stratumIndex.size, totals };
}

interface Result {
  lift: number;
  winDiff: number;
}

/**
 * Matched comparison over the accounts at `indices` (with repeats in a bootstrap resample): per stratum, the
 * comparison's won amount per closed opportunity and win rate, weighted by the stratum's engaged opportunities.
 */
function compare(
  p: Packed,
  indices: ArrayLike<number>,
  sums = new Float64Array(p.strata * 6)
): Result | null {
  sums.fill(0);
  const { stratumOf, totals } = p;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const at = stratumOf[i]! * 6;
    const from = i * 6;
    sums[at] += totals[from]!;
    sums[at + 1] += totals[from + 1]!;
    sums[at + 2] += totals[from + 2]!;
    sums[at + 3] += totals[from + 3]!;
    sums[at + 4] += totals[from + 4]!;
    sums[at + 5] += totals[from + 5]!;
  }
  let weight = 0;
  let engagedAmount = 0;
  let comparisonAmount = 0;
  let engagedWin = 0;
  let comparisonWin = 0;
  for (let s = 0; s < p.strata; s++) {
    const eN = sums[s * 6]!;
    const cN = sums[s * 6 + 3]!;
    if (!eN || !cN) continue;
    weight += eN;
    engagedWin += sums[s * 6 + 1]!;
    engagedAmount += sums[s * 6 + 2]!;
    comparisonWin += (eN * sums[s * 6 + 4]!) / cN;
    comparisonAmount += (eN * sums[s * 6 + 5]!) / cN;
  }
  if (!weight || comparisonAmount <= 0) return null;
  return { lift: engagedAmount / comparisonAmount, winDiff: (engagedWin - comparisonWin) / weight };
}

function group(accounts: AccountOpps[], engaged: boolean): RevenueGroup {
  let opportunities = 0;
  let won = 0;
  let wonAmount = 0;
  let accountCount = 0;
  for (const a of accounts) {
    const mine = a.opps.filter((o) => o.engaged === engaged);
    if (mine.length) accountCount++;
    for (const o of mine) {
      opportunities++;
      if (o.won) {
        won++;
        wonAmount += o.amount;
      }
    }
  }
  return {
    accounts: accountCount,
    opportunities,
    won,
    winRate: roundEstimate(wilson(won, opportunities)),
    wonAmount: Math.round(wonAmount),
    wonAmountPerClosed: opportunities ? Math.round(wonAmount / opportunities) : 0
  };
}

/**
 * Stratified cluster bootstrap resamples: accounts drawn with replacement within each stratum. Drawn once and
 * shared by every comparison (all comparisons list the same accounts in the same order).
 */
function drawResamples(accounts: AccountOpps[], options: InsightsOptions): Int32Array[] {
  const stratumIndex = new Map<string, number[]>();
  accounts.forEach((a, i) => {
    const list = stratumIndex.get(a.stratum);
    if (list) list.push(i);
    else stratumIndex.set(a.stratum, [i]);
  });
  const members = [...stratumIndex.values()];
  const random = seededRandom(options.seed * 7919 + 17);
  const resamples: Int32Array[] = [];
  for (let b = 0; b < options.bootstrapResamples; b++) {
    const sample = new Int32Array(accounts.length);
    let k = 0;
    for (const list of members) {
      for (let i = 0; i < list.length; i++) sample[k++] = list[Math.floor(random() * list.length)]!;
    }
    resamples.push(sample);
  }
  return resamples;
}

function comparison(
  topic: string | null,
  accounts: AccountOpps[],
  resamples: Int32Array[],
  options: InsightsOptions,
  tests: number
): RevenueComparison | null {
  const packed = pack(accounts);
  const all = Int32Array.from(accounts, (_, i) => i);
  const point = compare(packed, all);
  if (!point) return null;
  const lifts: number[] = [];
  const diffs: number[] = [];
  const logs: number[] = [];
  const sums = new Float64Array(packed.strata * 6);
  for (const sample of resamples) {
    const r = compare(packed, sample, sums);
    if (!r) continue;
    lifts.push(r.lift);
    diffs.push(r.winDiff);
    if (r.lift > 0) logs.push(Math.log(r.lift));
  }
  lifts.sort((a, b) => a - b);
  diffs.sort((a, b) => a - b);
  const mean = logs.reduce((s, x) => s + x, 0) / Math.max(1, logs.length);
  const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, logs.length - 1));
  const pValue = point.lift > 0 && sd > 0 ? twoSidedP(Math.log(point.lift) / sd) : 1;
  const engaged = group(accounts, true);
  const other = group(accounts, false);
  const n = engaged.opportunities + other.opportunities;
  // Bonferroni-widened percentiles keep the stated interval consistent with the significance test.
  const tail = Math.min(0.025, options.alpha / 2 / Math.max(1, tests));
  const significant =
    pValue < options.alpha / Math.max(1, tests) &&
    percentile(lifts, tail) > 1 &&
    engaged.opportunities >= options.minObservations / 3 &&
    other.opportunities >= options.minObservations / 3;
  return {
    topic,
    engaged,
    comparison: other,
    lift: roundEstimate({
      value: point.lift,
      low: percentile(lifts, 0.025),
      high: percentile(lifts, 0.975),
      n
    }),
    winRateDifference: roundEstimate({
      value: point.winDiff,
      low: percentile(diffs, 0.025),
      high: percentile(diffs, 0.975),
      n
    }),
    pValue,
    significant
  };
}

export function revenueOf(
  input: InsightsInput,
  options: InsightsOptions,
  periodDays: number
): RevenueInsights {
  const from = input.periodStart;
  const to = input.asOf;
  const opps = input.opportunities.filter((o) => o.closeDate >= from && o.closeDate < to);
  const basis =
    opps.length && opps.every((o) => o.engagementBeforeClose !== undefined)
      ? 'engagement-before-close'
      : 'period-engagement';
  const accountById = new Map<string, AccountRow>(input.accounts.map((a) => [a.id, a]));
  // Fallback: the account's average events per 90 days over the period.
  const engagementOf = (o: OpportunityRow): number => {
    return basis === 'engagement-before-close'
      ? (o.engagementBeforeClose ?? 0)
      : ((accountById.get(o.accountId)?.events ?? 0) * 90) / Math.max(1, periodDays);
  };
  const topicEvents = new Map<string, Map<string, number>>();
  for (const t of input.accountTopics) {
    let m = topicEvents.get(t.topic);
    if (!m) topicEvents.set(t.topic, (m = new Map()));
    m.set(t.accountId, (m.get(t.accountId) ?? 0) + t.events);
  }
  // Every comparison lists the same accounts (those with a closed opportunity in the period) in the same order,
  // so they share one set of bootstrap resamples; an account whose opportunities a comparison leaves out adds
  // zeros to it.
  const accountIds = [...new Set(opps.map((o) => o.accountId))].sort();
  const strata = accountIds.map((accountId) => {
    const account = accountById.get(accountId);
    return `${account?.type ?? ''}\u0000${sizeBand(account?.employees)}`;
  });
  const build = (engagedIf: (o: OpportunityRow, engaged: boolean) => boolean | null): AccountOpps[] => {
    const list: AccountOpps[] = accountIds.map((id, i) => ({ id, stratum: strata[i]!, opps: [] }));
    const index = new Map(accountIds.map((id, i) => [id, i]));
    for (const o of opps) {
      const side = engagedIf(o, engagementOf(o) >= options.minEventsEngaged);
      if (side !== null)
        list[index.get(o.accountId)!]!.opps.push({ engaged: side, amount: o.amount, won: o.won });
    }
    return list;
  };
  const topics = [...topicEvents.keys()].sort();
  const tests = 1 + topics.length;
  const all = build((_, engaged) => engaged);
  const resamples = drawResamples(all, options);
  const overall = comparison(null, all, resamples, options, tests);
  const byTopic: RevenueComparison[] = [];
  for (const topic of topics) {
    const events = topicEvents.get(topic)!;
    // Engaged with the topic: engaged before close and the account engaged the topic in the period; the
    // comparison is the same non-engaged opportunities as overall.
    const accounts = build((o, engaged) => {
      if (!engaged) return false;
      return (events.get(o.accountId) ?? 0) >= options.minEventsEngaged ? true : null;
    });
    const c = comparison(topic, accounts, resamples, options, tests);
    if (c) byTopic.push(c);
  }
  byTopic.sort((a, b) => b.lift.value - a.lift.value || (a.topic ?? '').localeCompare(b.topic ?? ''));
  return {
    basis,
    minEventsEngaged: options.minEventsEngaged,
    overall,
    byTopic,
    statement: REVENUE_STATEMENT
  };
}
