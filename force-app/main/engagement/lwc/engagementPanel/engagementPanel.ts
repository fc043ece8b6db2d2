/**
 * The Engagement tab of Account and Contact record pages (Lightning Experience and the mobile app): how knowledge is
 * landing with a customer.
 *
 * - Summary: engagement score (the roll-up field), views, engaged contacts, courses, last engaged.
 * - Engaged contacts with their titles, and a contacts x courses heat map (c-engagement-heat-map).
 * - Engagement over time against the account's closed-won amounts (c-engagement-trend-chart).
 * - Courses and the most viewed sections; sections awaiting a return; sections of those courses nobody viewed yet.
 * - Quick actions, all navigations: "Present" opens the course's record page asking for the presenter
 *   (`c__action=present`); "Share a course" opens the Sharing Groups, where courses are shared with audiences.
 * - Loading, empty (no engagement yet), no-access and error states through c-state-panel.
 *
 * Data: `EngagementPanelController.getPanel` (user mode, capped lists), called when the record id is set and on
 * Refresh.
 */
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import getPanel from '@salesforce/apex/EngagementPanelController.getPanel';
import type { CourseRow, Panel, SectionRow } from '@salesforce/apex/EngagementPanelController';
import { isNoAccess, type ReportedError } from 'c/errorUtils';
import { plural } from 'c/engagementCharts';

export const SHARING_GROUP_OBJECT = 'Sharing_Group__c';
export const COURSE_OBJECT = 'Course__c';
/** EngagementPanelService.MAX_LIST_ROWS: the awaiting-return and not-viewed lists are cut to this. */
export const MAX_LIST_ROWS = 10;

interface SectionItem extends SectionRow {
  key: string;
  heading: string;
  meta: string;
}

interface CourseItem extends CourseRow {
  progress: string;
  presentLabel: string;
}

export default class EngagementPanel extends NavigationMixin(LightningElement) {
  panel?: Panel;
  loading = false;
  error?: ReportedError;
  private _recordId?: string;
  private request = 0;

  @api
  get recordId(): string | undefined {
    return this._recordId;
  }
  set recordId(value: string | undefined) {
    const changed = value !== this._recordId;
    this._recordId = value;
    if (changed && value) this.load();
  }

  async load(): Promise<void> {
    if (!this._recordId) return;
    const request = ++this.request;
    this.loading = true;
    this.error = undefined;
    try {
      const panel = await getPanel({ recordId: this._recordId });
      if (request === this.request) this.panel = panel;
    } catch (error) {
      if (request === this.request) {
        this.panel = undefined;
        this.error = error as ReportedError;
      }
    } finally {
      if (request === this.request) this.loading = false;
    }
  }

  handleRefresh(): void {
    this.load();
  }

  // -------------------------------------------------------------------------------------------------- states

  get showLoading(): boolean {
    return this.loading && !this.panel;
  }

  get noAccess(): boolean {
    return !this.loading && !!this.error && isNoAccess(this.error);
  }

  get failed(): boolean {
    return !this.loading && !!this.error && !isNoAccess(this.error);
  }

  get isEmpty(): boolean {
    return !!this.panel && this.panel.summary.views === 0;
  }

  get hasData(): boolean {
    return !!this.panel && this.panel.summary.views > 0;
  }

  get isAccount(): boolean {
    return this.panel?.scope !== 'Contact';
  }

  get emptyMessage(): string {
    return this.isAccount
      ? 'Nobody at this account has viewed a course yet. Share a course with them, or present one.'
      : "This contact hasn't viewed a course yet. Share a course with them, or present one.";
  }

  get heading(): string {
    return this.isAccount ? 'Engagement at this account' : 'Engagement of this contact';
  }

  // --------------------------------------------------------------------------------------------------- data

  get summary() {
    return this.panel!.summary;
  }

  get hasScore(): boolean {
    return this.panel?.summary.engagementScore !== undefined && this.panel?.summary.engagementScore !== null;
  }

  get scoreText(): string {
    const score = this.panel?.summary.engagementScore;
    return score === undefined || score === null ? '—' : String(Math.round(score));
  }

  get viewsText(): string {
    return (this.panel?.summary.views ?? 0).toLocaleString('en-US');
  }

  get contacts() {
    return this.panel?.contacts ?? [];
  }

  get hasContacts(): boolean {
    return this.contacts.length > 0;
  }

  get contactsHeading(): string {
    const shown = this.contacts.length;
    const total = this.panel?.summary.engagedContacts ?? shown;
    return total > shown ? `Engaged contacts (top ${shown} of ${total})` : `Engaged contacts (${shown})`;
  }

  get courses(): CourseItem[] {
    return (this.panel?.courses ?? []).map((c) => ({
      ...c,
      progress: c.sectionCount
        ? `${c.sectionsViewed} of ${plural(c.sectionCount, 'section')} viewed`
        : `${plural(c.sectionsViewed, 'section')} viewed`,
      presentLabel: `Present ${c.name}`
    }));
  }

  get hasCourses(): boolean {
    return this.courses.length > 0;
  }

  get showHeatMap(): boolean {
    return this.hasContacts && this.hasCourses;
  }

  private sectionItems(rows: SectionRow[] | undefined, withContact: boolean): SectionItem[] {
    return (rows ?? []).map((s, i) => ({
      ...s,
      key: `${s.sectionId}-${s.contactId ?? ''}-${i}`,
      heading: s.title || 'Untitled section',
      meta: [
        s.courseName,
        s.order ? `slide ${s.order}` : '',
        withContact ? s.contactName : '',
        s.views ? plural(s.views, 'view') : ''
      ]
        .filter(Boolean)
        .join(' · ')
    }));
  }

  get topSections(): SectionItem[] {
    return this.sectionItems(this.panel?.topSections, false);
  }

  get awaitingReturn(): SectionItem[] {
    return this.sectionItems(this.panel?.awaitingReturn, this.isAccount);
  }

  get notViewed(): SectionItem[] {
    return this.sectionItems(this.panel?.notViewed, false);
  }

  get hasTopSections(): boolean {
    return this.topSections.length > 0;
  }

  get hasAwaitingReturn(): boolean {
    return this.awaitingReturn.length > 0;
  }

  get hasNotViewed(): boolean {
    return this.notViewed.length > 0;
  }

  get awaitingHeading(): string {
    const total = this.panel?.summary.awaitingReturnCount ?? 0;
    const shown = this.awaitingReturn.length;
    return total > shown ? `Awaiting a return (${shown} of ${total})` : `Awaiting a return (${shown})`;
  }

  get notViewedHeading(): string {
    return `Not viewed yet (${this.notViewed.length}${this.notViewed.length >= MAX_LIST_ROWS ? '+' : ''})`;
  }

  get overTime() {
    return this.panel?.overTime ?? [];
  }

  // ------------------------------------------------------------------------------------------------ actions

  handlePresent(event: Event): void {
    const courseId = (event.currentTarget as HTMLElement).dataset.courseId;
    if (!courseId) return;
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId: courseId, objectApiName: COURSE_OBJECT, actionName: 'view' },
      state: { c__action: 'present' }
    });
  }

  handleShare(): void {
    this[NavigationMixin.Navigate]({
      type: 'standard__objectPage',
      attributes: { objectApiName: SHARING_GROUP_OBJECT, actionName: 'list' },
      state: { filterName: 'Recent' }
    });
  }
}
