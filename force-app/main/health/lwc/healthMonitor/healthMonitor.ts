/**
 * The Customer Health Monitor: every account the user may see, scored and explained, the ones needing attention
 * first (Red, then Yellow, then Green, lowest score first — the server sorts), with the new alerts beside them.
 *
 * - Filters: owner (the CSM), segment (tenure band), account type, band and name; the band counts double as band
 *   filters. Pages of `pageSize` rows, "Show more" appends the next page.
 * - Each row shows the score, the band (colour and words), the trend against the previous score (arrow with a
 *   spoken label) and the worst rule's explanation. Opening an account shows why it scores as it does: every rule
 *   with its value, thresholds, band, the share of the score it carried (missing data redistributes weight; rules
 *   whose segment excludes the account do not count), the score history, and the account's alerts.
 * - Alerts: acknowledge, snooze (1 day, 1 week, 30 days) and resolve, each confirmed with a toast; the lists and
 *   counts reload afterwards. Alerts the user may not edit show no actions.
 *
 * All data comes from HealthMonitorController in user mode; messages from the server are shown as sent
 * (c/errorUtils). Display rules live in c/healthDisplay.
 */
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getMonitor from '@salesforce/apex/HealthMonitorController.getMonitor';
import getFilterOptions from '@salesforce/apex/HealthMonitorController.getFilterOptions';
import getAccountHealth from '@salesforce/apex/HealthMonitorController.getAccountHealth';
import getAlerts from '@salesforce/apex/HealthMonitorController.getAlerts';
import acknowledgeAlert from '@salesforce/apex/HealthMonitorController.acknowledgeAlert';
import snoozeAlert from '@salesforce/apex/HealthMonitorController.snoozeAlert';
import resolveAlert from '@salesforce/apex/HealthMonitorController.resolveAlert';
import type {
  AccountHealthDetail,
  AccountHealthRow,
  AlertView,
  Band,
  BandCounts,
  FilterOptions,
  MonitorFilter,
  Option,
  TenureBand
} from '@salesforce/apex/HealthMonitorController';
import { isNoAccess, reduceErrors } from 'c/errorUtils';
import {
  SNOOZE_OPTIONS,
  bandView,
  formatDate,
  formatScore,
  formatThresholds,
  formatValue,
  formatWeightUsed,
  plural,
  severityView,
  snoozeUntil,
  sparklinePoints,
  tenureText,
  trendView
} from 'c/healthDisplay';

interface Filters {
  ownerId: string;
  tenureBand: string;
  accountType: string;
  band: string;
  search: string;
}

const EMPTY_FILTERS: Filters = { ownerId: '', tenureBand: '', accountType: '', band: '', search: '' };
/** New alerts listed beside the accounts, most severe first. */
const ALERTS_SHOWN = 10;
const SPARK_WIDTH = 160;
const SPARK_HEIGHT = 32;

type AlertAction = 'acknowledge' | 'snooze' | 'resolve';

export default class HealthMonitor extends LightningElement {
  /** Accounts per page (at most 200). */
  @api pageSize = 25;

  filters: Filters = { ...EMPTY_FILTERS };
  options?: FilterOptions;
  rows: AccountHealthRow[] = [];
  totalCount = 0;
  hasMore = false;
  bandCounts?: BandCounts;
  lastEvaluatedAt?: string | null;
  loading = true;
  loadingMore = false;
  error?: unknown;

  alerts: AlertView[] = [];
  alertsTotal = 0;
  alertsLoading = true;
  alertsError?: unknown;

  selectedAccountId?: string;
  detail?: AccountHealthDetail;
  detailLoading = false;
  detailError?: unknown;

  busyAlertIds: string[] = [];
  private monitorRequest = 0;
  private detailRequest = 0;

  override connectedCallback(): void {
    this.loadOptions();
    this.loadMonitor();
    this.loadAlerts();
  }

  // ------------------------------------------------------------------------------------------------ loading

  private async loadOptions(): Promise<void> {
    try {
      this.options = await getFilterOptions();
    } catch {
      // The filters still work without the option lists (band and name); the list itself reports errors.
      this.options = undefined;
    }
  }

  private filterParam(offset: number, pageSize: number): MonitorFilter {
    const { ownerId, tenureBand, accountType, band, search } = this.filters;
    return {
      ownerId: ownerId || null,
      tenureBand: (tenureBand || null) as TenureBand | null,
      accountType: accountType || null,
      band: (band || null) as Band | 'None' | null,
      search: search.trim() || null,
      offset,
      pageSize
    };
  }

  /** Loads the first page (or as many rows as are shown, to refresh after an action). */
  private async loadMonitor(keepRows = false): Promise<void> {
    const request = ++this.monitorRequest;
    const size = keepRows ? Math.max(this.rows.length, this.pageSize) : this.pageSize;
    if (!keepRows) this.loading = true;
    try {
      const page = await getMonitor({ filter: this.filterParam(0, Math.min(size, 200)) });
      if (request !== this.monitorRequest) return;
      this.rows = page.rows;
      this.totalCount = page.totalCount;
      this.hasMore = page.hasMore;
      this.bandCounts = page.bandCounts;
      this.lastEvaluatedAt = page.lastEvaluatedAt;
      this.error = undefined;
    } catch (error) {
      if (request !== this.monitorRequest) return;
      this.error = error;
    } finally {
      if (request === this.monitorRequest) this.loading = false;
    }
  }

  private async loadMore(): Promise<void> {
    const request = ++this.monitorRequest;
    this.loadingMore = true;
    try {
      const page = await getMonitor({ filter: this.filterParam(this.rows.length, this.pageSize) });
      if (request !== this.monitorRequest) return;
      this.rows = [...this.rows, ...page.rows];
      this.hasMore = page.hasMore;
      this.totalCount = page.totalCount;
    } catch (error) {
      if (request === this.monitorRequest) this.toast('More accounts could not be loaded', error);
    } finally {
      this.loadingMore = false;
    }
  }

  private async loadAlerts(): Promise<void> {
    try {
      const list = await getAlerts({
        filter: { scope: 'New', ownerId: this.filters.ownerId || null, pageSize: ALERTS_SHOWN }
      });
      this.alerts = list.alerts;
      this.alertsTotal = list.totalCount;
      this.alertsError = undefined;
    } catch (error) {
      this.alertsError = error;
    } finally {
      this.alertsLoading = false;
    }
  }

  private async loadDetail(accountId: string, quiet = false): Promise<void> {
    const request = ++this.detailRequest;
    if (!quiet) {
      this.detailLoading = true;
      this.detail = undefined;
    }
    this.detailError = undefined;
    try {
      const detail = await getAccountHealth({ accountId });
      if (request === this.detailRequest) this.detail = detail;
    } catch (error) {
      if (request === this.detailRequest) this.detailError = error;
    } finally {
      if (request === this.detailRequest) this.detailLoading = false;
    }
  }

  // ------------------------------------------------------------------------------------------------ filters

  private setFilter(name: keyof Filters, value: string): void {
    if (this.filters[name] === value) return;
    this.filters = { ...this.filters, [name]: value };
    this.loadMonitor();
    if (name === 'ownerId') this.loadAlerts();
  }

  handleFilterChange(event: CustomEvent<{ value: string }>): void {
    const name = (event.target as HTMLElement).dataset.filter as keyof Filters;
    this.setFilter(name, event.detail.value ?? '');
  }

  handleSearchChange(event: CustomEvent<{ value: string }>): void {
    const value = event.detail.value ?? '';
    // Typing only remembers the text; Enter (or clearing the box) searches.
    this.filters = { ...this.filters, search: value };
    if (!value) this.loadMonitor();
  }

  handleSearchKeyUp(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.loadMonitor();
  }

  handleBandCount(event: Event): void {
    const band = (event.currentTarget as HTMLElement).dataset.band ?? '';
    this.setFilter('band', this.filters.band === band ? '' : band);
  }

  handleClearFilters(): void {
    this.filters = { ...EMPTY_FILTERS };
    this.loadMonitor();
    this.loadAlerts();
  }

  handleShowMore(): void {
    this.loadMore();
  }

  handleRetry(): void {
    this.loadMonitor();
    this.loadAlerts();
  }

  // ---------------------------------------------------------------------------------------------- breakdown

  handleOpenAccount(event: Event): void {
    const accountId = (event.currentTarget as HTMLElement).dataset.accountId;
    if (!accountId) return;
    this.selectedAccountId = accountId;
    this.loadDetail(accountId).then(() => this.focusBreakdown());
  }

  handleCloseBreakdown(): void {
    const accountId = this.selectedAccountId;
    this.selectedAccountId = undefined;
    this.detail = undefined;
    this.detailError = undefined;
    // Back to where the user came from.
    Promise.resolve().then(() => {
      const opener = this.template?.querySelector<HTMLElement>(`button[data-account-id="${accountId}"]`);
      opener?.focus();
    });
  }

  handleBreakdownKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.handleCloseBreakdown();
  }

  private focusBreakdown(): void {
    Promise.resolve().then(() =>
      this.template?.querySelector<HTMLElement>('[data-id="breakdown-heading"]')?.focus()
    );
  }

  // ------------------------------------------------------------------------------------------------- alerts

  handleAcknowledge(event: Event): void {
    this.act('acknowledge', (event.currentTarget as HTMLElement).dataset.alertId);
  }

  handleResolve(event: Event): void {
    this.act('resolve', (event.currentTarget as HTMLElement).dataset.alertId);
  }

  handleSnooze(event: CustomEvent<{ value: string }>): void {
    const days = Number(event.detail.value);
    this.act('snooze', (event.currentTarget as HTMLElement).dataset.alertId, days);
  }

  private async act(action: AlertAction, alertId: string | undefined, days = 0): Promise<void> {
    if (!alertId || this.busyAlertIds.includes(alertId)) return;
    this.busyAlertIds = [...this.busyAlertIds, alertId];
    try {
      let alert: AlertView;
      let title: string;
      if (action === 'acknowledge') {
        alert = await acknowledgeAlert({ alertId });
        title = 'Alert acknowledged';
      } else if (action === 'resolve') {
        alert = await resolveAlert({ alertId });
        title = 'Alert resolved';
      } else {
        alert = await snoozeAlert({ alertId, snoozeUntil: snoozeUntil(days, Date.now()) });
        title = `Alert snoozed for ${days === 7 ? '1 week' : plural(days, 'day')}`;
      }
      this.dispatchEvent(
        new ShowToastEvent({
          title,
          message: `${alert.ruleLabel} — ${alert.accountName}`,
          variant: 'success'
        })
      );
      await Promise.all([
        this.loadAlerts(),
        this.loadMonitor(true),
        this.selectedAccountId ? this.loadDetail(this.selectedAccountId, true) : Promise.resolve()
      ]);
    } catch (error) {
      this.toast('The alert could not be updated', error);
    } finally {
      this.busyAlertIds = this.busyAlertIds.filter((id) => id !== alertId);
    }
  }

  private toast(title: string, error: unknown): void {
    this.dispatchEvent(
      new ShowToastEvent({ title, message: reduceErrors(error as never).join(' '), variant: 'error' })
    );
  }

  // ------------------------------------------------------------------------------------------------ display

  get showLoading(): boolean {
    return this.loading && !this.rows.length && !this.error;
  }

  get showNoAccess(): boolean {
    return !!this.error && isNoAccess(this.error as never);
  }

  get showError(): boolean {
    return !!this.error && !this.showNoAccess;
  }

  get showEmpty(): boolean {
    return !this.loading && !this.error && this.rows.length === 0;
  }

  get showList(): boolean {
    return !this.error && this.rows.length > 0;
  }

  get isFiltered(): boolean {
    return Object.values(this.filters).some((v) => v);
  }

  get emptyHeading(): string {
    return this.isFiltered ? 'No accounts match these filters' : 'No accounts to show';
  }

  get emptyMessage(): string {
    return this.isFiltered
      ? 'Clear or change the filters to see more accounts.'
      : 'Accounts appear here once they are shared with you and the nightly health evaluation has run.';
  }

  private withAll(options: Option[] | undefined, allLabel: string): Option[] {
    return [{ value: '', label: allLabel }, ...(options ?? [])];
  }

  get ownerOptions(): Option[] {
    return this.withAll(this.options?.owners, 'All owners');
  }

  get tenureOptions(): Option[] {
    return this.withAll(this.options?.tenureBands, 'All tenures');
  }

  get typeOptions(): Option[] {
    return this.withAll(this.options?.accountTypes, 'All types');
  }

  get bandOptions(): Option[] {
    return this.withAll(
      this.options?.bands ?? [
        { value: 'Red', label: 'Red' },
        { value: 'Yellow', label: 'Yellow' },
        { value: 'Green', label: 'Green' },
        { value: 'None', label: 'Not scored' }
      ],
      'All bands'
    );
  }

  get bandButtons(): {
    band: string;
    label: string;
    ariaLabel: string;
    count: number;
    pressed: string;
    className: string;
  }[] {
    const counts = this.bandCounts;
    if (!counts) return [];
    const entries: [string, string, number, string][] = [
      ['Red', 'At risk', counts.red, 'entatio-count entatio-count_red'],
      ['Yellow', 'Watch', counts.yellow, 'entatio-count entatio-count_yellow'],
      ['Green', 'Healthy', counts.green, 'entatio-count entatio-count_green']
    ];
    if (counts.none) entries.push(['None', 'Not scored', counts.none, 'entatio-count']);
    return entries.map(([band, label, count, className]) => ({
      band,
      label,
      ariaLabel: `${label}: ${plural(count, 'account')}. Show only these`,
      count,
      pressed: String(this.filters.band === band),
      className: this.filters.band === band ? `${className} entatio-count_pressed` : className
    }));
  }

  get resultText(): string {
    return `${plural(this.totalCount, 'account')}${this.isFiltered ? ' match' : ''} · needing attention first`;
  }

  get evaluatedText(): string {
    return this.lastEvaluatedAt ? `Last scored ${formatDate(this.lastEvaluatedAt)}` : '';
  }

  get rowViews(): object[] {
    return this.rows.map((row) => {
      const band = bandView(row.band);
      const trend = trendView(row.trend);
      const selected = row.accountId === this.selectedAccountId;
      return {
        key: row.accountId,
        accountId: row.accountId,
        accountName: row.accountName,
        openLabel: `Why ${row.accountName} scores ${formatScore(row.score)}`,
        scoreText: formatScore(row.score),
        bandLabel: band.label,
        bandTitle: band.description,
        bandClass: band.badgeClass,
        trend,
        hasTrend: trend.direction !== 'none',
        newAlerts: row.newAlertCount,
        openAlerts: row.openAlertCount,
        alertsText: row.openAlertCount ? `${row.newAlertCount} new · ${row.openAlertCount} open` : 'None',
        severity: row.highestSeverity ? severityView(row.highestSeverity) : undefined,
        severityLabel: row.highestSeverity ? `Highest severity: ${row.highestSeverity}` : '',
        reason: row.topReason ?? '',
        segment: [tenureText(row.tenureBand, row.tenureDays), row.accountType].filter(Boolean).join(' · '),
        owner: row.ownerName ?? '',
        rowClass: selected ? 'slds-hint-parent slds-is-selected' : 'slds-hint-parent',
        ariaSelected: String(selected)
      };
    });
  }

  get showMoreLabel(): string {
    return `Show more (${this.rows.length} of ${this.totalCount})`;
  }

  // breakdown

  get hasSelection(): boolean {
    return !!this.selectedAccountId;
  }

  get selectedName(): string {
    return (
      this.detail?.account.accountName ??
      this.rows.find((r) => r.accountId === this.selectedAccountId)?.accountName ??
      ''
    );
  }

  get breakdownHeading(): string {
    const score = this.detail?.account.score;
    return score === null || score === undefined
      ? `Why ${this.selectedName} is not scored`
      : `Why ${this.selectedName} scores ${formatScore(score)}`;
  }

  get detailView(): object | undefined {
    const detail = this.detail;
    if (!detail) return undefined;
    const account = detail.account;
    const band = bandView(account.band);
    const trend = trendView(account.trend);
    const scores = detail.history.map((p) => p.score);
    return {
      scoreText: formatScore(account.score),
      bandLabel: band.label,
      bandTitle: band.description,
      bandClass: band.badgeClass,
      trend,
      hasTrend: trend.direction !== 'none',
      segment: [tenureText(account.tenureBand, account.tenureDays), account.accountType, account.ownerName]
        .filter(Boolean)
        .join(' · '),
      summary: detail.summary ?? '',
      hasHistory: scores.length > 1,
      sparkPoints: sparklinePoints(scores, SPARK_WIDTH, SPARK_HEIGHT),
      sparkLabel: `Score history, oldest first: ${scores.map((s) => formatScore(s)).join(', ')}`,
      sparkWidth: SPARK_WIDTH,
      sparkHeight: SPARK_HEIGHT,
      viewBox: `0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`,
      rules: detail.rules.map((rule) => {
        const ruleBand = bandView(rule.band);
        const status = !rule.applies ? 'Does not apply' : rule.missingData ? 'No data' : ruleBand.label;
        return {
          key: rule.ruleName,
          label: rule.ruleLabel,
          metric: rule.windowDays ? `${rule.metricLabel} · ${rule.windowDays} days` : rule.metricLabel,
          value: rule.applies ? formatValue(rule.value, rule.unit) : '—',
          peer:
            rule.peerMedian !== null && rule.peerMedian !== undefined
              ? `Median of similar customers: ${formatValue(rule.peerMedian, rule.unit)}${rule.peerSegment ? ` (${rule.peerSegment})` : ''}`
              : '',
          thresholds: formatThresholds(
            {
              operator: rule.operator,
              redThreshold: rule.redThreshold,
              yellowThreshold: rule.yellowThreshold,
              peerRelative: rule.peerMedian !== null && rule.peerMedian !== undefined
            },
            rule.unit
          ),
          status,
          statusClass:
            rule.applies && !rule.missingData ? ruleBand.badgeClass : 'slds-badge slds-badge_lightest',
          weight: `${formatWeightUsed(rule.weightUsed)}`,
          weightTitle: `Configured weight ${rule.weight}; share of the score ${formatWeightUsed(rule.weightUsed)}`,
          points: rule.band ? String(Math.round(rule.points)) : '—',
          explanation: rule.explanation,
          rowClass: rule.applies && !rule.missingData ? '' : 'entatio-rule_muted'
        };
      })
    };
  }

  get showDetailLoading(): boolean {
    return this.detailLoading;
  }

  // alerts column

  get alertsHeading(): string {
    return this.hasSelection ? `Alerts for ${this.selectedName}` : `New alerts (${this.alertsTotal})`;
  }

  private get shownAlerts(): AlertView[] {
    return this.hasSelection ? (this.detail?.alerts ?? []) : this.alerts;
  }

  get alertViews(): object[] {
    return this.shownAlerts.map((alert) => {
      const severity = severityView(alert.severity);
      const busy = this.busyAlertIds.includes(alert.id);
      return {
        key: alert.id,
        id: alert.id,
        accountId: alert.accountId,
        accountName: alert.accountName,
        ruleLabel: alert.ruleLabel,
        severity: alert.severity,
        severityIcon: severity.iconName,
        severityVariant: severity.iconVariant,
        severityText: `${alert.severity} alert`,
        status: alert.status,
        statusText:
          alert.status === 'Snoozed' && alert.snoozedUntil
            ? `Snoozed until ${formatDate(alert.snoozedUntil)}`
            : alert.status,
        explanation: alert.explanation ?? '',
        raised: `Raised ${formatDate(alert.createdDate)}`,
        canEdit: alert.canEdit,
        canAcknowledge: alert.canEdit && alert.status !== 'Acknowledged',
        busy,
        acknowledgeLabel: `Acknowledge ${alert.ruleLabel} for ${alert.accountName}`,
        snoozeLabel: `Snooze ${alert.ruleLabel} for ${alert.accountName}`,
        resolveLabel: `Resolve ${alert.ruleLabel} for ${alert.accountName}`,
        openLabel: `Why ${alert.accountName} scores as it does`
      };
    });
  }

  get snoozeOptions(): { value: string; label: string }[] {
    return SNOOZE_OPTIONS;
  }

  get showAlertsLoading(): boolean {
    return this.hasSelection ? this.detailLoading : this.alertsLoading;
  }

  get showAlertsError(): boolean {
    return !this.hasSelection && !!this.alertsError;
  }

  get showAlertsEmpty(): boolean {
    return !this.showAlertsLoading && !this.showAlertsError && this.shownAlerts.length === 0;
  }

  get alertsEmptyMessage(): string {
    return this.hasSelection
      ? 'No open alerts for this account.'
      : 'No new alerts. Acknowledged and snoozed alerts stay on their accounts.';
  }

  get hasMoreAlerts(): boolean {
    return !this.hasSelection && this.alertsTotal > this.alerts.length;
  }

  get moreAlertsText(): string {
    return `Showing the ${this.alerts.length} most severe of ${this.alertsTotal} new alerts.`;
  }
}
