/**
 * Contract of the Apex class `HealthMonitorController` (force-app/main/health/classes): the server side of the
 * Customer Health Monitor (`c/healthMonitor`). Parameter names are the Apex parameter names (components pass
 * parameters by name); result shapes are the `HealthMonitorDto` inner classes. Apex leaves null properties out of a
 * result, so every property that can be null is optional here. Ids are 18-character strings; date-times are
 * ISO 8601 strings.
 *
 * Everything runs in user mode: a user sees the accounts, snapshots and alerts sharing lets them see, and the
 * actions need edit access to the alert.
 *
 * Implemented in the org by HealthMonitorController.cls and in the workbench by
 * scripts/workbench/apex/HealthMonitorController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/HealthMonitorController' {
  /** `Health_Snapshot__c.Band__c` / `Account.Entatio_Health_Band__c`. */
  export type Band = 'Green' | 'Yellow' | 'Red';
  /** Customer tenure from `Account.CreatedDate`: New < 180 days, Established < 730 days, Mature. */
  export type TenureBand = 'New' | 'Established' | 'Mature';
  /** `Health_Alert__c.Status__c`. */
  export type AlertStatus = 'Open' | 'Acknowledged' | 'Snoozed' | 'Resolved';
  /** `Health_Alert__c.Severity__c` / `Health_Alert_Rule__mdt.Severity__c`. */
  export type Severity = 'Info' | 'Warning' | 'Critical';
  /**
   * `Health_Alert_Rule__mdt.Metric__c` API value (e.g. Cases_Opened, Days_Since_Engagement, Engagement_Score,
   * Engaged_Contacts, Engaged_Contacts_Change, Course_Completion, Closed_Won_Amount, Closed_Won_Change,
   * Account_Field). A string so that new metrics need no contract change; show `metricLabel`.
   */
  export type Metric = string;
  /** `Health_Alert_Rule__mdt.Operator__c`. */
  export type Operator = 'Greater_Than' | 'Greater_Or_Equal' | 'Less_Than' | 'Less_Or_Equal';
  /** New: Status Open (nobody acknowledged it yet). Open: not resolved (Open, Acknowledged, Snoozed). All. */
  export type AlertScope = 'New' | 'Open' | 'All';

  /** HealthMonitorDto.MonitorFilter: blank properties do not filter. */
  export interface MonitorFilter {
    /** Account owner (the CSM). */
    ownerId?: string | null;
    tenureBand?: TenureBand | null;
    /** `Account.Type` value. */
    accountType?: string | null;
    /** Current band; `'None'` for accounts not scored yet. */
    band?: Band | 'None' | null;
    /** Account name contains (case-insensitive). */
    search?: string | null;
    /** Rows per page: default 50, at most 200. */
    pageSize?: number | null;
    /** Rows to skip: at most 2,000 (SOQL OFFSET). */
    offset?: number | null;
  }

  /**
   * HealthMonitorDto.MonitorPage: one page of accounts, needing attention first — Red, then Yellow, then Green,
   * then accounts not scored yet; within a band lowest score first, then account name.
   */
  export interface MonitorPage {
    rows: AccountHealthRow[];
    /** Accounts matching the filter (all pages). */
    totalCount: number;
    offset: number;
    pageSize: number;
    hasMore: boolean;
    /** Accounts matching the filter per band (ignores the filter's own band). */
    bandCounts: BandCounts;
    /** When the latest evaluation ran (newest snapshot), if any. */
    lastEvaluatedAt?: string | null;
  }

  /** HealthMonitorDto.BandCounts. */
  export interface BandCounts {
    red: number;
    yellow: number;
    green: number;
    /** Not scored yet. */
    none: number;
  }

  /** HealthMonitorDto.AccountHealthRow: one account in the monitor's list. */
  export interface AccountHealthRow {
    accountId: string;
    accountName: string;
    ownerId?: string | null;
    ownerName?: string | null;
    accountType?: string | null;
    tenureBand?: TenureBand | null;
    /** Days since the account became a customer (`CreatedDate`). */
    tenureDays?: number | null;
    /** 0 (at risk) to 100 (healthy); absent when not scored yet. */
    score?: number | null;
    band?: Band | null;
    previousScore?: number | null;
    /** Score minus previous score: positive when health improved; absent without a previous snapshot. */
    trend?: number | null;
    evaluatedAt?: string | null;
    /** Alerts not resolved (Open, Acknowledged, Snoozed). */
    openAlertCount: number;
    /** Alerts with Status Open. */
    newAlertCount: number;
    /** Highest severity of the alerts not resolved. */
    highestSeverity?: Severity | null;
    /** The explanation of the worst rule result (red first, then lowest points), in plain language. */
    topReason?: string | null;
  }

  /** HealthMonitorDto.FilterOptions: values for the monitor's filters. */
  export interface FilterOptions {
    /** Users who own accounts, by name (at most 200). */
    owners: Option[];
    /** `Account.Type` picklist values. */
    accountTypes: Option[];
    tenureBands: Option[];
    bands: Option[];
    /** The running user, for a "My accounts" default. */
    currentUserId: string;
  }

  /** HealthMonitorDto.Option. */
  export interface Option {
    value: string;
    label: string;
  }

  /** HealthMonitorDto.AccountHealthDetail: why an account scores as it does. */
  export interface AccountHealthDetail {
    account: AccountHealthRow;
    /** Id of the latest snapshot; absent when the account was never scored. */
    snapshotId?: string | null;
    /** One row per rule in the latest evaluation (rules that did not apply to the account included). */
    rules: RuleResult[];
    /** The account's alerts that are not resolved, newest first. */
    alerts: AlertView[];
    /** Recent scores, oldest first (at most 12 snapshots), for a sparkline. */
    history: ScorePoint[];
    /** Plain-language summary, e.g. "Red: 2 of 5 rules are red; weight of 1 rule without data was redistributed." */
    summary?: string | null;
  }

  /** HealthMonitorDto.RuleResult: one rule's part in the score (from the snapshot's breakdown). */
  export interface RuleResult {
    ruleName: string;
    ruleLabel: string;
    metric: Metric;
    metricLabel: string;
    windowDays?: number | null;
    operator?: Operator | null;
    /** The measured value; absent when the data was missing. */
    value?: number | null;
    /** How to show values of this metric: a count, days, percent (0–100), currency or a ratio (1 = no change). */
    unit?: 'count' | 'days' | 'percent' | 'currency' | 'ratio' | 'number' | null;
    greenThreshold?: number | null;
    yellowThreshold?: number | null;
    redThreshold?: number | null;
    /** Peer-relative rules: the median of the account's segment the value was compared with. */
    peerMedian?: number | null;
    /** Peer-relative rules: what the segment is, e.g. "Mature · Customer - Direct". */
    peerSegment?: string | null;
    /** Band of this rule's result; absent when the rule did not apply or data was missing. */
    band?: Band | null;
    /** The rule's configured weight. */
    weight: number;
    /** Share of the score this rule carried after normalisation and redistribution, 0–1 (0 when not counted). */
    weightUsed: number;
    /** Points this rule added to the score (score = sum of points). */
    points: number;
    /** The account had no data for the metric: the rule's weight went to the other rules. */
    missingData: boolean;
    /** False when the rule's segment filter excludes the account (not counted). */
    applies: boolean;
    /** Plain language, e.g. "3 cases opened in the last 30 days; red above 2 for Mature customers." */
    explanation: string;
  }

  /** HealthMonitorDto.ScorePoint. */
  export interface ScorePoint {
    evaluatedAt: string;
    score: number;
    band: Band;
  }

  /** HealthMonitorDto.AlertView: a `Health_Alert__c` as the monitor shows it. */
  export interface AlertView {
    id: string;
    /** Alert number, e.g. HA-0000012. */
    name: string;
    accountId: string;
    accountName: string;
    ruleName: string;
    ruleLabel: string;
    severity: Severity;
    status: AlertStatus;
    value?: number | null;
    threshold?: number | null;
    explanation?: string | null;
    /** When the rule last fired for the account. */
    lastFiredAt?: string | null;
    snoozedUntil?: string | null;
    createdDate: string;
    ownerId?: string | null;
    ownerName?: string | null;
    /** The running user may acknowledge, snooze and resolve it (edit access). */
    canEdit: boolean;
  }

  /** HealthMonitorDto.AlertFilter: blank properties do not filter. */
  export interface AlertFilter {
    /** Default New. */
    scope?: AlertScope | null;
    accountId?: string | null;
    /** Owner of the alert's account. */
    ownerId?: string | null;
    /** Default 50, at most 200. */
    pageSize?: number | null;
  }

  /** HealthMonitorDto.AlertList: most severe first, then most recently fired. */
  export interface AlertList {
    alerts: AlertView[];
    /** Alerts matching the filter (all pages). */
    totalCount: number;
  }
}

declare module '@salesforce/apex/HealthMonitorController.getMonitor' {
  import type { MonitorFilter, MonitorPage } from '@salesforce/apex/HealthMonitorController';
  /** @AuraEnabled public static HealthMonitorDto.MonitorPage getMonitor(HealthMonitorDto.MonitorFilter filter) */
  const getMonitor: ApexMethod<{ filter: MonitorFilter | null }, MonitorPage>;
  export default getMonitor;
}

declare module '@salesforce/apex/HealthMonitorController.getFilterOptions' {
  import type { FilterOptions } from '@salesforce/apex/HealthMonitorController';
  /** @AuraEnabled(cacheable=true) public static HealthMonitorDto.FilterOptions getFilterOptions() */
  const getFilterOptions: ApexMethod<void, FilterOptions>;
  export default getFilterOptions;
}

declare module '@salesforce/apex/HealthMonitorController.getAccountHealth' {
  import type { AccountHealthDetail } from '@salesforce/apex/HealthMonitorController';
  /** @AuraEnabled public static HealthMonitorDto.AccountHealthDetail getAccountHealth(Id accountId) */
  const getAccountHealth: ApexMethod<{ accountId: string }, AccountHealthDetail>;
  export default getAccountHealth;
}

declare module '@salesforce/apex/HealthMonitorController.getAlerts' {
  import type { AlertFilter, AlertList } from '@salesforce/apex/HealthMonitorController';
  /** @AuraEnabled public static HealthMonitorDto.AlertList getAlerts(HealthMonitorDto.AlertFilter filter) */
  const getAlerts: ApexMethod<{ filter: AlertFilter | null }, AlertList>;
  export default getAlerts;
}

declare module '@salesforce/apex/HealthMonitorController.acknowledgeAlert' {
  import type { AlertView } from '@salesforce/apex/HealthMonitorController';
  /** @AuraEnabled public static HealthMonitorDto.AlertView acknowledgeAlert(Id alertId) — Open → Acknowledged. */
  const acknowledgeAlert: ApexMethod<{ alertId: string }, AlertView>;
  export default acknowledgeAlert;
}

declare module '@salesforce/apex/HealthMonitorController.snoozeAlert' {
  import type { AlertView } from '@salesforce/apex/HealthMonitorController';
  /**
   * @AuraEnabled public static HealthMonitorDto.AlertView snoozeAlert(Id alertId, Datetime snoozeUntil)
   * — Status Snoozed until `snoozeUntil` (ISO date-time, in the future, at most 90 days ahead); the alert comes back
   * Open after that if the rule is still red.
   */
  const snoozeAlert: ApexMethod<{ alertId: string; snoozeUntil: string }, AlertView>;
  export default snoozeAlert;
}

declare module '@salesforce/apex/HealthMonitorController.resolveAlert' {
  import type { AlertView } from '@salesforce/apex/HealthMonitorController';
  /** @AuraEnabled public static HealthMonitorDto.AlertView resolveAlert(Id alertId) — any status → Resolved. */
  const resolveAlert: ApexMethod<{ alertId: string }, AlertView>;
  export default resolveAlert;
}
