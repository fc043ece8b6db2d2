/**
 * The Insights app page: what the engagement data says across courses, people, accounts and revenue.
 *
 * - Insight cards: significant changes and findings the engine came across (a topic surging, an account going quiet,
 *   a slide where viewers leave, a role × topic affinity, revenue lift), each with its evidence; none on data
 *   without signal.
 * - Journeys through a chosen course (c/courseJourney, the same view as on the Course record).
 * - Who engages with what: role group × topic engagement per person per month as a heat map, for all accounts or
 *   one account type or industry, with the people behind each cell; the strongest affinities with intervals.
 * - Engagement and revenue: closed-won amount per closed opportunity and win rate, engaged vs comparable non-engaged
 *   accounts, overall and per topic, with bootstrap intervals — worded as association, not causation.
 * - Topics across the market: top and rising topics, most viewed sections.
 *
 * The server sends aggregates only (`InsightsController.getInsightsInput`); the analysis runs here, in
 * `c/insightsEngine` (`analyze`), the same code `npm run insights` runs on a dataset file. Every chart can be read as
 * a table instead.
 */
import { LightningElement } from 'lwc';
import getInsightsInput from '@salesforce/apex/InsightsController.getInsightsInput';
import {
  analyze,
  type Estimate,
  type InsightCard,
  type InsightsResult,
  type RevenueComparison,
  type RevenueGroup
} from 'c/insightsEngine';
import { isNoAccess, type ReportedError } from 'c/errorUtils';
import type { BarRow } from 'c/barChart';
import type { HeatCell } from 'c/heatMap';

const ALL = 'all';
/** Cards shown before "Show all". */
const CARDS_SHOWN = 9;
const percent = (value: number): string => `${Math.round(value * 100)} %`;
const ratio = (value: number): string => `${value.toFixed(2)}×`;
const money = (value: number): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
    value
  );
const count = (value: number): string => value.toLocaleString('en-US');

const TONE_LABEL: Record<InsightCard['tone'], string> = {
  risk: 'Needs attention',
  opportunity: 'Opportunity',
  info: 'Context'
};

function metricText(card: InsightCard): string {
  const m = card.metric;
  const isRate = /rate|share/i.test(m.label) && m.value <= 1;
  const isRatio = /÷|ratio|lift|×/i.test(m.label);
  const format = (v: number): string => {
    if (isRate) return percent(v);
    return isRatio ? ratio(v) : count(Math.round(v * 100) / 100);
  };
  const interval = m.low !== m.high ? ` (95 % CI ${format(m.low)}–${format(m.high)})` : '';
  return `${m.label}: ${format(m.value)}${interval}, n = ${count(m.n)}`;
}

export default class InsightsPage extends LightningElement {
  result?: InsightsResult;
  courses: { id: string; name: string }[] = [];
  truncated: string[] = [];
  loading = true;
  error?: ReportedError;
  selectedCourseId?: string;
  segmentFilter = ALL;
  elapsedMs = 0;

  override connectedCallback(): void {
    this.load().catch(() => undefined);
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = undefined;
    try {
      const input = await getInsightsInput();
      const started = performance.now();
      this.result = analyze(input);
      this.elapsedMs = Math.round(performance.now() - started);
      this.truncated = input.truncated ?? [];
      this.courses = [...input.courses].sort((a, b) => a.name.localeCompare(b.name));
      // Open the journeys of the course with the strongest friction point, else the first course.
      const hotspot = this.result.cards.find(
        (c) => c.kind === 'drop-off-hotspot' || c.kind === 'drop-off-jump'
      );
      const hotspotCourse = hotspot ? this.courseOfCard(hotspot) : undefined;
      this.selectedCourseId = hotspotCourse ?? this.courses[0]?.id;
    } catch (error) {
      this.error = error as ReportedError;
    } finally {
      this.loading = false;
    }
  }

  private courseOfCard(card: InsightCard): string | undefined {
    if (card.subject.type === 'course') return card.subject.id;
    for (const journey of this.result?.journeys ?? []) {
      if (journey.sections.some((s) => s.sectionId === card.subject.id)) return journey.courseId;
    }
    return undefined;
  }

  // ------------------------------------------------------------------------------------------------ states

  get isNoAccess(): boolean {
    return !!this.error && isNoAccess(this.error);
  }

  get isError(): boolean {
    return !!this.error && !this.isNoAccess;
  }

  get isEmpty(): boolean {
    return !!this.result && this.result.topics.top.every((t) => t.events === 0);
  }

  get hasResult(): boolean {
    return !!this.result && !this.isEmpty;
  }

  get periodText(): string {
    const p = this.result?.period;
    if (!p) return '';
    return `Engagement from ${p.periodStart} until ${p.asOf} (recent: the last ${p.recentDays} days). Analysed in your browser in ${this.elapsedMs} ms.`;
  }

  get hasTruncated(): boolean {
    return this.truncated.length > 0;
  }

  get truncatedText(): string {
    return `Some figures cover only the largest groups, because their queries reached the row limit: ${this.truncated.join(', ')}.`;
  }

  // ------------------------------------------------------------------------------------------------- cards

  showAllCards = false;

  get cards() {
    const all = this.result?.cards ?? [];
    return (this.showAllCards ? all : all.slice(0, CARDS_SHOWN)).map((card) => ({
      key: card.id,
      kind: card.kind,
      title: card.title,
      summary: card.summary,
      tone: TONE_LABEL[card.tone],
      badgeClass: `slds-badge ${card.tone === 'risk' ? 'slds-theme_error' : card.tone === 'opportunity' ? 'slds-theme_success' : ''}`,
      metric: metricText(card),
      evidence: card.evidence.map((e, index) => ({
        labelKey: `${card.id}-l${index}`,
        valueKey: `${card.id}-v${index}`,
        label: e.label,
        value: e.value
      }))
    }));
  }

  get hasCards(): boolean {
    return this.cards.length > 0;
  }

  get hiddenCards(): number {
    return this.showAllCards ? 0 : Math.max(0, (this.result?.cards.length ?? 0) - CARDS_SHOWN);
  }

  get showAllLabel(): string {
    return `Show all ${this.result?.cards.length ?? 0} findings`;
  }

  handleShowAllCards(): void {
    this.showAllCards = true;
  }

  // ---------------------------------------------------------------------------------------------- journeys

  get courseOptions(): { label: string; value: string; selected: boolean }[] {
    return this.courses.map((c) => ({
      label: c.name,
      value: c.id,
      selected: c.id === this.selectedCourseId
    }));
  }

  handleCourseChange(event: Event): void {
    this.selectedCourseId = (event.target as HTMLSelectElement).value;
  }

  // ---------------------------------------------------------------------------------------------- segments

  get segmentOptions(): { label: string; value: string; selected: boolean }[] {
    return this.segmentChoices.map((o) => ({ ...o, selected: o.value === this.segmentFilter }));
  }

  private get segmentChoices(): { label: string; value: string }[] {
    const cells = this.result?.segments.cells ?? [];
    const types = [
      ...new Set(cells.filter((c) => c.accountDimension === 'accountType').map((c) => c.accountValue))
    ];
    const industries = [
      ...new Set(cells.filter((c) => c.accountDimension === 'industry').map((c) => c.accountValue))
    ];
    return [
      { label: 'All accounts', value: ALL },
      ...types.sort().map((t) => ({ label: `Account type: ${t || '(none)'}`, value: `accountType:${t}` })),
      ...industries.sort().map((i) => ({ label: `Industry: ${i || '(none)'}`, value: `industry:${i}` }))
    ];
  }

  handleSegmentFilter(event: Event): void {
    this.segmentFilter = (event.target as HTMLSelectElement).value;
  }

  get heatCells(): HeatCell[] {
    const segments = this.result?.segments;
    if (!segments) return [];
    if (this.segmentFilter === ALL) {
      return segments.affinities.map((a) => ({
        row: a.roleGroup,
        column: a.topic,
        value: a.eventsPerPersonPerMonth,
        size: a.people
      }));
    }
    const [dimension, ...rest] = this.segmentFilter.split(':');
    const value = rest.join(':');
    return segments.cells
      .filter((c) => c.accountDimension === dimension && c.accountValue === value)
      .map((c) => ({ row: c.roleGroup, column: c.topic, value: c.eventsPerPersonPerMonth, size: c.people }));
  }

  get roleOrder(): string[] {
    return (this.result?.segments.roleGroups ?? []).map((r) => r.roleGroup);
  }

  get topicOrder(): string[] {
    return this.result?.segments.topics ?? [];
  }

  get heatHeading(): string {
    const option = this.segmentChoices.find((o) => o.value === this.segmentFilter);
    return `Views per person per month, role group × topic (${option?.label ?? 'All accounts'})`;
  }

  get affinityRows(): BarRow[] {
    return (this.result?.segments.affinities ?? [])
      .filter((a) => a.significant)
      .slice(0, 8)
      .map((a) => ({
        key: `${a.roleGroup}|${a.topic}`,
        label: `${a.roleGroup} × ${a.topic}`,
        value: a.ratio.value,
        low: a.ratio.low,
        high: a.ratio.high,
        note: `${a.people} people, ${a.events} views`
      }));
  }

  // ----------------------------------------------------------------------------------------------- revenue

  get revenue() {
    return this.result?.revenue;
  }

  get hasRevenue(): boolean {
    return !!this.revenue?.overall;
  }

  get revenueStatement(): string {
    return this.revenue?.statement ?? '';
  }

  get revenueBasis(): string {
    const r = this.revenue;
    if (!r) return '';
    return r.basis === 'engagement-before-close'
      ? `Engaged: ${r.minEventsEngaged} or more views by the account's contacts in the 90 days before the opportunity closed.`
      : `Engaged: ${r.minEventsEngaged} or more views by the account's contacts in the period.`;
  }

  private get comparisons(): RevenueComparison[] {
    const r = this.revenue;
    if (!r?.overall) return [];
    return [r.overall, ...r.byTopic];
  }

  get liftRows(): BarRow[] {
    return this.comparisons.map((c) => ({
      key: c.topic ?? 'overall',
      label: c.topic ? `Engaged with ${c.topic}` : 'Any engagement',
      value: c.lift.value,
      low: c.lift.low,
      high: c.lift.high,
      note: `${c.engaged.opportunities} vs ${c.comparison.opportunities} opportunities`,
      highlight: false
    }));
  }

  get winRateRows() {
    const group = (key: string, label: string, g: RevenueGroup) => ({
      key,
      label,
      accounts: count(g.accounts),
      opportunities: count(g.opportunities),
      winRate: `${percent(g.winRate.value)} (${percent(g.winRate.low)}–${percent(g.winRate.high)})`,
      wonAmount: money(g.wonAmount),
      perClosed: money(g.wonAmountPerClosed)
    });
    const overall = this.revenue?.overall;
    if (!overall) return [];
    return [
      group('engaged', 'Engaged accounts', overall.engaged),
      group('comparison', 'Comparable non-engaged accounts', overall.comparison)
    ];
  }

  get winRateDifference(): string {
    const d: Estimate | undefined = this.revenue?.overall?.winRateDifference;
    if (!d) return '';
    const points = (v: number): string => `${v >= 0 ? '+' : ''}${Math.round(v * 100)}`;
    return `Win rate difference: ${points(d.value)} percentage points (95 % CI ${points(d.low)} to ${points(d.high)}), n = ${d.n} closed opportunities.`;
  }

  // ------------------------------------------------------------------------------------------------ topics

  get topTopicRows(): BarRow[] {
    return (this.result?.topics.top ?? []).map((t) => ({
      key: t.topic,
      label: t.topic || '(no topic)',
      value: t.events,
      note: `${percent(t.share)} of views, ${t.visits} visits`
    }));
  }

  get trendRows(): BarRow[] {
    return [...(this.result?.topics.top ?? [])]
      .sort((a, b) => b.trend.value - a.trend.value)
      .map((t) => ({
        key: t.topic,
        label: t.topic || '(no topic)',
        value: t.trend.value,
        low: t.trend.low,
        high: t.trend.high,
        note: `${t.recentVisits} recent of ${t.visits} visits`,
        highlight: t.rising
      }));
  }

  get risingText(): string {
    const rising = this.result?.topics.rising ?? [];
    if (!rising.length) return 'No topic is rising significantly.';
    return `Rising: ${rising.map((t) => `${t.topic} (${ratio(t.trend.value)})`).join(', ')}.`;
  }

  get topSectionRows(): BarRow[] {
    return (this.result?.topics.topSections ?? []).map((s) => ({
      key: s.sectionId,
      label: `${s.courseName} · ${s.order}. ${s.title}`,
      value: s.events,
      note: `${s.topic}, ${s.recentEvents} in the last ${this.result?.period.recentDays ?? 30} days`
    }));
  }
}
