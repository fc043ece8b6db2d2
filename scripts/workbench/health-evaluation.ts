/**
 * The customer-health evaluation in TypeScript, over the sample dataset: the same rules (`Health_Alert_Rule__mdt`
 * records, declared as TypeScript) and the same semantics as the Apex engine, so the workbench's monitor and rule
 * console show what the org would. Pure: no clock (the caller passes "now"), no I/O.
 *
 * Semantics (kept in step with the Apex health service):
 * - A rule measures one metric per account over its window (days back from now) and compares it with its red,
 *   then yellow threshold by its operator: Red when the value compares to the red threshold, else Yellow when it
 *   compares to the yellow one, else Green.
 * - Peer-relative rules compare the value divided by the median of the account's segment (same tenure band and
 *   account type); their thresholds are ratios (0.5 = half the median). A segment median of 0 is missing data.
 * - A rule applies to an account when its segment filter (tenure band, minimum tenure, account type, any account
 *   field value) matches. A rule that applies but has no data (e.g. no previous quarter to compare with) is
 *   missing data: its weight goes to the other rules.
 * - Score = Σ weight × points / Σ weight over the rules that apply and have data (Green 100, Yellow 50, Red 0);
 *   band Green from 70, Yellow from 40, else Red. No counted rule: not scored.
 * - Days_Since_Engagement judges accounts that went quiet, not those that never engaged: it is the days since the
 *   latest engagement in the window, and an account without engagement in the window is missing data.
 * - An invalid rule (see `validateRule`) is skipped and reported; the others still run.
 */
import { isView } from '../sample-data/activities';
import {
  compare,
  defaultHealthRules,
  healthScore,
  ruleBand,
  scoreBand,
  RULE_POINTS,
  type HealthRuleRecord
} from '../schema/health-rules';
import type {
  Dataset,
  DatasetAccount,
  DatasetCase,
  DatasetEvent,
  DatasetOpportunity,
  TenureBand
} from '../sample-data/types';

export type Band = 'Green' | 'Yellow' | 'Red';
export type Operator = 'Greater_Than' | 'Greater_Or_Equal' | 'Less_Than' | 'Less_Or_Equal';
export type Severity = 'Info' | 'Warning' | 'Critical';
export type RuleAction = 'Alert' | 'Notify' | 'Task';
export type MetricUnit = 'count' | 'days' | 'percent' | 'currency' | 'ratio' | 'number';

/** One `Health_Alert_Rule__mdt` record, as the engine declares them (scripts/schema/health-rules.ts). */
export type HealthRuleDefinition = HealthRuleRecord;

interface MetricInfo {
  label: string;
  unit: MetricUnit;
  /** Needs a window. */
  windowed: boolean;
  /** Phrase for explanations: "{value} <phrase>". */
  phrase: string;
}

export const METRICS: Record<string, MetricInfo> = {
  Cases_Opened: { label: 'Support cases opened', unit: 'count', windowed: true, phrase: 'cases opened' },
  Days_Since_Engagement: {
    label: 'Days since last engagement',
    unit: 'days',
    windowed: false,
    phrase: 'days since the last engagement'
  },
  Engagement_Events: {
    label: 'Engagement events',
    unit: 'count',
    windowed: true,
    phrase: 'engagement events'
  },
  Engagement_Score: {
    label: 'Engagement score',
    unit: 'number',
    windowed: false,
    phrase: 'engagement score'
  },
  Engaged_Contacts: {
    label: 'Engaged contacts',
    unit: 'count',
    windowed: true,
    phrase: 'contacts engaged'
  },
  Engaged_Contacts_Change: {
    label: 'Engaged contacts vs previous period',
    unit: 'ratio',
    windowed: true,
    phrase: 'engaged contacts compared with the period before'
  },
  Course_Completion: {
    label: 'Course completion',
    unit: 'percent',
    windowed: true,
    phrase: 'of started courses completed'
  },
  Courses_Completed: {
    label: 'Courses completed',
    unit: 'count',
    windowed: true,
    phrase: 'courses completed'
  },
  Closed_Won_Amount: {
    label: 'Closed won amount',
    unit: 'currency',
    windowed: true,
    phrase: 'closed won'
  },
  Closed_Won_Change: {
    label: 'Closed won vs previous period',
    unit: 'ratio',
    windowed: true,
    phrase: 'closed won compared with the period before'
  },
  Account_Field: { label: 'Account field', unit: 'number', windowed: false, phrase: '' }
};

export const OPERATORS: Record<Operator, { symbol: string; words: string }> = {
  Greater_Than: { symbol: '>', words: 'above' },
  Greater_Or_Equal: { symbol: '≥', words: 'at or above' },
  Less_Than: { symbol: '<', words: 'below' },
  Less_Or_Equal: { symbol: '≤', words: 'at or below' }
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The package's default rules (the engine's declaration, generated into custom metadata records). */
export const DEFAULT_RULES: readonly HealthRuleDefinition[] = defaultHealthRules;

// ----------------------------------------------------------------------------------------------- validation

const TENURE_BANDS = new Set(['Any', 'New', 'Established', 'Mature']);

/** Why a rule cannot run (errors) and what looks odd (warnings). */
export function validateRule(rule: HealthRuleDefinition): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const metric = METRICS[rule.metric];
  if (!metric) errors.push(`Metric "${rule.metric}" is not one the health monitor knows.`);
  if (rule.metric === 'Account_Field' && !rule.metricField)
    errors.push('The Account Field metric needs the API name of a numeric account field.');
  if (!rule.operator || !(rule.operator in OPERATORS))
    errors.push(
      `Operator "${rule.operator ?? ''}" is not valid: use Greater Than, Greater Or Equal, Less Than or Less Or Equal.`
    );
  if (typeof rule.red !== 'number' || Number.isNaN(rule.red))
    errors.push('The rule has no red threshold, so it can never flag an account.');
  if (rule.comparison === 'Peer_Relative' && rule.metric.endsWith('_Change'))
    errors.push(
      `${metric?.label ?? rule.metric} is already a ratio: it cannot be compared with peers as well.`
    );
  // Days since engagement looks for engagement in the window (not "windowed" only in how explanations read).
  const needsWindow = metric?.windowed || rule.metric === 'Days_Since_Engagement';
  if (metric && needsWindow && !(rule.windowDays && rule.windowDays > 0))
    errors.push(`${metric.label} is measured over a window: set Window (Days) to a number above 0.`);
  if (rule.weight !== undefined && rule.weight !== null && rule.weight < 0)
    errors.push('Weight cannot be negative.');
  if (rule.tenureBand && !TENURE_BANDS.has(rule.tenureBand))
    errors.push(`Tenure band "${rule.tenureBand}" is not New, Established, Mature or Any.`);
  if ((rule.segmentField && !rule.segmentValue) || (!rule.segmentField && rule.segmentValue))
    errors.push('Segment Field and Segment Value go together: set both or neither.');
  if (errors.length === 0 && typeof rule.yellow === 'number' && rule.operator) {
    const higherIsWorse = rule.operator.startsWith('Greater');
    if (higherIsWorse ? rule.yellow > rule.red : rule.yellow < rule.red)
      warnings.push('The yellow threshold lies beyond the red one, so no account can be yellow.');
  }
  if (rule.weight === 0) warnings.push('Weight 0: the rule raises alerts but does not count in the score.');
  return { errors, warnings };
}

// --------------------------------------------------------------------------------------------------- index

interface AccountData {
  account: DatasetAccount;
  /** View/Present/Return times (ms), ascending, with the contact. */
  views: { at: number; contact?: string }[];
  /** Complete events (ms) per contact × course. */
  completes: { at: number; key: string }[];
  /** Views and Completes per contact × course (ms). */
  touches: { at: number; key: string }[];
  /** Engagement events of any type (ms), ascending. */
  engagements: number[];
  cases: number[];
  wins: { at: number; amount: number }[];
}

/** The dataset indexed per account, once, for every evaluation over it. */
export interface HealthIndex {
  dataset: Dataset;
  accounts: Map<string, AccountData>;
  userNames: Map<string, string>;
}

export function buildIndex(dataset: Dataset): HealthIndex {
  const accounts = new Map<string, AccountData>();
  for (const account of dataset.accounts)
    accounts.set(account.Id, {
      account,
      views: [],
      completes: [],
      touches: [],
      engagements: [],
      cases: [],
      wins: []
    });
  for (const event of dataset.events as DatasetEvent[]) {
    const data = event.Account__c ? accounts.get(event.Account__c) : undefined;
    if (!data) continue;
    const at = Date.parse(event.Occurred_At__c);
    const key = `${event.Contact__c ?? ''}:${event.Course__c}`;
    data.engagements.push(at);
    if (isView(event)) {
      data.views.push({ at, contact: event.Contact__c });
      data.touches.push({ at, key });
    } else if (event.Type__c === 'Complete') {
      data.completes.push({ at, key });
      data.touches.push({ at, key });
    }
  }
  for (const c of dataset.cases as DatasetCase[])
    accounts.get(c.AccountId)?.cases.push(Date.parse(c.CreatedDate));
  for (const o of dataset.opportunities as DatasetOpportunity[]) {
    if (o.StageName === 'Closed Won')
      accounts.get(o.AccountId)?.wins.push({ at: Date.parse(`${o.CloseDate}T00:00:00Z`), amount: o.Amount });
  }
  for (const data of accounts.values()) {
    data.views.sort((a, b) => a.at - b.at);
    data.engagements.sort((a, b) => a - b);
  }
  return { dataset, accounts, userNames: new Map(dataset.users.map((u) => [u.Id, u.Name])) };
}

export function tenureDaysOf(account: DatasetAccount, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(account.CreatedDate)) / DAY_MS);
}

export function tenureBandOf(days: number): TenureBand {
  return days < 180 ? 'New' : days < 730 ? 'Established' : 'Mature';
}

// ------------------------------------------------------------------------------------------------- metrics

const inRange = (at: number, from: number, to: number): boolean => at >= from && at < to;

/** The raw value of a rule's metric for an account at `now` (null: no data). */
export function measure(rule: HealthRuleDefinition, data: AccountData, now: Date): number | null {
  const to = now.getTime();
  const window = (rule.windowDays ?? 0) * DAY_MS;
  const from = to - window;
  const views = data.views.filter((v) => v.at < to);
  switch (rule.metric) {
    case 'Cases_Opened':
      return data.cases.filter((at) => inRange(at, from, to)).length;
    case 'Days_Since_Engagement': {
      // "Went quiet", not "never engaged": days since the latest engagement in the window. An account without
      // engagement in the window has nothing to go quiet from: missing data (the inactive No_Engagement rule covers
      // accounts that do not engage).
      const last = data.engagements.filter((at) => at < to).at(-1);
      return last !== undefined && last >= from ? Math.floor((to - last) / DAY_MS) : null;
    }
    case 'Engagement_Events':
      return data.engagements.filter((at) => inRange(at, from, to)).length;
    case 'Engagement_Score': {
      // Account.Entatio_Engagement_Score__c: not in the sample data (missing data).
      const value = (data.account as unknown as Record<string, unknown>).Entatio_Engagement_Score__c;
      return typeof value === 'number' ? value : null;
    }
    case 'Engaged_Contacts':
      return new Set(views.filter((v) => v.at >= from && v.contact).map((v) => v.contact)).size;
    case 'Engaged_Contacts_Change': {
      const now = new Set(views.filter((v) => v.at >= from && v.contact).map((v) => v.contact)).size;
      const before = new Set(
        views.filter((v) => inRange(v.at, from - window, from) && v.contact).map((v) => v.contact)
      ).size;
      return before === 0 ? null : round(now / before, 2);
    }
    case 'Course_Completion': {
      // Contact × course pairs with a Complete in the window ÷ pairs with any view or Complete in it.
      const pairs = new Set(data.touches.filter((t) => inRange(t.at, from, to)).map((t) => t.key));
      if (pairs.size === 0) return null;
      const completed = new Set(data.completes.filter((c) => inRange(c.at, from, to)).map((c) => c.key)).size;
      return round((100 * completed) / pairs.size, 2);
    }
    case 'Courses_Completed':
      return new Set(data.completes.filter((c) => inRange(c.at, from, to)).map((c) => c.key)).size;
    case 'Closed_Won_Amount':
      return data.wins.filter((w) => inRange(w.at, from, to)).reduce((sum, w) => sum + w.amount, 0);
    case 'Closed_Won_Change': {
      const sum = (a: number, b: number): number =>
        data.wins.filter((w) => inRange(w.at, a, b)).reduce((s, w) => s + w.amount, 0);
      const before = sum(from - window, from);
      return before === 0 ? null : round(sum(from, to) / before, 2);
    }
    case 'Account_Field': {
      const value = (data.account as unknown as Record<string, unknown>)[rule.metricField ?? ''];
      return typeof value === 'number' ? value : null;
    }
    default:
      return null;
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Band of a rule result (the engine's `ruleBand`). */
export const bandOf = (rule: HealthRuleDefinition, compared: number): Band => ruleBand(rule, compared);
/** Band of a 0–100 score (the engine's `scoreBand`). */
export const scoreBandOf = (score: number): Band => scoreBand(score);
export { compare, RULE_POINTS };

function appliesTo(rule: HealthRuleDefinition, account: DatasetAccount, tenureDays: number): boolean {
  if (rule.tenureBand && rule.tenureBand !== 'Any' && tenureBandOf(tenureDays) !== rule.tenureBand)
    return false;
  if (rule.minTenureDays !== undefined && tenureDays < rule.minTenureDays) return false;
  if (rule.accountType && account.Type !== rule.accountType) return false;
  if (rule.segmentField) {
    const value = (account as unknown as Record<string, unknown>)[rule.segmentField];
    if (String(value ?? '') !== rule.segmentValue) return false;
  }
  return true;
}

export const segmentOf = (account: DatasetAccount, tenureDays: number): string =>
  `${tenureBandOf(tenureDays)} · ${account.Type}`;

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ---------------------------------------------------------------------------------------------- evaluation

/** One rule's result for one account. */
export interface RuleOutcome {
  rule: HealthRuleDefinition;
  applies: boolean;
  /** The metric's value (null: missing data or not applicable). */
  value: number | null;
  /** Peer-relative rules: the segment median and the value ÷ median that was compared. */
  peerMedian: number | null;
  peerSegment: string | null;
  compared: number | null;
  band: Band | null;
  /** The threshold of the band reached (red, or yellow), else the yellow one (the next one to watch). */
  threshold: number | null;
  missingData: boolean;
  weight: number;
  /** After normalisation and redistribution: 0–1. */
  weightUsed: number;
  points: number;
  explanation: string;
}

export interface AccountEvaluation {
  accountId: string;
  accountName: string;
  tenureDays: number;
  tenureBand: TenureBand;
  score: number | null;
  band: Band | null;
  outcomes: RuleOutcome[];
}

export interface Evaluation {
  at: Date;
  accounts: Map<string, AccountEvaluation>;
  /** Valid active rules evaluated. */
  rules: HealthRuleDefinition[];
  /** Active rules skipped as invalid, with the reasons. */
  invalid: { rule: HealthRuleDefinition; errors: string[] }[];
}

const weightOf = (rule: HealthRuleDefinition): number =>
  rule.weight === undefined || rule.weight === null ? 1 : rule.weight;

/** Formats a value for explanations. */
export function formatValue(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'percent':
      return `${round(value, 0)}%`;
    case 'currency':
      return `$${Math.round(value).toLocaleString('en-US')}`;
    case 'ratio':
      return `${round(value * 100, 0)}%`;
    default:
      return round(value, 2).toLocaleString('en-US');
  }
}

function explain(
  o: Omit<RuleOutcome, 'explanation' | 'weightUsed' | 'points'>,
  account: DatasetAccount
): string {
  const { rule } = o;
  const info = METRICS[rule.metric]!;
  if (!o.applies) return `Does not apply: ${segmentText(rule)}.`;
  if (o.missingData || o.value === null)
    return `No data for ${info.label.toLowerCase()}${rule.windowDays ? ` in the last ${rule.windowDays} days` : ''}; its weight went to the other rules.`;
  const window = rule.windowDays ?? 0;
  if (o.band === 'Red' && rule.explanationTemplate) {
    return rule.explanationTemplate
      .replaceAll('{value}', formatValue(o.value, info.unit))
      .replaceAll(
        '{threshold}',
        o.threshold === null
          ? ''
          : formatValue(o.threshold, rule.comparison === 'Peer_Relative' ? 'ratio' : info.unit)
      )
      .replaceAll('{window}', String(window))
      .replaceAll('{account}', account.Name);
  }
  const op = OPERATORS[rule.operator as Operator];
  const measured =
    rule.metric === 'Account_Field'
      ? `${rule.metricField} is ${formatValue(o.value, 'number')}`
      : `${formatValue(o.value, info.unit)} ${info.phrase}${window && info.windowed ? ` in the last ${window} days` : ''}`;
  if (rule.comparison === 'Peer_Relative' && o.peerMedian !== null && o.compared !== null) {
    const ratio = `${formatValue(o.compared, 'ratio')} of the median of similar customers (${formatValue(o.peerMedian, info.unit)}, ${o.peerSegment})`;
    const limit =
      o.band === 'Green'
        ? ''
        : `; ${o.band!.toLowerCase()} ${op.words} ${formatValue(o.threshold!, 'ratio')}`;
    return `${capitalise(measured)}: ${ratio}${limit}.`;
  }
  if (o.band === 'Green') {
    const watch = rule.yellow;
    return `${capitalise(measured)}: healthy${watch !== undefined ? ` (yellow ${op.words} ${formatValue(watch, info.unit)})` : ''}.`;
  }
  return `${capitalise(measured)}: ${o.band!.toLowerCase()} ${op.words} ${formatValue(o.threshold!, info.unit)}${segmentSuffix(rule)}.`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The rule's segment in words, e.g. "customers of at least 180 days". */
export function segmentText(rule: HealthRuleDefinition): string {
  const parts: string[] = [];
  if (rule.tenureBand && rule.tenureBand !== 'Any') parts.push(`${rule.tenureBand} customers`);
  if (rule.minTenureDays) parts.push(`customers of at least ${rule.minTenureDays} days`);
  if (rule.accountType) parts.push(`account type ${rule.accountType}`);
  if (rule.segmentField) parts.push(`${rule.segmentField} = ${rule.segmentValue}`);
  return parts.length ? `only for ${parts.join(', ')}` : 'every account';
}

const segmentSuffix = (rule: HealthRuleDefinition): string => {
  const text = segmentText(rule);
  return text === 'every account' ? '' : ` (${text.replace(/^only /, '')})`;
};

/** Evaluates the active, valid rules for every account of the index at `now`. */
export function evaluate(index: HealthIndex, rules: readonly HealthRuleDefinition[], now: Date): Evaluation {
  const valid: HealthRuleDefinition[] = [];
  const invalid: Evaluation['invalid'] = [];
  for (const rule of rules) {
    if (!rule.active) continue;
    const { errors } = validateRule(rule);
    if (errors.length) invalid.push({ rule, errors });
    else valid.push(rule);
  }
  const accounts = new Map<string, AccountEvaluation>();
  const tenure = new Map<string, number>();
  for (const [id, data] of index.accounts) tenure.set(id, tenureDaysOf(data.account, now));

  // Per rule: values for all accounts (peer medians need the segment's values first).
  const results = new Map<string, RuleOutcome[]>();
  for (const rule of valid) {
    const values = new Map<string, number | null>();
    const bySegment = new Map<string, number[]>();
    for (const [id, data] of index.accounts) {
      const value = measure(rule, data, now);
      values.set(id, value);
      if (rule.comparison === 'Peer_Relative' && value !== null) {
        const segment = segmentOf(data.account, tenure.get(id)!);
        bySegment.set(segment, [...(bySegment.get(segment) ?? []), value]);
      }
    }
    const medians = new Map([...bySegment].map(([segment, list]) => [segment, median(list)]));
    for (const [id, data] of index.accounts) {
      const days = tenure.get(id)!;
      const applies = appliesTo(rule, data.account, days);
      const value = applies ? values.get(id)! : null;
      const segment = rule.comparison === 'Peer_Relative' ? segmentOf(data.account, days) : null;
      const peerMedian = segment ? (medians.get(segment) ?? null) : null;
      let compared: number | null = value;
      if (rule.comparison === 'Peer_Relative')
        compared = value === null || !peerMedian ? null : round(value / peerMedian, 2);
      const missingData = applies && compared === null;
      const band = compared === null ? null : bandOf(rule, compared);
      const threshold = band === 'Red' ? rule.red : rule.yellow;
      const partial = {
        rule,
        applies,
        value,
        peerMedian,
        peerSegment: segment,
        compared,
        band,
        threshold,
        missingData,
        weight: weightOf(rule)
      };
      const outcome: RuleOutcome = {
        ...partial,
        weightUsed: 0,
        points: 0,
        explanation: explain(partial, data.account)
      };
      results.set(id, [...(results.get(id) ?? []), outcome]);
    }
  }

  for (const [id, data] of index.accounts) {
    const outcomes = results.get(id) ?? [];
    const counted = outcomes.filter((o) => o.band !== null && o.weight > 0);
    const total = counted.reduce((sum, o) => sum + o.weight, 0);
    for (const o of counted) {
      o.weightUsed = round(o.weight / total, 4);
      o.points = round((o.weight / total) * RULE_POINTS[o.band!], 2);
    }
    const score = healthScore(counted.map((o) => ({ weight: o.weight, band: o.band! }))) ?? null;
    const days = tenure.get(id)!;
    accounts.set(id, {
      accountId: id,
      accountName: data.account.Name,
      tenureDays: days,
      tenureBand: tenureBandOf(days),
      score,
      band: score === null ? null : scoreBandOf(score),
      outcomes
    });
  }
  return { at: now, accounts, rules: valid, invalid };
}

/** Worst first: Red, Yellow, Green, not scored; then lower score; then name. */
export function attentionOrder(a: AccountEvaluation, b: AccountEvaluation): number {
  const rank = (band: Band | null): number =>
    band === 'Red' ? 0 : band === 'Yellow' ? 1 : band === 'Green' ? 2 : 3;
  return (
    rank(a.band) - rank(b.band) ||
    (a.score ?? 101) - (b.score ?? 101) ||
    a.accountName.localeCompare(b.accountName)
  );
}

/** The account's worst rule result (red first, then fewest points relative to weight), for a one-line reason. */
export function worstOutcome(evaluation: AccountEvaluation): RuleOutcome | undefined {
  const rank = (o: RuleOutcome): number => (o.band === 'Red' ? 0 : o.band === 'Yellow' ? 1 : 2);
  return evaluation.outcomes
    .filter((o) => o.band !== null)
    .sort((a, b) => rank(a) - rank(b) || b.weight - a.weight)[0];
}
