/**
 * The live presenter: on the Course record page (this course), the Account record page (a course picked, the
 * account's contacts offered as the audience) and app pages (course and account set in the builder).
 *
 * 1. Setup: the course, then the audience — the account's contacts (checkboxes), a campaign's or a sharing group's
 *    members, people typed in by hand (matched to existing contacts by email on the server, never duplicated).
 *    Start creates the `Presentation_Session__c` with its attendees and shows the join code for followers.
 * 2. Live: the presenter view — the slide on screen (fullscreen for the audience), the next slide, the speaker notes,
 *    the session and slide timers. Keys (keyboard and clickers): → ↓ PageDown Space Enter next, ← ↑ PageUp Backspace
 *    previous, Home/End, B or . black screen, W or , white screen (again to return), Escape leaves a blank screen or
 *    fullscreen. Slides can be skipped with "Go to slide". Each slide shown is sent to the server
 *    (`showSection`, in order, never blocking the presenter); skipped slides are never sent, so never recorded.
 * 3. End: the summary — slides shown and skipped, time per slide, attendees, who followed along.
 */
import { LightningElement, api } from 'lwc';
import openCourse from '@salesforce/apex/ViewerController.openCourse';
import getPresentableCourses from '@salesforce/apex/PresenterController.getPresentableCourses';
import getSpeakerNotes from '@salesforce/apex/PresenterController.getSpeakerNotes';
import getAudienceSources from '@salesforce/apex/PresenterController.getAudienceSources';
import getMembers from '@salesforce/apex/PresenterController.getMembers';
import startSession from '@salesforce/apex/PresenterController.startSession';
import showSection from '@salesforce/apex/PresenterController.showSection';
import endSession from '@salesforce/apex/PresenterController.endSession';
import type { CourseView, SectionView } from '@salesforce/apex/ViewerController';
import type { SectionDetail, SectionPreview } from '@salesforce/apex/CourseBuilderController';
import type {
  AudienceSources,
  CourseOption,
  Person,
  SessionView,
  Source,
  Summary
} from '@salesforce/apex/PresenterController';
import { isNoAccess, reduceErrors, type ReportedError } from 'c/errorUtils';
import {
  adHocProblem,
  formatDuration,
  keyAction,
  mergeAudience,
  type AudienceMember,
  type KeyAction
} from 'c/liveSession';

type Phase = 'setup' | 'live' | 'summary';
type Blank = 'black' | 'white' | undefined;
const IGNORED_KEY_TARGETS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'LIGHTNING-INPUT', 'LIGHTNING-COMBOBOX']);

function personMember(person: Person, source: AudienceMember['source']): AudienceMember {
  return {
    key: person.contactId,
    contactId: person.contactId,
    name: person.name,
    detail: [person.title, person.accountName].filter(Boolean).join(' · ') || person.email,
    email: person.email,
    source
  };
}

export default class Presenter extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;
  /** App pages: the course to present (else the presenter picks one). */
  @api courseId?: string;
  /** App pages: the account the presentation is for. */
  @api accountId?: string;

  phase: Phase = 'setup';
  loading = false;
  error?: ReportedError;
  actionError?: string;

  courses: CourseOption[] = [];
  pickedCourseId?: string;
  course?: CourseView;
  notesBySection: Record<string, string> = {};
  sources?: AudienceSources;
  audience: AudienceMember[] = [];
  pickedSourceId?: string;
  adHoc = { firstName: '', lastName: '', email: '' };
  adHocError?: string;
  starting = false;

  session?: SessionView;
  currentIndex = 0;
  blank: Blank;
  fullscreen = false;
  now = Date.now();
  slideShownAt = Date.now();
  summary?: Summary;
  ending = false;

  private sendChain: Promise<unknown> = Promise.resolve();
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;
  private loadToken = 0;

  // ---------------------------------------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    this.connected = true;
    window.addEventListener('keydown', this.handleWindowKey);
    document.addEventListener('fullscreenchange', this.handleFullscreenChange);
    this.load().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    this.connected = false;
    window.removeEventListener('keydown', this.handleWindowKey);
    document.removeEventListener('fullscreenchange', this.handleFullscreenChange);
    this.stopTimer();
  }

  private get resolvedCourseId(): string | undefined {
    if (this.objectApiName === 'Course__c' && this.recordId) return this.recordId;
    return this.courseId ?? this.pickedCourseId;
  }

  private get resolvedAccountId(): string | undefined {
    if (this.objectApiName === 'Account' && this.recordId) return this.recordId;
    return this.accountId;
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loading = true;
    this.error = undefined;
    try {
      const needsCoursePicker = !(this.objectApiName === 'Course__c' && this.recordId) && !this.courseId;
      const [sources, courses] = await Promise.all([
        getAudienceSources({ accountId: this.resolvedAccountId ?? null }),
        needsCoursePicker ? getPresentableCourses() : Promise.resolve([] as CourseOption[])
      ]);
      if (token !== this.loadToken) return;
      this.sources = sources;
      this.courses = courses;
      if (this.resolvedCourseId) await this.loadCourse(token);
    } catch (error) {
      if (token === this.loadToken) this.error = error as ReportedError;
    } finally {
      if (token === this.loadToken) this.loading = false;
    }
  }

  private async loadCourse(token = this.loadToken): Promise<void> {
    const courseId = this.resolvedCourseId;
    if (!courseId) return;
    const [course, notes] = await Promise.all([openCourse({ courseId }), getSpeakerNotes({ courseId })]);
    if (token !== this.loadToken) return;
    this.course = course;
    this.notesBySection = Object.fromEntries(notes.map((n) => [n.sectionId, n.notes]));
  }

  // ---------------------------------------------------------------------------------------------- states

  get showLoading(): boolean {
    return this.loading;
  }
  get showNoAccess(): boolean {
    return !this.loading && !!this.error && isNoAccess(this.error);
  }
  get showError(): boolean {
    return !this.loading && !!this.error && !isNoAccess(this.error);
  }
  get showSetup(): boolean {
    return !this.loading && !this.error && this.phase === 'setup';
  }
  get showLive(): boolean {
    return !this.error && this.phase === 'live' && !!this.course;
  }
  get showSummary(): boolean {
    return !this.error && this.phase === 'summary' && !!this.summary;
  }

  // ----------------------------------------------------------------------------------------------- setup

  get needsCoursePicker(): boolean {
    return !(this.objectApiName === 'Course__c' && this.recordId) && !this.courseId;
  }
  get courseOptions(): { label: string; value: string; selected: boolean }[] {
    return this.courses.map((c) => ({
      label: `${c.name} (${c.slideCount} slides)`,
      value: c.id,
      selected: c.id === this.pickedCourseId
    }));
  }
  get noCourses(): boolean {
    return this.needsCoursePicker && this.courses.length === 0;
  }
  get courseName(): string {
    return this.course?.name ?? '';
  }
  get slideCount(): number {
    return this.course?.sections.length ?? 0;
  }
  get courseHasNoSlides(): boolean {
    return !!this.course && this.slideCount === 0;
  }
  get hasAccount(): boolean {
    return !!this.resolvedAccountId;
  }
  get accountContacts(): { contactId: string; label: string; checked: boolean }[] {
    const inAudience = new Set(this.audience.map((m) => m.contactId));
    return (this.sources?.accountContacts ?? []).map((p) => ({
      contactId: p.contactId,
      label: p.title ? `${p.name} · ${p.title}` : p.name,
      checked: inAudience.has(p.contactId)
    }));
  }
  get hasAccountContacts(): boolean {
    return (this.sources?.accountContacts.length ?? 0) > 0;
  }
  get groupSources(): Source[] {
    return [...(this.sources?.campaigns ?? []), ...(this.sources?.sharingGroups ?? [])];
  }
  get hasGroupSources(): boolean {
    return this.groupSources.length > 0;
  }
  get groupOptions(): { label: string; value: string }[] {
    return this.groupSources.map((s) => ({
      label: `${s.kind === 'Campaign' ? 'Campaign' : 'Sharing group'}: ${s.name}`,
      value: s.id
    }));
  }
  get addMembersDisabled(): boolean {
    return !this.pickedSourceId;
  }
  get audienceCount(): number {
    return this.audience.length;
  }
  get audienceLabel(): string {
    return this.audience.length === 1 ? '1 attendee' : `${this.audience.length} attendees`;
  }
  get audienceItems(): (AudienceMember & { label: string })[] {
    return this.audience.map((m) => ({ ...m, label: m.detail ? `${m.name} (${m.detail})` : m.name }));
  }
  get startDisabled(): boolean {
    return !this.course || this.slideCount === 0 || this.starting;
  }

  async handleCourseChange(event: Event): Promise<void> {
    this.pickedCourseId = (event.target as HTMLSelectElement).value || undefined;
    this.course = undefined;
    try {
      this.loading = true;
      await this.loadCourse();
    } catch (error) {
      this.error = error as ReportedError;
    } finally {
      this.loading = false;
    }
  }

  handleContactToggle(event: Event): void {
    const target = event.target as HTMLInputElement & { dataset: { id?: string } };
    const id = target.dataset.id;
    const person = this.sources?.accountContacts.find((p) => p.contactId === id);
    if (!person) return;
    if (target.checked) this.audience = mergeAudience(this.audience, [personMember(person, 'Account')]);
    else this.audience = this.audience.filter((m) => m.contactId !== id);
  }

  handleSelectAllContacts(): void {
    const all = (this.sources?.accountContacts ?? []).map((p) => personMember(p, 'Account'));
    this.audience = mergeAudience(this.audience, all);
  }

  handleSourceChange(event: Event): void {
    this.pickedSourceId = (event.target as HTMLSelectElement).value || undefined;
  }

  async handleAddMembers(): Promise<void> {
    const source = this.groupSources.find((s) => s.id === this.pickedSourceId);
    if (!source) return;
    this.actionError = undefined;
    try {
      const people = await getMembers({ sourceId: source.id });
      if (!people.length) {
        this.actionError = `${source.name} has no contacts you can see.`;
        return;
      }
      this.audience = mergeAudience(
        this.audience,
        people.map((p) => personMember(p, source.kind))
      );
    } catch (error) {
      this.actionError = reduceErrors(error as ReportedError).join(' ');
    }
  }

  handleAdHocInput(event: Event): void {
    const target = event.target as HTMLInputElement & {
      dataset: { field?: 'firstName' | 'lastName' | 'email' };
    };
    const field = target.dataset.field;
    if (field) this.adHoc = { ...this.adHoc, [field]: target.value ?? '' };
  }

  handleAddAdHoc(event?: Event): void {
    event?.preventDefault();
    const problem = adHocProblem(this.adHoc);
    this.adHocError = problem;
    if (problem) return;
    const email = this.adHoc.email.trim();
    const name = `${this.adHoc.firstName.trim()} ${this.adHoc.lastName.trim()}`.trim();
    const before = this.audience.length;
    this.audience = mergeAudience(this.audience, [
      {
        key: `email:${email.toLowerCase()}`,
        name,
        detail: email,
        firstName: this.adHoc.firstName.trim(),
        lastName: this.adHoc.lastName.trim(),
        email,
        source: 'Ad_Hoc'
      }
    ]);
    if (this.audience.length === before) this.adHocError = `${email} is already in the audience.`;
    else this.adHoc = { firstName: '', lastName: '', email: '' };
  }

  handleRemoveAttendee(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    this.audience = this.audience.filter((m) => m.key !== key);
  }

  async handleStart(): Promise<void> {
    const course = this.course;
    if (!course || this.starting) return;
    this.starting = true;
    this.actionError = undefined;
    try {
      this.session = await startSession({
        courseId: course.id,
        accountId: this.resolvedAccountId ?? null,
        attendees: this.audience.map((m) => ({
          contactId: m.contactId ?? null,
          firstName: m.contactId ? null : m.firstName,
          lastName: m.contactId ? null : m.lastName,
          email: m.contactId ? null : m.email,
          source: m.source
        }))
      });
      this.phase = 'live';
      this.blank = undefined;
      this.currentIndex = -1;
      this.startTimer();
      this.goTo(0);
    } catch (error) {
      this.actionError = reduceErrors(error as ReportedError).join(' ');
    } finally {
      this.starting = false;
    }
  }

  // ------------------------------------------------------------------------------------------------ live

  private get sections(): SectionView[] {
    return this.course?.sections ?? [];
  }
  get current(): SectionView | undefined {
    return this.sections[this.currentIndex];
  }
  get next(): SectionView | undefined {
    return this.sections[this.currentIndex + 1];
  }
  get joinCode(): string {
    return this.session?.joinCode ?? '';
  }
  get positionText(): string {
    return `Slide ${this.currentIndex + 1} of ${this.slideCount}`;
  }
  get sessionTime(): string {
    const started = this.session?.startedAt ? Date.parse(this.session.startedAt) : this.now;
    return formatDuration((this.now - started) / 1000);
  }
  get slideTime(): string {
    return formatDuration((this.now - this.slideShownAt) / 1000);
  }
  get notes(): string | undefined {
    const id = this.current?.id;
    return id ? this.notesBySection[id] : undefined;
  }
  get nextTitle(): string {
    return this.next ? `${this.next.position}. ${this.next.title}` : 'End of the course';
  }
  get nextImageUrl(): string | undefined {
    return this.next?.imageUrl ?? undefined;
  }
  get isBlank(): boolean {
    return !!this.blank;
  }
  get blankClass(): string {
    return `entatio-presenter__blank entatio-presenter__blank_${this.blank ?? 'black'}`;
  }
  get blankLabel(): string {
    return this.blank === 'white' ? 'White screen (press W to return)' : 'Black screen (press B to return)';
  }
  get stageClass(): string {
    return this.fullscreen
      ? 'entatio-presenter__stage entatio-presenter__stage_full'
      : 'entatio-presenter__stage';
  }
  get previousDisabled(): boolean {
    return this.currentIndex <= 0;
  }
  get nextDisabled(): boolean {
    return this.currentIndex >= this.slideCount - 1;
  }
  get blackVariant(): string {
    return this.blank === 'black' ? 'brand' : 'neutral';
  }
  get whiteVariant(): string {
    return this.blank === 'white' ? 'brand' : 'neutral';
  }
  get slideOptions(): { label: string; value: string; selected: boolean }[] {
    return this.sections.map((s, i) => ({
      label: `${s.position}. ${s.title}`,
      value: String(i),
      selected: i === this.currentIndex
    }));
  }
  get sectionDetail(): SectionDetail | undefined {
    const s = this.current;
    return s
      ? {
          id: s.id,
          position: s.position,
          title: s.title,
          description: s.description,
          topic: s.topic,
          mediaType: s.mediaType,
          pageNumber: s.pageNumber,
          linkUrl: s.linkUrl,
          renditionStatus: s.status
        }
      : undefined;
  }
  get sectionPreview(): SectionPreview | undefined {
    const s = this.current;
    return s
      ? {
          sectionId: s.id,
          mediaType: s.mediaType,
          status: s.status,
          imageUrl: s.imageUrl,
          mediaUrl: s.mediaUrl,
          linkUrl: s.linkUrl,
          message: s.message
        }
      : undefined;
  }

  /** Shows a slide at once and tells the server in the background, in order. */
  private goTo(index: number): void {
    if (this.phase !== 'live' || !this.session) return;
    const target = Math.min(Math.max(index, 0), this.slideCount - 1);
    if (target === this.currentIndex || !this.sections[target]) return;
    this.currentIndex = target;
    this.slideShownAt = Date.now();
    this.now = this.slideShownAt;
    const sessionId = this.session.id;
    const sectionId = this.sections[target]!.id;
    this.sendChain = this.sendChain
      .then(() => showSection({ sessionId, sectionId }))
      .then(() => {
        this.actionError = undefined;
      })
      .catch((error: unknown) => {
        this.actionError = `The slide change wasn't saved: ${reduceErrors(error as ReportedError).join(' ')}`;
      });
  }

  private act(action: KeyAction): void {
    switch (action) {
      case 'next':
        this.goTo(this.currentIndex + 1);
        break;
      case 'previous':
        this.goTo(this.currentIndex - 1);
        break;
      case 'first':
        this.goTo(0);
        break;
      case 'last':
        this.goTo(this.slideCount - 1);
        break;
      case 'black':
      case 'white':
        this.blank = this.blank === action ? undefined : action;
        break;
      case 'exit':
        if (this.blank) this.blank = undefined;
        else if (this.fullscreen) this.leaveFullscreen();
        break;
      default:
        break;
    }
  }

  private readonly handleWindowKey = (event: KeyboardEvent): void => {
    if (this.phase !== 'live' || !this.isOnScreen()) return;
    const path = event.composedPath?.() ?? [];
    const target = (path[0] ?? event.target) as HTMLElement | null;
    if (target && (IGNORED_KEY_TARGETS.has(target.tagName) || target.isContentEditable)) return;
    // Buttons take Space and Enter themselves.
    if ((event.key === ' ' || event.key === 'Enter') && target?.tagName === 'BUTTON') return;
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    this.act(action);
  };

  /**
   * Keys are read on the window, so a presenter on a hidden tab of the record page (display: none) must not take
   * them. `checkVisibility` is missing in older browsers and some sandboxes: then the presenter counts as shown.
   */
  private isOnScreen(): boolean {
    const host = this.template?.host as (HTMLElement & { checkVisibility?: () => boolean }) | null;
    return !host || typeof host.checkVisibility !== 'function' || host.checkVisibility();
  }

  handlePrevious(): void {
    this.act('previous');
  }
  handleNext(): void {
    this.act('next');
  }
  handleBlack(): void {
    this.act('black');
  }
  handleWhite(): void {
    this.act('white');
  }
  handleGoTo(event: Event): void {
    const select = event.target as HTMLSelectElement;
    this.goTo(Number(select.value));
    // Back to the presenter's keys: a clicker's arrows must move slides, not the list.
    select.blur();
  }

  handleFullscreen(): void {
    if (this.fullscreen) {
      this.leaveFullscreen();
      return;
    }
    const stage = this.template?.querySelector<HTMLElement>('.entatio-presenter__stage');
    this.fullscreen = true;
    if (stage?.requestFullscreen) stage.requestFullscreen().catch(() => undefined);
  }

  private leaveFullscreen(): void {
    this.fullscreen = false;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }

  private readonly handleFullscreenChange = (): void => {
    if (!document.fullscreenElement && this.fullscreen) this.fullscreen = false;
  };

  get fullscreenLabel(): string {
    return this.fullscreen ? 'Leave fullscreen' : 'Fullscreen for the audience';
  }

  async handleEnd(): Promise<void> {
    if (!this.session || this.ending) return;
    this.ending = true;
    try {
      await this.sendChain;
      this.summary = await endSession({ sessionId: this.session.id });
      this.stopTimer();
      this.leaveFullscreen();
      this.blank = undefined;
      this.phase = 'summary';
    } catch (error) {
      this.actionError = reduceErrors(error as ReportedError).join(' ');
    } finally {
      this.ending = false;
    }
  }

  private startTimer(): void {
    this.stopTimer();
    // A clock for the presenter: the session and slide timers tick once a second while presenting.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setInterval(() => {
      if (this.connected) this.now = Date.now();
    }, 1000);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  // --------------------------------------------------------------------------------------------- summary

  get summaryStats(): { label: string; value: string }[] {
    const s = this.summary;
    if (!s) return [];
    return [
      { label: 'Slides shown', value: `${s.shownCount} of ${s.slides.length}` },
      { label: 'Skipped', value: String(s.skippedCount) },
      { label: 'Time presented', value: formatDuration(s.totalSeconds) },
      { label: 'Attendees', value: String(s.attendees.length) },
      { label: 'Followed along', value: String(s.followerCount) }
    ];
  }
  get summarySlides(): {
    key: string;
    position: number;
    title: string;
    status: string;
    badgeClass: string;
    time: string;
  }[] {
    return (this.summary?.slides ?? []).map((s) => ({
      key: s.sectionId,
      position: s.position,
      title: s.title,
      status: s.shown ? (s.timesShown > 1 ? `Shown ${s.timesShown}×` : 'Shown') : 'Skipped',
      badgeClass: s.shown ? 'slds-badge slds-theme_success' : 'slds-badge slds-badge_lightest',
      time: s.shown ? formatDuration(s.dwellSeconds) : '—'
    }));
  }
  get summaryAttendees(): { key: string; name: string; source: string; followed: boolean }[] {
    const labels: Record<string, string> = {
      Account: 'Account',
      Campaign: 'Campaign',
      Sharing_Group: 'Sharing group',
      Ad_Hoc: 'Added by hand',
      Join: 'Joined with the code'
    };
    return (this.summary?.attendees ?? []).map((a) => ({
      key: a.id,
      name: a.name ?? 'Unknown',
      source: labels[a.source ?? ''] ?? '',
      followed: a.followedAlong
    }));
  }
  get hasSummaryAttendees(): boolean {
    return this.summaryAttendees.length > 0;
  }
  get recordingText(): string {
    switch (this.summary?.recordingStatus) {
      case 'Queued':
        return 'Recording what each attendee was shown… (a background job; skipped slides are not recorded)';
      case 'Recorded':
        return 'What each attendee was shown is recorded in their engagement. Skipped slides are not.';
      case 'Failed':
        return "Recording the attendees' engagement failed; an administrator can run it again.";
      default:
        return '';
    }
  }

  handlePresentAgain(): void {
    this.phase = 'setup';
    this.session = undefined;
    this.summary = undefined;
    this.audience = [];
    this.currentIndex = 0;
  }
}
