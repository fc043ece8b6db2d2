/**
 * The admins' rule console: every `Health_Alert_Rule__mdt` record (edited in Setup) with its validation status —
 * invalid rules are skipped by the evaluation and say why — and a dry run that shows which accounts a rule would
 * flag now, evaluated by the same server code as the nightly run, writing nothing.
 *
 * Gated by the custom permission `Entatio_Manage_Health_Rules` (the tab is too, and HealthRuleConsoleController
 * checks it again): without it the console shows a no-permission state and calls nothing.
 */
import { LightningElement } from 'lwc';
import hasManageRules from '@salesforce/customPermission/Entatio_Manage_Health_Rules';
import getRules from '@salesforce/apex/HealthRuleConsoleController.getRules';
import dryRun from '@salesforce/apex/HealthRuleConsoleController.dryRun';
import type { DryRunResult, RuleList, RuleView } from '@salesforce/apex/HealthRuleConsoleController';
import { isNoAccess } from 'c/errorUtils';
import {
  bandView,
  formatDate,
  formatThresholds,
  formatValue,
  plural,
  severityView,
  tenureText,
  type Unit
} from 'c/healthDisplay';

const STATUS_CLASSES: Record<RuleView['status'], string> = {
  Valid: 'slds-badge slds-theme_success',
  Invalid: 'slds-badge slds-theme_error',
  Inactive: 'slds-badge slds-badge_lightest'
};

/** Units of the metrics the console shows thresholds for (unknown metrics show plain numbers). */
const METRIC_UNITS: Record<string, Unit> = {
  Cases_Opened: 'count',
  Days_Since_Engagement: 'days',
  Engagement_Events: 'count',
  Engagement_Score: 'number',
  Engaged_Contacts: 'count',
  Engaged_Contacts_Change: 'ratio',
  Course_Completion: 'percent',
  Courses_Completed: 'count',
  Closed_Won_Amount: 'currency',
  Closed_Won_Change: 'ratio'
};

export default class HealthRuleConsole extends LightningElement {
  list?: RuleList;
  loading = false;
  error?: unknown;
  runningRule?: string;
  result?: DryRunResult;
  dryRunError?: unknown;

  get hasPermission(): boolean {
    return !!hasManageRules;
  }

  override connectedCallback(): void {
    if (this.hasPermission) this.load();
  }

  private async load(): Promise<void> {
    this.loading = true;
    try {
      this.list = await getRules();
      this.error = undefined;
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
    }
  }

  handleRetry(): void {
    this.load();
  }

  async handleDryRun(event: Event): Promise<void> {
    const ruleName = (event.currentTarget as HTMLElement).dataset.rule;
    if (!ruleName || this.runningRule) return;
    this.runningRule = ruleName;
    this.dryRunError = undefined;
    this.result = undefined;
    try {
      this.result = await dryRun({ ruleName });
    } catch (error) {
      this.dryRunError = error;
    } finally {
      this.runningRule = undefined;
      Promise.resolve().then(() =>
        this.template?.querySelector<HTMLElement>('[data-id="dry-run-heading"]')?.focus()
      );
    }
  }

  handleCloseResult(): void {
    const ruleName = this.result?.ruleName;
    this.result = undefined;
    this.dryRunError = undefined;
    Promise.resolve().then(() =>
      this.template?.querySelector<HTMLElement>(`lightning-button[data-rule="${ruleName}"]`)?.focus()
    );
  }

  // ------------------------------------------------------------------------------------------------ display

  get showNoPermission(): boolean {
    return !this.hasPermission || (!!this.error && isNoAccess(this.error as never));
  }

  get showLoading(): boolean {
    return this.hasPermission && this.loading && !this.list;
  }

  get showError(): boolean {
    return !this.showNoPermission && !!this.error;
  }

  get showEmpty(): boolean {
    return !this.showNoPermission && !this.error && !!this.list && this.list.rules.length === 0;
  }

  get showRules(): boolean {
    return !this.showNoPermission && !this.error && !!this.list && this.list.rules.length > 0;
  }

  get countsText(): string {
    const list = this.list;
    if (!list) return '';
    return `${list.validCount} valid · ${list.invalidCount} invalid · ${list.inactiveCount} inactive`;
  }

  get hasInvalid(): boolean {
    return (this.list?.invalidCount ?? 0) > 0;
  }

  get invalidText(): string {
    const count = this.list?.invalidCount ?? 0;
    return `${plural(count, 'rule')} ${count === 1 ? 'is' : 'are'} invalid and skipped by the evaluation; the other rules still run. Fix ${count === 1 ? 'it' : 'them'} in Setup.`;
  }

  get setupUrl(): string | undefined {
    return this.list?.setupUrl ?? undefined;
  }

  get ruleViews(): object[] {
    return (this.list?.rules ?? []).map((rule) => {
      const unit = METRIC_UNITS[rule.metric] ?? 'number';
      const severity = severityView(rule.severity);
      const running = this.runningRule === rule.ruleName;
      return {
        key: rule.ruleName,
        ruleName: rule.ruleName,
        label: rule.ruleLabel,
        status: rule.status,
        statusClass: STATUS_CLASSES[rule.status] ?? 'slds-badge',
        errors: rule.errors.map((text, i) => ({ key: `e${i}`, text })),
        hasErrors: rule.errors.length > 0,
        warnings: rule.warnings.map((text, i) => ({ key: `w${i}`, text })),
        hasWarnings: rule.warnings.length > 0,
        summary: rule.summary,
        thresholds: formatThresholds(rule, unit),
        weight: String(rule.weight),
        severity: rule.severity ?? '',
        severityIcon: severity.iconName,
        severityVariant: severity.iconVariant,
        action: rule.action ?? '',
        cooldown: rule.cooldownDays ? plural(rule.cooldownDays, 'day') : '—',
        canDryRun: rule.status !== 'Invalid',
        dryRunLabel: running ? 'Running…' : 'Dry run',
        dryRunTitle: `Dry run: which accounts ${rule.ruleLabel} would flag now`,
        disabled: !!this.runningRule || rule.status === 'Invalid',
        rowClass: rule.status === 'Invalid' ? 'entatio-rule_invalid' : ''
      };
    });
  }

  // dry run

  get hasResult(): boolean {
    return !!this.result || !!this.dryRunError;
  }

  get resultHeading(): string {
    return this.result ? `Dry run: ${this.result.ruleLabel}` : 'Dry run';
  }

  get resultInvalid(): boolean {
    return this.result?.status === 'Invalid';
  }

  get resultErrors(): object[] {
    return (this.result?.errors ?? []).map((text, i) => ({ key: `r${i}`, text }));
  }

  get resultStats(): object[] {
    const r = this.result;
    if (!r) return [];
    return [
      { key: 'scanned', label: 'Accounts read', value: String(r.scannedAccounts) },
      { key: 'segment', label: 'In the rule’s segment', value: String(r.accountsInSegment) },
      { key: 'red', label: 'Would be flagged (red)', value: String(r.bandCounts.red) },
      { key: 'yellow', label: 'Yellow', value: String(r.bandCounts.yellow) },
      { key: 'green', label: 'Green', value: String(r.bandCounts.green) },
      { key: 'missing', label: 'Without data', value: String(r.missingDataCount) }
    ];
  }

  get resultNote(): string {
    const r = this.result;
    if (!r) return '';
    const notes = [`Evaluated as of ${formatDate(r.evaluatedAt)}; nothing was saved.`];
    if (r.status === 'Inactive')
      notes.push('The rule is inactive: this is what it would flag once activated.');
    if (r.scanLimitReached) notes.push(`Only the first ${r.scannedAccounts} accounts were read.`);
    if (r.flaggedTruncated) notes.push(`Showing the first ${r.flagged.length} flagged accounts.`);
    return notes.join(' ');
  }

  get hasFlagged(): boolean {
    return (this.result?.flagged.length ?? 0) > 0;
  }

  get noneFlagged(): boolean {
    return !!this.result && !this.resultInvalid && this.result.flagged.length === 0;
  }

  get flaggedViews(): object[] {
    const r = this.result;
    if (!r) return [];
    const rule = this.list?.rules.find((x) => x.ruleName === r.ruleName);
    const unit: Unit = rule?.peerRelative ? 'ratio' : (METRIC_UNITS[rule?.metric ?? ''] ?? 'number');
    return r.flagged.map((f) => {
      const band = bandView(f.band);
      return {
        key: f.accountId,
        accountId: f.accountId,
        accountName: f.accountName,
        value: formatValue(f.value, unit),
        threshold: formatValue(f.threshold, unit),
        bandLabel: band.label,
        bandClass: band.badgeClass,
        segment: [tenureText(f.tenureBand, null), f.accountType].filter(Boolean).join(' · '),
        owner: f.ownerName ?? '',
        openAlert: f.hasOpenAlert ? 'Yes' : 'No',
        explanation: f.explanation
      };
    });
  }
}
