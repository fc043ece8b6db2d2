/**
 * The Customer Health Monitor's Apex contract (`HealthMonitorController`) over the workbench's sample data: the
 * scores, breakdowns and alerts the org's evaluation would have stored (health-state.ts, evaluated by
 * health-evaluation.ts with the package's rules), listed, filtered and sorted as HealthMonitorService does, and the
 * alert actions with the service's rules and messages. The workbench user may see and work every account.
 */
import type getMonitorContract from '@salesforce/apex/HealthMonitorController.getMonitor';
import type getFilterOptionsContract from '@salesforce/apex/HealthMonitorController.getFilterOptions';
import type getAccountHealthContract from '@salesforce/apex/HealthMonitorController.getAccountHealth';
import type getAlertsContract from '@salesforce/apex/HealthMonitorController.getAlerts';
import type acknowledgeAlertContract from '@salesforce/apex/HealthMonitorController.acknowledgeAlert';
import type snoozeAlertContract from '@salesforce/apex/HealthMonitorController.snoozeAlert';
import type resolveAlertContract from '@salesforce/apex/HealthMonitorController.resolveAlert';
import type {
  AccountHealthRow,
  AlertView,
  BandCounts,
  RuleResult,
  ScorePoint,
  Severity
} from '@salesforce/apex/HealthMonitorController';
import { AuraHandledException, type ApexContext, type ApexImplementation } from '../apex-runtime';
import type { WorkbenchData } from '../data';
import { METRICS, attentionOrder, worstOutcome, type AccountEvaluation } from '../health-evaluation';
import { healthState, type HealthState, type WorkbenchAlert } from '../health-state';

export const ALERT_NOT_FOUND = "This alert wasn't found, or you don't have access to it.";
export const ACCOUNT_NOT_FOUND = "The account wasn't found, or you don't have access to it.";
export const ALREADY_RESOLVED = 'This alert is already resolved.';
export const SNOOZE_RANGE = 'Choose a snooze end in the future, at most 90 days ahead.';
const MAX_SNOOZE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
const SEVERITY_RANK: Record<Severity, number> = { Critical: 0, Warning: 1, Info: 2 };

const round2 = (value: number): number => Math.round(value * 100) / 100;

function clampPage(size: number | null | undefined, fallback = 50): number {
  if (!size || size < 1) return fallback;
  return Math.min(200, Math.floor(size));
}

function ownerName(data: WorkbenchData, ownerId: unknown): string | undefined {
  return typeof ownerId === 'string' ? data.dataset.users.find((u) => u.Id === ownerId)?.Name : undefined;
}

function accountAlerts(state: HealthState, accountId: string): WorkbenchAlert[] {
  return [...state.alerts.values()].filter((a) => a.accountId === accountId);
}

const isOpen = (alert: WorkbenchAlert): boolean => alert.status !== 'Resolved';

function rowOf(state: HealthState, data: WorkbenchData, current: AccountEvaluation): AccountHealthRow {
  const record = state.index.accounts.get(current.accountId)!.account;
  const previous = state.evaluations[1]?.accounts.get(current.accountId);
  const open = accountAlerts(state, current.accountId).filter(isOpen);
  const highest = open.map((a) => a.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
  const worst = worstOutcome(current);
  return {
    accountId: current.accountId,
    accountName: current.accountName,
    ownerId: record.OwnerId,
    ownerName: ownerName(data, record.OwnerId),
    accountType: record.Type,
    tenureBand: current.tenureBand,
    tenureDays: current.tenureDays,
    score: current.score,
    band: current.band,
    previousScore: previous?.score ?? null,
    trend:
      current.score !== null && previous?.score !== null && previous?.score !== undefined
        ? round2(current.score - previous.score)
        : null,
    evaluatedAt: state.now.toISOString(),
    openAlertCount: open.length,
    newAlertCount: open.filter((a) => a.status === 'Open').length,
    highestSeverity: highest ?? null,
    topReason: worst && worst.band !== 'Green' ? worst.explanation : null
  };
}

function alertView(data: WorkbenchData, state: HealthState, alert: WorkbenchAlert): AlertView {
  const record = state.index.accounts.get(alert.accountId)!.account;
  return {
    id: alert.id,
    name: alert.name,
    accountId: alert.accountId,
    accountName: record.Name,
    ruleName: alert.ruleName,
    ruleLabel: alert.ruleLabel,
    severity: alert.severity,
    status: alert.status,
    value: alert.value,
    threshold: alert.threshold,
    explanation: alert.explanation,
    lastFiredAt: alert.lastFiredAt,
    snoozedUntil: alert.snoozedUntil ?? null,
    createdDate: alert.createdDate,
    ownerId: record.OwnerId,
    ownerName: ownerName(data, record.OwnerId),
    canEdit: true
  };
}

function alertOrder(a: WorkbenchAlert, b: WorkbenchAlert): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.lastFiredAt.localeCompare(a.lastFiredAt) ||
    a.name.localeCompare(b.name)
  );
}

const stateOf = ({ data, now }: ApexContext): HealthState => healthState(data, now);

export const getMonitor: ApexImplementation<typeof getMonitorContract> = ({ filter }, context) => {
  const state = stateOf(context);
  const { data } = context;
  const search = filter?.search?.trim().toLowerCase();
  const matches = [...state.evaluations[0]!.accounts.values()].filter((evaluation) => {
    const record = state.index.accounts.get(evaluation.accountId)!.account;
    if (filter?.ownerId && record.OwnerId !== filter.ownerId) return false;
    if (filter?.tenureBand && evaluation.tenureBand !== filter.tenureBand) return false;
    if (filter?.accountType && record.Type !== filter.accountType) return false;
    if (search && !evaluation.accountName.toLowerCase().includes(search)) return false;
    return true;
  });
  const bandCounts: BandCounts = { red: 0, yellow: 0, green: 0, none: 0 };
  for (const m of matches) {
    if (m.band === 'Red') bandCounts.red++;
    else if (m.band === 'Yellow') bandCounts.yellow++;
    else if (m.band === 'Green') bandCounts.green++;
    else bandCounts.none++;
  }
  const band = filter?.band;
  const rows = matches
    .filter((m) => !band || (band === 'None' ? m.band === null : m.band === band))
    .sort(attentionOrder);
  const pageSize = clampPage(filter?.pageSize);
  const offset = Math.max(0, Math.min(2000, Math.floor(filter?.offset ?? 0)));
  return {
    rows: rows.slice(offset, offset + pageSize).map((m) => rowOf(state, data, m)),
    totalCount: rows.length,
    offset,
    pageSize,
    hasMore: offset + pageSize < rows.length,
    bandCounts,
    lastEvaluatedAt: state.now.toISOString()
  };
};

export const getFilterOptions: ApexImplementation<typeof getFilterOptionsContract> = (_params, context) => {
  const { data, userId } = context;
  const ownerIds = new Set(data.dataset.accounts.map((a) => a.OwnerId));
  const owners = data.dataset.users
    .filter((u) => ownerIds.has(u.Id))
    .map((u) => ({ value: u.Id, label: u.Name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const types = [...new Set(data.dataset.accounts.map((a) => a.Type))].sort();
  return {
    owners,
    accountTypes: types.map((t) => ({ value: t, label: t })),
    tenureBands: [
      { value: 'New', label: 'New (under 6 months)' },
      { value: 'Established', label: 'Established (6–24 months)' },
      { value: 'Mature', label: 'Mature (over 24 months)' }
    ],
    bands: [
      { value: 'Red', label: 'Red' },
      { value: 'Yellow', label: 'Yellow' },
      { value: 'Green', label: 'Green' },
      { value: 'None', label: 'Not scored' }
    ],
    currentUserId: userId
  };
};

function summaryOf(evaluation: AccountEvaluation): string {
  if (evaluation.score === null) return 'Not scored: no rule applies to this account or has data for it.';
  const counted = evaluation.outcomes.filter((o) => o.band !== null);
  const red = counted.filter((o) => o.band === 'Red').length;
  const yellow = counted.filter((o) => o.band === 'Yellow').length;
  const missing = evaluation.outcomes.filter((o) => o.missingData).length;
  const parts = [
    `${evaluation.band} (${Math.round(evaluation.score)} of 100)`,
    `${red} of ${counted.length} counted rules red, ${yellow} yellow`
  ];
  if (missing)
    parts.push(
      `${missing} rule${missing === 1 ? '' : 's'} without data, so ${missing === 1 ? 'its' : 'their'} weight went to the others`
    );
  return parts.join('; ') + '.';
}

export const getAccountHealth: ApexImplementation<typeof getAccountHealthContract> = (
  { accountId },
  context
) => {
  const state = stateOf(context);
  const current = state.evaluations[0]!.accounts.get(accountId);
  if (!current) throw new AuraHandledException(ACCOUNT_NOT_FOUND);
  const rules: RuleResult[] = current.outcomes.map((o) => {
    const info = METRICS[o.rule.metric];
    return {
      ruleName: o.rule.developerName,
      ruleLabel: o.rule.label,
      metric: o.rule.metric,
      metricLabel:
        o.rule.metric === 'Account_Field'
          ? (o.rule.metricField ?? 'Account field')
          : (info?.label ?? o.rule.metric),
      windowDays: o.rule.windowDays ?? null,
      operator: o.rule.operator,
      value: o.value,
      unit: info?.unit ?? 'number',
      greenThreshold: o.rule.green,
      yellowThreshold: o.rule.yellow,
      redThreshold: o.rule.red,
      peerMedian: o.peerMedian,
      peerSegment: o.peerSegment,
      band: o.band,
      weight: o.weight,
      weightUsed: o.weightUsed,
      points: o.points,
      missingData: o.missingData,
      applies: o.applies,
      explanation: o.explanation
    };
  });
  const history: ScorePoint[] = state.evaluations
    .map((e) => ({ at: e.at, evaluation: e.accounts.get(accountId)! }))
    .filter((p) => p.evaluation.score !== null)
    .map((p) => ({ evaluatedAt: p.at.toISOString(), score: p.evaluation.score!, band: p.evaluation.band! }))
    .reverse();
  return {
    account: rowOf(state, context.data, current),
    snapshotId: null,
    rules,
    alerts: accountAlerts(state, accountId)
      .filter(isOpen)
      .sort(alertOrder)
      .map((a) => alertView(context.data, state, a)),
    history,
    summary: summaryOf(current)
  };
};

export const getAlerts: ApexImplementation<typeof getAlertsContract> = ({ filter }, context) => {
  const state = stateOf(context);
  const scope = filter?.scope ?? 'New';
  const matches = [...state.alerts.values()]
    .filter((a) => (scope === 'New' ? a.status === 'Open' : scope === 'Open' ? isOpen(a) : true))
    .filter((a) => !filter?.accountId || a.accountId === filter.accountId)
    .filter(
      (a) => !filter?.ownerId || state.index.accounts.get(a.accountId)?.account.OwnerId === filter.ownerId
    )
    .sort(alertOrder);
  return {
    alerts: matches.slice(0, clampPage(filter?.pageSize)).map((a) => alertView(context.data, state, a)),
    totalCount: matches.length
  };
};

function editableAlert(state: HealthState, alertId: string): WorkbenchAlert {
  const alert = state.alerts.get(alertId);
  if (!alert) throw new AuraHandledException(ALERT_NOT_FOUND);
  if (alert.status === 'Resolved') throw new AuraHandledException(ALREADY_RESOLVED);
  return alert;
}

export const acknowledgeAlert: ApexImplementation<typeof acknowledgeAlertContract> = (
  { alertId },
  context
) => {
  const state = stateOf(context);
  const alert = editableAlert(state, alertId);
  alert.status = 'Acknowledged';
  delete alert.snoozedUntil;
  return alertView(context.data, state, alert);
};

export const snoozeAlert: ApexImplementation<typeof snoozeAlertContract> = (
  { alertId, snoozeUntil },
  context
) => {
  const state = stateOf(context);
  const alert = editableAlert(state, alertId);
  const until = Date.parse(snoozeUntil);
  // The sample data's "now" is fixed; the browser's clock is real: accept a date that is ahead of the sample
  // data's now and at most 90 days ahead of either clock.
  const latest = Math.max(context.now.getTime(), Date.now()) + MAX_SNOOZE_DAYS * DAY_MS;
  if (Number.isNaN(until) || until <= context.now.getTime() || until > latest)
    throw new AuraHandledException(SNOOZE_RANGE);
  alert.status = 'Snoozed';
  alert.snoozedUntil = new Date(until).toISOString();
  return alertView(context.data, state, alert);
};

export const resolveAlert: ApexImplementation<typeof resolveAlertContract> = ({ alertId }, context) => {
  const state = stateOf(context);
  const alert = state.alerts.get(alertId);
  if (!alert) throw new AuraHandledException(ALERT_NOT_FOUND);
  alert.status = 'Resolved';
  delete alert.snoozedUntil;
  return alertView(context.data, state, alert);
};
