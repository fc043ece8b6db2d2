/**
 * The course viewer: one section at a time, for Course record pages, app pages, Experience Cloud pages and the mobile
 * app.
 *
 * - Opens the course (`openCourse`) and resumes at `resumeSectionId`.
 * - Navigation: Previous/Next buttons, keyboard (← → PageUp PageDown Home End while the viewer has focus), swipe
 *   (pointer events, 50 px), a strip of thumbnail buttons (aria-current on the one shown), fullscreen (the
 *   Fullscreen API where there is one, else a fixed full-window layout; Escape leaves it).
 * - Changing slide never waits on the network: the pictures of the previous and next sections are prefetched
 *   (`new Image().src`), and events go through c/engagementQueue, which persists them and sends them later.
 * - Events: when the viewer leaves a section (another section, the page hidden or left, the component removed) a View
 *   is queued with the time it was shown (on the server's clock: `serverTime` offset) and its dwell seconds; Complete
 *   once the last section has been shown.
 * - Videos report their own engagement (c/courseMediaPreview's `mediaplayback`): while a section's video plays, its
 *   View stays open even when the page is hidden (picture-in-picture, a background tab still playing), so the View's
 *   dwell counts the watching; it closes when the video stops while the page is hidden. A video played to its end
 *   queues `Watched` for its section (each time it is played to the end). Complete keeps its meaning — the course's
 *   last section was reached — so a video in the middle of a course never counts as finishing the course.
 * - Media are shown by c/courseMediaPreview (pictures in img, videos in video, links in a sandboxed iframe on
 *   request), never as HTML.
 *
 * Performance marks (read by `npm run bench`): each slide change marks `entatio:slide-change:start` when it is asked
 * for and `entatio:slide-change:end` once the new section has rendered, and measures `entatio:slide-change` between
 * them (its `detail` is the 1-based position shown).
 */
import { LightningElement, api } from 'lwc';
import openCourse from '@salesforce/apex/ViewerController.openCourse';
import recordEvents from '@salesforce/apex/ViewerController.recordEvents';
import userId from '@salesforce/user/Id';
import type { ClientEvent, CourseView, SectionView } from '@salesforce/apex/ViewerController';
import type { SectionDetail, SectionPreview } from '@salesforce/apex/CourseBuilderController';
import { EngagementQueue, connectWindow, queueStorageKey, type QueueWindow } from 'c/engagementQueue';
import { isNoAccess, type ReportedError } from 'c/errorUtils';
import type { MediaPlaybackDetail } from 'c/courseMediaPreview';

export const SLIDE_CHANGE_MEASURE = 'entatio:slide-change';
const SWIPE_THRESHOLD_PX = 50;
const IGNORED_KEY_TARGETS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'VIDEO', 'IFRAME', 'AUDIO']);

interface Thumbnail {
  key: string;
  index: number;
  label: string;
  number: number;
  imageUrl?: string | null;
  ariaCurrent: string;
  className: string;
}

export default class SlideViewer extends LightningElement {
  course?: CourseView;
  currentIndex = 0;
  loading = false;
  error?: ReportedError;
  fullscreen = false;
  fallbackFullscreen = false;

  private _recordId?: string;
  private connected = false;
  private queue?: EngagementQueue<ClientEvent>;
  private disconnectQueue?: () => void;
  private clockOffsetMs = 0;
  /** The section being shown and since when (client clock), or undefined while hidden. */
  private openView?: { index: number; shownAt: number; previousSectionId?: string };
  private lastShownSectionId?: string;
  private completed = false;
  private markPending = false;
  private pointerStart?: { x: number; y: number; id: number };
  private readonly prefetched = new Set<string>();
  /** The section whose video is playing, if any. */
  private playingSectionId?: string;
  private loadToken = 0;

  /**
   * A live session the viewer follows (c/followAlong): its views carry the session and the Live channel. Unset:
   * on-demand viewing.
   */
  @api sessionId?: string;

  private _followSectionId?: string;

  /** The section a presenter shows (c/followAlong): the viewer moves to it, as if the viewer had navigated. */
  @api
  get followSectionId(): string | undefined {
    return this._followSectionId;
  }
  set followSectionId(value: string | undefined) {
    this._followSectionId = value;
    this.showFollowed();
  }

  private showFollowed(): void {
    const id = this._followSectionId;
    const index = id
      ? (this.course?.sections ?? []).findIndex((s) => s.id.slice(0, 15) === id.slice(0, 15))
      : -1;
    if (index >= 0) this.goTo(index);
  }

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
    window.addEventListener('pagehide', this.handlePageHide);
    document.addEventListener('visibilitychange', this.handleVisibility);
    document.addEventListener('fullscreenchange', this.handleFullscreenChange);
    this.load().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    this.connected = false;
    this.closeView();
    window.removeEventListener('pagehide', this.handlePageHide);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    document.removeEventListener('fullscreenchange', this.handleFullscreenChange);
    this.queue?.flush().catch(() => undefined);
    this.disconnectQueue?.();
    this.queue?.dispose();
    this.queue = undefined;
  }

  override renderedCallback(): void {
    if (!this.markPending || !this.current) return;
    this.markPending = false;
    try {
      performance.mark(`${SLIDE_CHANGE_MEASURE}:end`, { detail: this.current.position });
      performance.measure(SLIDE_CHANGE_MEASURE, {
        start: `${SLIDE_CHANGE_MEASURE}:start`,
        end: `${SLIDE_CHANGE_MEASURE}:end`,
        detail: this.current.position
      });
    } catch {
      // No User Timing (or no start mark): nothing to measure.
    }
  }

  // --------------------------------------------------------------------------------------------- loading

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.closeView();
    this.course = undefined;
    this.error = undefined;
    if (!this._recordId) {
      this.loading = false;
      return;
    }
    this.loading = true;
    try {
      const course = await openCourse({ courseId: this._recordId });
      if (token !== this.loadToken) return;
      this.clockOffsetMs = Date.parse(course.serverTime) - Date.now() || 0;
      this.course = course;
      this.completed = false;
      this.lastShownSectionId = undefined;
      this.startQueue(course);
      const resume = course.sections.findIndex((s) => s.id === course.resumeSectionId);
      this.show(Math.max(0, resume));
      this.showFollowed();
    } catch (error) {
      if (token === this.loadToken) this.error = error as ReportedError;
    } finally {
      if (token === this.loadToken) this.loading = false;
    }
  }

  private startQueue(course: CourseView): void {
    if (!this.queue) {
      this.queue = new EngagementQueue<ClientEvent>({
        storageKey: queueStorageKey(userId),
        send: (events) => recordEvents({ events }),
        maxBatch: course.eventLimits?.maxEventsPerCall
      });
      this.disconnectQueue = connectWindow(
        this.queue as unknown as EngagementQueue,
        window as unknown as QueueWindow
      );
    }
    this.queue.setMaxBatch(course.eventLimits?.maxEventsPerCall);
  }

  // ------------------------------------------------------------------------------------------ navigation

  /** Shows a section: closes the view of the one shown, prefetches the neighbours. Synchronous, no network. */
  private show(index: number): void {
    const sections = this.course?.sections ?? [];
    if (!sections.length) return;
    const target = Math.min(Math.max(index, 0), sections.length - 1);
    if (this.openView && target === this.currentIndex) return;
    this.closeView();
    this.currentIndex = target;
    this.openCurrentView();
    this.prefetchAround(target);
    this.markPending = true;
    if (target === sections.length - 1 && !this.completed) {
      this.completed = true;
      this.enqueue({
        type: 'Complete',
        sectionId: sections[target]!.id,
        occurredAt: this.serverIso(Date.now())
      });
    }
  }

  private goTo(index: number): void {
    try {
      performance.clearMarks(`${SLIDE_CHANGE_MEASURE}:start`);
      performance.mark(`${SLIDE_CHANGE_MEASURE}:start`);
    } catch {
      // No User Timing.
    }
    this.show(index);
  }

  private openCurrentView(): void {
    const section = this.current;
    if (!section) return;
    const previous = this.lastShownSectionId !== section.id ? this.lastShownSectionId : undefined;
    this.openView = { index: this.currentIndex, shownAt: Date.now(), previousSectionId: previous };
    this.lastShownSectionId = section.id;
  }

  /** Queues the View of the section shown (with its dwell), if one is open. */
  private closeView(): void {
    const view = this.openView;
    this.openView = undefined;
    const section = view && this.course?.sections[view.index];
    if (!view || !section) return;
    const dwellSeconds = Math.max(0, Math.round((Date.now() - view.shownAt) / 1000));
    this.enqueue({
      type: 'View',
      sectionId: section.id,
      previousSectionId: view.previousSectionId ?? null,
      occurredAt: this.serverIso(view.shownAt),
      dwellSeconds
    });
  }

  private enqueue(event: Omit<ClientEvent, 'key' | 'courseId' | 'channel'>): void {
    if (!this.queue || !this.course) return;
    const live = this.sessionId ? { sessionId: this.sessionId, channel: 'Live' as const } : undefined;
    this.queue.enqueue({ ...event, courseId: this.course.id, channel: this.course.channel, ...live });
  }

  private serverIso(clientMs: number): string {
    return new Date(clientMs + this.clockOffsetMs).toISOString();
  }

  private prefetchAround(index: number): void {
    const sections = this.course?.sections ?? [];
    for (const neighbour of [index + 1, index - 1]) {
      const url = sections[neighbour]?.imageUrl;
      if (!url || this.prefetched.has(url) || typeof Image === 'undefined') continue;
      this.prefetched.add(url);
      const image = new Image();
      image.decoding = 'async';
      image.src = url;
    }
  }

  // ---------------------------------------------------------------------------------------------- handlers

  handlePrevious(): void {
    this.goTo(this.currentIndex - 1);
  }

  handleNext(): void {
    this.goTo(this.currentIndex + 1);
  }

  handleThumbnail(event: Event): void {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    if (Number.isInteger(index)) this.goTo(index);
  }

  handleKeyDown(event: KeyboardEvent): void {
    const origin = (event.composedPath?.()[0] ?? event.target) as HTMLElement | null;
    if (origin?.tagName && IGNORED_KEY_TARGETS.has(origin.tagName)) return;
    const last = (this.course?.sections.length ?? 1) - 1;
    let target: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'PageDown':
        target = this.currentIndex + 1;
        break;
      case 'ArrowLeft':
      case 'PageUp':
        target = this.currentIndex - 1;
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = last;
        break;
      case 'Escape':
        if (this.fallbackFullscreen) {
          this.fallbackFullscreen = false;
          event.preventDefault();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.goTo(target);
  }

  handlePointerDown(event: PointerEvent): void {
    if (event.isPrimary === false) return;
    this.pointerStart = { x: event.clientX, y: event.clientY, id: event.pointerId };
  }

  handlePointerUp(event: PointerEvent): void {
    const start = this.pointerStart;
    this.pointerStart = undefined;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_THRESHOLD_PX || Math.abs(dx) <= Math.abs(dy)) return;
    this.goTo(dx < 0 ? this.currentIndex + 1 : this.currentIndex - 1);
  }

  handlePointerCancel(): void {
    this.pointerStart = undefined;
  }

  handleFullscreen(): void {
    const frame = this.template?.querySelector<HTMLElement>('.entatio-viewer');
    const doc = document as Document & { fullscreenElement?: Element | null };
    if (this.fullscreen || this.fallbackFullscreen) {
      if (doc.fullscreenElement && typeof document.exitFullscreen === 'function') {
        document.exitFullscreen().catch(() => undefined);
      }
      this.fallbackFullscreen = false;
      this.fullscreen = false;
      return;
    }
    if (frame && typeof frame.requestFullscreen === 'function' && document.fullscreenEnabled !== false) {
      frame.requestFullscreen().then(
        () => {
          this.fullscreen = true;
        },
        () => {
          this.fallbackFullscreen = true;
        }
      );
    } else {
      this.fallbackFullscreen = true;
    }
    frame?.focus();
  }

  private readonly handleFullscreenChange = (): void => {
    const doc = document as Document & { fullscreenElement?: Element | null };
    if (!doc.fullscreenElement) this.fullscreen = false;
  };

  private readonly handlePageHide = (): void => {
    this.closeView();
  };

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      // A video still playing (picture-in-picture, a background tab) keeps its view open until it stops.
      if (!this.videoPlaying) this.closeView();
    } else if (!this.openView && this.current) this.openCurrentView();
  };

  // ------------------------------------------------------------------------------------------------ media

  private get videoPlaying(): boolean {
    return !!this.playingSectionId && this.playingSectionId === this.current?.id;
  }

  /** A video section's playback changed (see the class comment). */
  handleMediaPlayback(event: CustomEvent<MediaPlaybackDetail>): void {
    const detail = event.detail;
    const section = this.current;
    if (!detail || !section || detail.sectionId !== section.id) return;
    const hidden = document.visibilityState === 'hidden';
    if (detail.state === 'playing') {
      this.playingSectionId = section.id;
      if (!this.openView) this.openCurrentView();
      return;
    }
    this.playingSectionId = undefined;
    if (detail.state === 'ended') {
      this.enqueue({ type: 'Watched', sectionId: section.id, occurredAt: this.serverIso(Date.now()) });
    }
    if (hidden) this.closeView();
  }

  // ------------------------------------------------------------------------------------------------- view

  get current(): SectionView | undefined {
    return this.course?.sections[this.currentIndex];
  }

  get showLoading(): boolean {
    return this.loading;
  }

  get showNoAccess(): boolean {
    return !this.loading && !!this.error && isNoAccess(this.error);
  }

  get showError(): boolean {
    return !this.loading && !!this.error && !isNoAccess(this.error);
  }

  get showNoCourse(): boolean {
    return !this.loading && !this.error && !this._recordId;
  }

  get showEmpty(): boolean {
    return !this.loading && !this.error && !!this.course && this.course.sections.length === 0;
  }

  get showViewer(): boolean {
    return !this.loading && !this.error && !!this.current;
  }

  get courseName(): string {
    return this.course?.name ?? '';
  }

  get isPreview(): boolean {
    return !!this.course && this.course.status !== 'Published';
  }

  get previewNote(): string {
    return `Preview: this course is ${this.course?.status === 'Archived' ? 'archived' : 'a draft'}, so viewers don't see it.`;
  }

  get sectionDetail(): SectionDetail | undefined {
    const s = this.current;
    if (!s) return undefined;
    return {
      id: s.id,
      position: s.position,
      title: s.title,
      description: s.description,
      topic: s.topic,
      mediaType: s.mediaType,
      pageNumber: s.pageNumber,
      linkUrl: s.linkUrl,
      renditionStatus: s.status
    };
  }

  get sectionPreview(): SectionPreview | undefined {
    const s = this.current;
    if (!s) return undefined;
    return {
      sectionId: s.id,
      mediaType: s.mediaType,
      status: s.status,
      imageUrl: s.imageUrl,
      mediaUrl: s.mediaUrl,
      linkUrl: s.linkUrl,
      message: s.message
    };
  }

  get description(): string | undefined {
    return this.current?.description ?? undefined;
  }

  get total(): number {
    return this.course?.sections.length ?? 0;
  }

  get positionText(): string {
    return `${this.currentIndex + 1} of ${this.total}`;
  }

  get announcement(): string {
    const s = this.current;
    return s ? `Slide ${this.positionText}: ${s.title}` : '';
  }

  get progressValue(): number {
    return this.total ? Math.round(((this.currentIndex + 1) / this.total) * 100) : 0;
  }

  get isFirst(): boolean {
    return this.currentIndex <= 0;
  }

  get isLast(): boolean {
    return this.currentIndex >= this.total - 1;
  }

  get isFullscreen(): boolean {
    return this.fullscreen || this.fallbackFullscreen;
  }

  get fullscreenLabel(): string {
    return this.isFullscreen ? 'Exit full screen' : 'Full screen';
  }

  get fullscreenIcon(): string {
    return this.isFullscreen ? 'utility:contract_alt' : 'utility:expand_alt';
  }

  get viewerClass(): string {
    return this.fallbackFullscreen ? 'entatio-viewer entatio-viewer_fixed' : 'entatio-viewer';
  }

  get regionLabel(): string {
    return `${this.courseName}: slides. Use the arrow keys to change slide.`;
  }

  get thumbnails(): Thumbnail[] {
    return (this.course?.sections ?? []).map((s, index) => {
      const current = index === this.currentIndex;
      return {
        key: s.id,
        index,
        number: s.position,
        label: `Go to slide ${s.position}: ${s.title}`,
        imageUrl: s.status === 'Ready' ? s.imageUrl : undefined,
        ariaCurrent: current ? 'true' : 'false',
        className: current ? 'entatio-thumb entatio-thumb_current' : 'entatio-thumb'
      };
    });
  }
}
