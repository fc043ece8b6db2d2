/**
 * The health monitor's data in the workbench: what the org's nightly evaluation would have stored for the sample
 * data (snapshots, the score on each account, alerts), derived once per workbench session with
 * `health-evaluation.ts` and kept beside the session's dataset so that acknowledging, snoozing and resolving an
 * alert lasts until the session is reset.
 *
 * - Rules: the package's defaults (scripts/schema/health-rules.ts) plus `WORKBENCH_ADMIN_RULES`, rules an admin
 *   added in Setup — one of them invalid, so the console and the evaluation show how invalid rules are reported.
 * - Snapshots: one evaluation now and one a week earlier for each of the previous `HISTORY_WEEKS` weeks (the trend
 *   compares now with a week ago).
 * - Alerts: one per account and red rule (the Alert Key), Open; raised when the rule first went red in the history.
 */
import type { WorkbenchData } from './data';
import {
  DEFAULT_RULES,
  buildIndex,
  evaluate,
  type Evaluation,
  type HealthIndex,
  type HealthRuleDefinition,
  type RuleOutcome
} from './health-evaluation';
import { caseSafeSuffix } from '../sample-data/ids';

export const HISTORY_WEEKS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Rules an admin added in Setup (custom metadata records beside the package's). */
export const WORKBENCH_ADMIN_RULES: readonly HealthRuleDefinition[] = [
  {
    developerName: 'Enterprise_Case_Spike',
    label: 'Enterprise case spike (draft)',
    active: true,
    metric: 'Cases_Opened',
    operator: 'Greater_Or_Equal',
    green: 0,
    yellow: 3,
    red: 5,
    weight: 2,
    comparison: 'Fixed',
    tenureBand: 'Any',
    accountType: 'Customer - Direct',
    severity: 'Critical',
    cooldownDays: 7,
    action: 'Notify',
    explanationTemplate: '{account} opened {value} cases in {window} days.'
  }
];

export type AlertStatus = 'Open' | 'Acknowledged' | 'Snoozed' | 'Resolved';

export interface WorkbenchAlert {
  id: string;
  name: string;
  accountId: string;
  ruleName: string;
  ruleLabel: string;
  severity: 'Info' | 'Warning' | 'Critical';
  status: AlertStatus;
  value: number | null;
  threshold: number | null;
  explanation: string;
  lastFiredAt: string;
  createdDate: string;
  snoozedUntil?: string;
}

export interface HealthState {
  now: Date;
  index: HealthIndex;
  rules: readonly HealthRuleDefinition[];
  /** Newest first: [now, a week ago, ...]. */
  evaluations: Evaluation[];
  alerts: Map<string, WorkbenchAlert>;
}

const states = new WeakMap<WorkbenchData, HealthState>();

/** Fake 18-character `Health_Alert__c` ids (key prefix `a0H`). */
function alertId(sequence: number): string {
  const id15 = `a0HEx${String(sequence).padStart(10, '0')}`;
  return id15 + caseSafeSuffix(id15);
}

export function allRules(): readonly HealthRuleDefinition[] {
  return [...DEFAULT_RULES, ...WORKBENCH_ADMIN_RULES];
}

/** The session's health data, derived on first use. */
export function healthState(data: WorkbenchData, now: Date): HealthState {
  const known = states.get(data);
  if (known && known.now.getTime() === now.getTime()) return known;
  const index = buildIndex(data.dataset);
  const rules = allRules();
  const evaluations: Evaluation[] = [];
  for (let week = 0; week <= HISTORY_WEEKS; week++)
    evaluations.push(evaluate(index, rules, new Date(now.getTime() - week * 7 * DAY_MS)));
  const alerts = new Map<string, WorkbenchAlert>();
  let sequence = 0;
  for (const account of evaluations[0]!.accounts.values()) {
    for (const outcome of account.outcomes) {
      if (outcome.band !== 'Red') continue;
      // Raised when the rule first went red in the (consecutive) history.
      let since = 0;
      while (
        since + 1 < evaluations.length &&
        redOutcome(evaluations[since + 1]!, account.accountId, outcome.rule.developerName)
      )
        since++;
      const raised = new Date(now.getTime() - since * 7 * DAY_MS - 2 * 60 * 60 * 1000).toISOString();
      const alert: WorkbenchAlert = {
        id: alertId(++sequence),
        name: `HA-${String(sequence).padStart(7, '0')}`,
        accountId: account.accountId,
        ruleName: outcome.rule.developerName,
        ruleLabel: outcome.rule.label,
        severity: outcome.rule.severity,
        status: 'Open',
        value: outcome.value,
        threshold: outcome.threshold,
        explanation: outcome.explanation,
        lastFiredAt: new Date(now.getTime() - 2 * 60 * 60 * 1000).toISOString(),
        createdDate: raised
      };
      alerts.set(alert.id, alert);
    }
  }
  const state: HealthState = { now, index, rules, evaluations, alerts };
  states.set(data, state);
  return state;
}

function redOutcome(evaluation: Evaluation, accountId: string, ruleName: string): RuleOutcome | undefined {
  return evaluation.accounts
    .get(accountId)
    ?.outcomes.find((o) => o.rule.developerName === ruleName && o.band === 'Red');
}
