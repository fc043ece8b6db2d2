/**
 * The rule console's Apex contract (`HealthRuleConsoleController`) over the workbench's sample data: the package's
 * rules and the workbench admin's own (health-state.ts) with their validation, and a dry run that evaluates one
 * rule now over every sample account with the same evaluation as the monitor (health-evaluation.ts), writing
 * nothing. The custom permission gate is the component's here (`?deny=Entatio_Manage_Health_Rules`); the org's
 * controller checks it as well.
 */
import type getRulesContract from '@salesforce/apex/HealthRuleConsoleController.getRules';
import type dryRunContract from '@salesforce/apex/HealthRuleConsoleController.dryRun';
import type { FlaggedAccount, RuleView } from '@salesforce/apex/HealthRuleConsoleController';
import { AuraHandledException, type ApexImplementation } from '../apex-runtime';
import {
  METRICS,
  OPERATORS,
  evaluate,
  formatValue,
  segmentText,
  validateRule,
  type HealthRuleDefinition,
  type Operator
} from '../health-evaluation';
import { healthState } from '../health-state';

export const RULE_NOT_FOUND = (name: string): string =>
  `The rule "${name}" wasn't found. It may have been renamed or deleted in Setup.`;
const MAX_FLAGGED = 200;

/** The rule in one plain sentence. */
export function ruleSummary(rule: HealthRuleDefinition): string {
  const info = METRICS[rule.metric];
  const op = OPERATORS[rule.operator as Operator];
  if (!info || !op) return `${rule.metric} compared by ${rule.operator}.`;
  const peer = rule.comparison === 'Peer_Relative';
  const unit = peer ? 'ratio' : info.unit;
  const what =
    rule.metric === 'Account_Field' ? (rule.metricField ?? 'an account field') : info.label.toLowerCase();
  const window = info.windowed && rule.windowDays ? ` over ${rule.windowDays} days` : '';
  const against = peer ? ' relative to the median of similar customers' : '';
  const red =
    typeof rule.red === 'number' ? `red ${op.words} ${formatValue(rule.red, unit)}` : 'no red threshold';
  const yellow =
    typeof rule.yellow === 'number' ? `, yellow ${op.words} ${formatValue(rule.yellow, unit)}` : '';
  const segment = segmentText(rule);
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}${window}${against}: ${red}${yellow}; ${segment}.`;
}

function viewOf(rule: HealthRuleDefinition): RuleView {
  const { errors, warnings } = validateRule(rule);
  return {
    ruleName: rule.developerName,
    ruleLabel: rule.label,
    active: rule.active,
    status: !rule.active ? 'Inactive' : errors.length ? 'Invalid' : 'Valid',
    errors,
    warnings,
    metric: rule.metric,
    metricLabel: METRICS[rule.metric]?.label ?? rule.metric,
    metricField: rule.metricField ?? null,
    windowDays: rule.windowDays ?? null,
    operator: rule.operator,
    greenThreshold: rule.green,
    yellowThreshold: rule.yellow,
    redThreshold: rule.red,
    peerRelative: rule.comparison === 'Peer_Relative',
    weight: rule.weight ?? 1,
    tenureBand: rule.tenureBand,
    accountType: rule.accountType ?? null,
    segmentField: rule.segmentField ?? null,
    segmentValue: rule.segmentValue ?? null,
    severity: rule.severity,
    cooldownDays: rule.cooldownDays,
    action: rule.action,
    explanationTemplate: rule.explanationTemplate,
    summary: ruleSummary(rule)
  };
}

export const getRules: ApexImplementation<typeof getRulesContract> = (_params, { data, now }) => {
  const rules = healthState(data, now).rules.map(viewOf);
  return {
    rules,
    validCount: rules.filter((r) => r.status === 'Valid').length,
    invalidCount: rules.filter((r) => r.status === 'Invalid').length,
    inactiveCount: rules.filter((r) => r.status === 'Inactive').length,
    setupUrl: '/lightning/setup/CustomMetadata/home'
  };
};

export const dryRun: ApexImplementation<typeof dryRunContract> = ({ ruleName }, { data, now }) => {
  const state = healthState(data, now);
  const rule = state.rules.find((r) => r.developerName === ruleName);
  if (!rule) throw new AuraHandledException(RULE_NOT_FOUND(ruleName));
  const view = viewOf(rule);
  const base = {
    ruleName: rule.developerName,
    ruleLabel: rule.label,
    evaluatedAt: now.toISOString(),
    scannedAccounts: state.index.accounts.size,
    scanLimitReached: false
  };
  if (view.errors.length) {
    return {
      ...base,
      status: 'Invalid',
      errors: view.errors,
      accountsInSegment: 0,
      missingDataCount: 0,
      bandCounts: { red: 0, yellow: 0, green: 0 },
      flagged: [],
      flaggedTruncated: false
    };
  }
  // An inactive rule is dry-run as if active: admins try a rule before they switch it on.
  const evaluation = evaluate(state.index, [{ ...rule, active: true }], now);
  const outcomes = [...evaluation.accounts.values()].map((account) => ({
    account,
    outcome: account.outcomes[0]!
  }));
  const applying = outcomes.filter((o) => o.outcome.applies);
  const higherIsWorse = rule.operator.startsWith('Greater');
  const red = applying
    .filter((o) => o.outcome.band === 'Red')
    .sort(
      (a, b) =>
        (higherIsWorse
          ? b.outcome.compared! - a.outcome.compared!
          : a.outcome.compared! - b.outcome.compared!) ||
        a.account.accountName.localeCompare(b.account.accountName)
    );
  const openAlerts = new Set(
    [...state.alerts.values()]
      .filter((a) => a.ruleName === rule.developerName && a.status !== 'Resolved')
      .map((a) => a.accountId)
  );
  const flagged: FlaggedAccount[] = red.slice(0, MAX_FLAGGED).map(({ account, outcome }) => {
    const record = state.index.accounts.get(account.accountId)!.account;
    return {
      accountId: account.accountId,
      accountName: account.accountName,
      ownerName: state.index.userNames.get(record.OwnerId) ?? null,
      accountType: record.Type,
      tenureBand: account.tenureBand,
      value: outcome.value!,
      threshold: outcome.threshold,
      band: 'Red',
      peerMedian: outcome.peerMedian,
      hasOpenAlert: openAlerts.has(account.accountId),
      explanation: outcome.explanation
    };
  });
  return {
    ...base,
    status: rule.active ? 'Valid' : 'Inactive',
    errors: [],
    accountsInSegment: applying.length,
    missingDataCount: applying.filter((o) => o.outcome.missingData).length,
    bandCounts: {
      red: red.length,
      yellow: applying.filter((o) => o.outcome.band === 'Yellow').length,
      green: applying.filter((o) => o.outcome.band === 'Green').length
    },
    flagged,
    flaggedTruncated: red.length > MAX_FLAGGED
  };
};
