/**
 * Journeys through one course (Course record page; also embedded by c/insightsPage): where viewers go next from each
 * slide, how likely they reach the end from there, where they drop off (friction points) and whether drop-off jumped
 * lately — every figure with the number of observations behind it.
 *
 * The server returns aggregates only (`InsightsController.getCourseJourneyInput`: COUNT(Id) per previous section ×
 * section); the Markov model runs here, in the browser, in `c/insightsEngine` (`analyzeJourney`), the same code that
 * `npm run insights` runs on a dataset file.
 */
import { LightningElement, api } from 'lwc';
import getCourseJourneyInput from '@salesforce/apex/InsightsController.getCourseJourneyInput';
import {
  analyzeJourney,
  type CourseJourney as Journey,
  type Estimate,
  type JourneySection
} from 'c/insightsEngine';
import { isNoAccess, type ReportedError } from 'c/errorUtils';
import type { BarRow } from 'c/barChart';

const percent = (value: number): string => `${Math.round(value * 100)} %`;
const interval = (e: Estimate): string => `${percent(e.low)}–${percent(e.high)}`;

function slideLabel(order: number | null, title: string): string {
  return order === null ? title : `${order}. ${title}`;
}

export default class CourseJourneyView extends LightningElement {
  journey?: Journey;
  truncated = false;
  recentDays = 30;
  loading = false;
  error?: ReportedError;

  private _recordId?: string;
  private connected = false;
  private loadToken = 0;

  @api
  get recordId(): string | undefined {
    return this._recordId;
  }
  set recordId(value: string | undefined) {
    if (value === this._recordId) return;
    this._recordId = value;
    if (this.connected) this.load().catch(() => undefined);
  }

  override connectedCallback(): void {
    this.connected = true;
    this.load().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    this.connected = false;
  }

  async load(): Promise<void> {
    const token = ++this.loadToken;
    this.journey = undefined;
    this.error = undefined;
    if (!this._recordId) return;
    this.loading = true;
    try {
      const input = await getCourseJourneyInput({ courseId: this._recordId });
      if (token !== this.loadToken) return;
      this.truncated = input.truncated === true;
      this.recentDays = input.recentDays;
      this.journey = analyzeJourney(input);
    } catch (error) {
      if (token === this.loadToken) this.error = error as ReportedError;
    } finally {
      if (token === this.loadToken) this.loading = false;
    }
  }

  // ------------------------------------------------------------------------------------------------ states

  get isNoAccess(): boolean {
    return !!this.error && isNoAccess(this.error);
  }

  get isError(): boolean {
    return !!this.error && !this.isNoAccess;
  }

  get isEmpty(): boolean {
    return !!this.journey && this.journey.views === 0;
  }

  get hasJourney(): boolean {
    return !!this.journey && this.journey.views > 0;
  }

  get emptyMessage(): string {
    return `Nobody has viewed ${this.journey?.courseName ?? 'this course'} on their own in the last six months. Journeys appear once viewers open it (live presentations are left out: the presenter leads those).`;
  }

  // --------------------------------------------------------------------------------------------- summary

  get summary(): { key: string; label: string; value: string; detail: string }[] {
    const j = this.journey;
    if (!j) return [];
    const tiles = [
      {
        key: 'visits',
        label: 'Visits',
        value: j.visits.toLocaleString('en-US'),
        detail: `${j.views.toLocaleString('en-US')} slide views`
      },
      {
        key: 'reach-end',
        label: 'Visits that reach the last slide',
        value: percent(j.visitCompletion.value),
        detail: `95 % CI ${interval(j.visitCompletion)}, n = ${j.visitCompletion.n} visits`
      },
      {
        key: 'expected',
        label: 'Slides viewed per visit',
        value: j.expectedSectionsViewed.model.toFixed(1),
        detail: `observed ${j.expectedSectionsViewed.observed.toFixed(1)}, n = ${j.expectedSectionsViewed.n} visits`
      }
    ];
    if (j.completionRate) {
      tiles.push({
        key: 'completion',
        label: 'Viewers who completed',
        value: percent(j.completionRate.value),
        detail: `${j.completions} completions, 95 % CI ${interval(j.completionRate)}, n = ${j.completionRate.n} viewers`
      });
    } else {
      tiles.push({
        key: 'completion',
        label: 'Completions',
        value: j.completions.toLocaleString('en-US'),
        detail: 'viewers who reached the last slide for the first time'
      });
    }
    return tiles;
  }

  // ------------------------------------------------------------------------------------------- hotspots

  get hotspots() {
    const j = this.journey;
    if (!j) return [];
    return j.hotspots.map((h) => ({
      key: h.sectionId,
      label: slideLabel(h.order, h.title),
      text: `${percent(h.exitRate.value)} of views end the visit here (95 % CI ${interval(h.exitRate)}, n = ${h.exitRate.n} views), against ${percent(h.baseline.value)} on the course's other slides.`
    }));
  }

  get hasHotspots(): boolean {
    return this.hotspots.length > 0;
  }

  get dropOffChanges() {
    const j = this.journey;
    if (!j) return [];
    return j.dropOffChanges.map((c) => ({
      key: c.sectionId,
      label: slideLabel(c.order, c.title),
      text: `Leaving here: ${percent(c.recent.value)} in the last ${this.recentDays} days (n = ${c.recent.n}) against ${percent(c.earlier.value)} before (n = ${c.earlier.n}).`
    }));
  }

  get hasDropOffChanges(): boolean {
    return this.dropOffChanges.length > 0;
  }

  // --------------------------------------------------------------------------------------------- charts

  private get sections(): JourneySection[] {
    return this.journey?.sections ?? [];
  }

  get reachEndRows(): BarRow[] {
    return this.sections.map((s) => ({
      key: s.sectionId,
      label: slideLabel(s.order, s.title),
      value: s.reachEnd,
      note: `${s.views} views`,
      highlight: s.hotspot
    }));
  }

  get exitRows(): BarRow[] {
    return this.sections.map((s) => ({
      key: s.sectionId,
      label: slideLabel(s.order, s.title),
      value: s.exitRate.value,
      low: s.exitRate.low,
      high: s.exitRate.high,
      note: `${s.exits} of ${s.views} views`,
      highlight: s.hotspot
    }));
  }

  get nextRows() {
    return this.sections.map((s) => {
      const steps = s.next.map((n) => ({
        key: `${s.sectionId}>${n.sectionId ?? 'exit'}`,
        text: `${n.sectionId === null ? 'Leaves' : slideLabel(n.order, n.title)}: ${percent(n.probability)} (${n.count})`
      }));
      return {
        key: s.sectionId,
        label: slideLabel(s.order, s.title),
        views: s.views,
        starts: s.starts,
        steps,
        rowClass: s.hotspot ? 'hotspot-row' : ''
      };
    });
  }

  get truncatedMessage(): string {
    return 'This course has more steps than one query returns; the figures cover the most frequent steps only.';
  }
}
