/**
 * The default Customer Health rules the package ships: `Health_Alert_Rule__mdt` records, written by
 * `npm run generate` to `force-app/main/health/customMetadata/Health_Alert_Rule.<Name>.md-meta.xml`. Admins edit
 * them (and add their own) in Setup like any custom metadata. Apex (`HealthRuleRepository`, `HealthScorer`)
 * and the workbench evaluate the same records with the same rules, so the pure helpers below mirror
 * `HealthScorer.cls` exactly.
 */

export type HealthMetric =
  | 'Cases_Opened'
  | 'Days_Since_Engagement'
  | 'Engagement_Events'
  | 'Engagement_Score'
  | 'Engaged_Contacts'
  | 'Engaged_Contacts_Change'
  | 'Course_Completion'
  | 'Courses_Completed'
  | 'Closed_Won_Amount'
  | 'Closed_Won_Change'
  | 'Account_Field';

export type HealthOperator = 'Greater_Than' | 'Greater_Or_Equal' | 'Less_Than' | 'Less_Or_Equal';
export type HealthBand = 'Green' | 'Yellow' | 'Red';

/** One `Health_Alert_Rule__mdt` record (field values by meaning; `toMetadataValues` names the fields). */
export interface HealthRuleRecord {
  /** DeveloperName. */
  developerName: string;
  /** MasterLabel (at most 40 characters). */
  label: string;
  active: boolean;
  metric: HealthMetric;
  /** Account_Field: the numeric Account field. */
  metricField?: string;
  windowDays?: number;
  operator: HealthOperator;
  green: number;
  yellow: number;
  red: number;
  weight: number;
  comparison: 'Fixed' | 'Peer_Relative';
  tenureBand: 'Any' | 'New' | 'Established' | 'Mature';
  minTenureDays?: number;
  accountType?: string;
  segmentField?: string;
  segmentValue?: string;
  severity: 'Info' | 'Warning' | 'Critical';
  cooldownDays: number;
  action: 'Alert' | 'Notify' | 'Task';
  /** Placeholders {value}, {threshold}, {window}, {account}; at most 255 characters. */
  explanationTemplate: string;
}

export const defaultHealthRules: readonly HealthRuleRecord[] = [
  {
    developerName: 'Cases_After_Onboarding',
    label: 'Support cases after onboarding',
    active: true,
    metric: 'Cases_Opened',
    windowDays: 30,
    operator: 'Greater_Or_Equal',
    green: 0,
    yellow: 2,
    red: 3,
    weight: 3,
    comparison: 'Fixed',
    tenureBand: 'Any',
    minTenureDays: 180,
    severity: 'Critical',
    cooldownDays: 14,
    action: 'Notify',
    explanationTemplate:
      '{account} opened {value} support cases in the last {window} days; for a customer of more than six months, ' +
      '{threshold} or more is a moment of truth (2 is yellow).'
  },
  {
    developerName: 'No_Recent_Engagement',
    label: 'No recent engagement',
    active: true,
    metric: 'Days_Since_Engagement',
    // Looks for the latest engagement in the last 120 days: only an account that engaged in them can go quiet.
    windowDays: 120,
    operator: 'Greater_Or_Equal',
    green: 14,
    yellow: 30,
    red: 45,
    weight: 3,
    comparison: 'Fixed',
    tenureBand: 'Any',
    severity: 'Warning',
    cooldownDays: 14,
    action: 'Notify',
    explanationTemplate:
      '{account} went quiet: nobody has engaged with a course for {value} days ({threshold} days is the limit).'
  },
  {
    developerName: 'Low_Course_Completion',
    label: 'Low completion of started courses',
    // Off by default: long decks are rarely finished within 90 days, so on its own it flags healthy accounts.
    active: false,
    metric: 'Course_Completion',
    windowDays: 90,
    operator: 'Less_Than',
    green: 50,
    yellow: 30,
    red: 15,
    weight: 1,
    comparison: 'Fixed',
    tenureBand: 'Any',
    severity: 'Info',
    cooldownDays: 30,
    action: 'Alert',
    explanationTemplate:
      'People at {account} finished {value} % of the courses they started in the last {window} days (below ' +
      '{threshold} %).'
  },
  {
    developerName: 'Engaged_Contacts_Halved',
    label: 'Engaged contacts down sharply',
    active: true,
    metric: 'Engaged_Contacts_Change',
    windowDays: 90,
    operator: 'Less_Or_Equal',
    // Yellow once halved, red at a quarter: fewer people from a quarter to the next is common; a collapse is not.
    green: 0.9,
    yellow: 0.5,
    red: 0.25,
    weight: 1,
    comparison: 'Fixed',
    tenureBand: 'Any',
    severity: 'Warning',
    cooldownDays: 30,
    action: 'Alert',
    explanationTemplate:
      'Engaged contacts at {account} are at {value} times the previous {window} days (yellow at half, red at ' +
      '{threshold} or less).'
  },
  {
    developerName: 'Closed_Won_Trend_Down',
    label: 'Closed-won trend down',
    active: true,
    metric: 'Closed_Won_Change',
    windowDays: 180,
    operator: 'Less_Than',
    green: 1,
    yellow: 0.8,
    red: 0.5,
    weight: 1,
    comparison: 'Fixed',
    tenureBand: 'Any',
    severity: 'Warning',
    cooldownDays: 30,
    action: 'Alert',
    explanationTemplate:
      'Closed-won business with {account} in the last {window} days is {value} times the {window} days before ' +
      '(alert below {threshold}).'
  },
  {
    developerName: 'Engagement_Below_Peers',
    label: 'Engagement below peers',
    active: false,
    metric: 'Engagement_Events',
    windowDays: 30,
    operator: 'Less_Than',
    green: 0.8,
    yellow: 0.5,
    red: 0.25,
    weight: 2,
    comparison: 'Peer_Relative',
    tenureBand: 'Any',
    severity: 'Warning',
    cooldownDays: 30,
    action: 'Alert',
    explanationTemplate:
      '{account} engaged {value} times as much as similar customers (same tenure and type) in the last {window} ' +
      'days (alert below {threshold}).'
  },
  {
    developerName: 'No_Engagement',
    label: 'No engagement in 90 days',
    // Off by default: accounts that never engage are a segment to work on, not an exception to alert on.
    active: false,
    metric: 'Engagement_Events',
    windowDays: 90,
    operator: 'Less_Than',
    green: 5,
    yellow: 3,
    red: 1,
    weight: 1,
    comparison: 'Fixed',
    tenureBand: 'Any',
    minTenureDays: 90,
    severity: 'Info',
    cooldownDays: 30,
    action: 'Alert',
    explanationTemplate:
      'Nobody at {account} has engaged with a course in the last {window} days: no engagement to build on yet.'
  },
  {
    developerName: 'Low_Engagement_Score',
    label: 'Low engagement score',
    active: false,
    metric: 'Engagement_Score',
    operator: 'Less_Than',
    green: 50,
    yellow: 25,
    red: 10,
    weight: 1,
    comparison: 'Fixed',
    tenureBand: 'Any',
    severity: 'Info',
    cooldownDays: 30,
    action: 'Alert',
    explanationTemplate: 'The engagement score of {account} is {value} (below {threshold}).'
  }
];

// ------------------------------------------------------------------------------------------ the scoring rules

/** Points of a rule result per band (HealthScorer.POINTS_*). */
export const RULE_POINTS: Readonly<Record<HealthBand, number>> = { Green: 100, Yellow: 50, Red: 0 };
/** Lowest score of the Green and Yellow score bands (HealthScorer.GREEN_FROM / YELLOW_FROM). */
export const SCORE_BANDS = { greenFrom: 70, yellowFrom: 40 } as const;

export function compare(value: number, operator: HealthOperator, threshold: number): boolean {
  switch (operator) {
    case 'Greater_Than':
      return value > threshold;
    case 'Greater_Or_Equal':
      return value >= threshold;
    case 'Less_Than':
      return value < threshold;
    case 'Less_Or_Equal':
      return value <= threshold;
  }
}

/** Band of a rule result: Red if the value compares to the red threshold, else Yellow to yellow, else Green. */
export function ruleBand(
  rule: Pick<HealthRuleRecord, 'operator' | 'yellow' | 'red'>,
  compared: number
): HealthBand {
  if (compare(compared, rule.operator, rule.red)) return 'Red';
  if (compare(compared, rule.operator, rule.yellow)) return 'Yellow';
  return 'Green';
}

/** Band of a 0–100 score. */
export function scoreBand(score: number): HealthBand {
  return score >= SCORE_BANDS.greenFrom ? 'Green' : score >= SCORE_BANDS.yellowFrom ? 'Yellow' : 'Red';
}

/**
 * The score of counted rule results (rules that apply and have data): Σ weight × points ÷ Σ weight, rounded to
 * 2 decimals; `undefined` when nothing counts (the account is not scored).
 */
export function healthScore(
  results: ReadonlyArray<{ weight: number; band: HealthBand }>
): number | undefined {
  const total = results.reduce((sum, r) => sum + r.weight, 0);
  if (total <= 0) return undefined;
  const score = results.reduce((sum, r) => sum + r.weight * RULE_POINTS[r.band], 0) / total;
  return Math.round(score * 100) / 100;
}
