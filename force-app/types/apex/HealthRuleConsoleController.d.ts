/**
 * Contract of the Apex class `HealthRuleConsoleController` (force-app/main/health/classes): the server side of the
 * admins' rule console (`c/healthRuleConsole`). Both methods require the custom permission
 * `Entatio_Manage_Health_Rules` (the console's tab is gated by it too); without it they throw an
 * AuraHandledException "You need the Manage Health Rules permission to use the rule console.". Parameter names are
 * the Apex parameter names; result shapes are the `HealthRuleConsoleDto` inner classes. Apex leaves null
 * properties out of a result, so every property that can be null is optional here. Ids are 18-character strings;
 * date-times are ISO 8601 strings.
 *
 * Rules are `Health_Alert_Rule__mdt` records, edited in Setup; the console reads them and evaluates them with the
 * same server code as the nightly evaluation, but writes nothing.
 *
 * Implemented in the org by HealthRuleConsoleController.cls and in the workbench by
 * scripts/workbench/apex/HealthRuleConsoleController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/HealthRuleConsoleController' {
  import type {
    Band,
    Metric,
    Operator,
    Severity,
    TenureBand
  } from '@salesforce/apex/HealthMonitorController';

  /** Valid: evaluated. Invalid: skipped (see `errors`), the other rules still run. Inactive: not evaluated. */
  export type RuleStatus = 'Valid' | 'Invalid' | 'Inactive';
  /** `Health_Alert_Rule__mdt.Action__c`. */
  export type RuleAction = 'Alert' | 'Notify' | 'Task';

  /** HealthRuleConsoleDto.RuleView: one `Health_Alert_Rule__mdt` record and its validation. */
  export interface RuleView {
    /** DeveloperName. */
    ruleName: string;
    /** MasterLabel. */
    ruleLabel: string;
    active: boolean;
    status: RuleStatus;
    /** Why the rule is invalid, one sentence each (empty when valid). */
    errors: string[];
    /** Things that do not stop the rule but look wrong (e.g. thresholds in an odd order). */
    warnings: string[];
    metric: Metric;
    metricLabel: string;
    /** Account_Field metric: the numeric Account field's API name. */
    metricField?: string | null;
    windowDays?: number | null;
    operator?: Operator | null;
    greenThreshold?: number | null;
    yellowThreshold?: number | null;
    redThreshold?: number | null;
    /** Compare with the median of the account's segment (thresholds are then ratios to the median). */
    peerRelative: boolean;
    /** Weight as configured (blank counts as 1). */
    weight: number;
    /** Segment filter: tenure band (blank or Any: every tenure). */
    tenureBand?: TenureBand | 'Any' | null;
    accountType?: string | null;
    /** Segment filter on any account field: API name and value. */
    segmentField?: string | null;
    segmentValue?: string | null;
    severity?: Severity | null;
    cooldownDays?: number | null;
    action?: RuleAction | null;
    explanationTemplate?: string | null;
    /** The rule in one plain sentence, e.g. "Red when more than 2 cases were opened in 30 days (Mature customers)". */
    summary: string;
  }

  /** HealthRuleConsoleDto.RuleList. */
  export interface RuleList {
    rules: RuleView[];
    /** Counts by status. */
    validCount: number;
    invalidCount: number;
    inactiveCount: number;
    /** Where admins edit the rules: the Setup page of the custom metadata type (relative URL), if known. */
    setupUrl?: string | null;
  }

  /** HealthRuleConsoleDto.DryRunResult: what the rule would do now. Nothing is written. */
  export interface DryRunResult {
    ruleName: string;
    ruleLabel: string;
    status: RuleStatus;
    /** Why the rule cannot run (Invalid); then `flagged` is empty. */
    errors: string[];
    evaluatedAt: string;
    /** Accounts read. */
    scannedAccounts: number;
    /** Accounts the rule's segment applies to, among those read. */
    accountsInSegment: number;
    /** Accounts without data for the metric (they would not count). */
    missingDataCount: number;
    /** The dry run stopped reading accounts at its limit: the counts cover the first `scannedAccounts` only. */
    scanLimitReached: boolean;
    /** Results per band, among accounts in the segment with data. */
    bandCounts: { red: number; yellow: number; green: number };
    /** Accounts the rule would flag (band Red: an alert), worst first, at most 200. */
    flagged: FlaggedAccount[];
    /** More accounts were flagged than `flagged` holds. */
    flaggedTruncated: boolean;
  }

  /** HealthRuleConsoleDto.FlaggedAccount. */
  export interface FlaggedAccount {
    accountId: string;
    accountName: string;
    ownerName?: string | null;
    accountType?: string | null;
    tenureBand?: TenureBand | null;
    value: number;
    /** The threshold the value crossed. */
    threshold?: number | null;
    band: Band;
    /** Peer-relative rules: the segment's median. */
    peerMedian?: number | null;
    /** The account already has an alert of this rule that is not resolved. */
    hasOpenAlert: boolean;
    /** The alert text the rule would write (the explanation template filled in). */
    explanation: string;
  }
}

declare module '@salesforce/apex/HealthRuleConsoleController.getRules' {
  import type { RuleList } from '@salesforce/apex/HealthRuleConsoleController';
  /** @AuraEnabled public static HealthRuleConsoleDto.RuleList getRules() */
  const getRules: ApexMethod<void, RuleList>;
  export default getRules;
}

declare module '@salesforce/apex/HealthRuleConsoleController.dryRun' {
  import type { DryRunResult } from '@salesforce/apex/HealthRuleConsoleController';
  /** @AuraEnabled public static HealthRuleConsoleDto.DryRunResult dryRun(String ruleName) */
  const dryRun: ApexMethod<{ ruleName: string }, DryRunResult>;
  export default dryRun;
}
