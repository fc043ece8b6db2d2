/**
 * Follow a live presentation on your own screen: enter the presenter's join code (or open a link that carries it as
 * `c__code`), and the slide viewer (c/slideViewer) moves to each slide the presenter shows, in near real time
 * (`Presentation__e` through `lightning/empApi`). The follower's own views are recorded with the session (Live
 * channel) and their own dwell time. When the presenter ends the session, the viewer stays open for on-demand viewing.
 */
import { LightningElement, api, wire } from 'lwc';
import { subscribe, unsubscribe, onError, type EmpMessage, type EmpSubscription } from 'lightning/empApi';
import { CurrentPageReference, type PageReference } from 'lightning/navigation';
import joinSession from '@salesforce/apex/FollowAlongController.joinSession';
import getSessionState from '@salesforce/apex/FollowAlongController.getSessionState';
import type { SessionView } from '@salesforce/apex/PresenterController';
import { reduceErrors, type ReportedError } from 'c/errorUtils';
import { presentationMessage, sameId } from 'c/liveSession';

export default class FollowAlong extends LightningElement {
  /** The course of the page (Course record page); a joined session's course wins. */
  @api recordId?: string;
  /** A join code to use at once (else the follower types it, or the page URL carries `c__code`). */
  @api joinCode?: string;

  code = '';
  joining = false;
  joinError?: string;
  session?: SessionView;
  followSectionId?: string;
  ended = false;
  liveWarning?: string;

  private subscription?: EmpSubscription;
  private lastSequence = -1;
  private connected = false;
  private autoJoined = false;

  @wire(CurrentPageReference)
  wiredPageReference(reference?: PageReference): void {
    const code = reference?.state?.c__code;
    if (typeof code === 'string' && code && !this.joinCode) {
      this.code = code;
      this.autoJoin();
    }
  }

  override connectedCallback(): void {
    this.connected = true;
    if (this.joinCode) {
      this.code = this.joinCode;
      this.autoJoin();
    }
    onError(() => {
      if (this.sessionId)
        this.liveWarning = 'Live updates were interrupted: the slide may not follow the presenter.';
    });
  }

  override disconnectedCallback(): void {
    this.connected = false;
    this.stopListening();
  }

  private autoJoin(): void {
    if (this.autoJoined || this.session) return;
    this.autoJoined = true;
    this.join().catch(() => undefined);
  }

  get sessionId(): string | undefined {
    return this.session && !this.ended ? this.session.id : undefined;
  }
  get courseId(): string | undefined {
    return this.session?.courseId ?? this.recordId;
  }
  get isFollowing(): boolean {
    return !!this.sessionId;
  }
  get showJoinForm(): boolean {
    return !this.session || this.ended;
  }
  /** The viewer opens once a session was joined (the page's own slide viewer serves on-demand viewing before). */
  get showViewer(): boolean {
    return !!this.session && !!this.courseId;
  }
  get joinDisabled(): boolean {
    return this.joining || !this.code.trim();
  }
  get followingText(): string {
    const who = this.session?.presenterName ? ` ${this.session.presenterName}'s` : ' the';
    return `You're following${who} live presentation of ${this.session?.courseName ?? 'this course'}: the slide moves with the presenter.`;
  }

  handleCodeInput(event: Event): void {
    this.code = ((event.target as HTMLInputElement).value ?? '').toUpperCase();
  }

  async handleJoin(event?: Event): Promise<void> {
    event?.preventDefault();
    await this.join();
  }

  private async join(): Promise<void> {
    const code = this.code.trim();
    if (!code || this.joining) return;
    this.joining = true;
    this.joinError = undefined;
    try {
      const session = await joinSession({ joinCode: code });
      if (!this.connected) return;
      this.session = session;
      this.ended = false;
      this.lastSequence = -1;
      this.followSectionId = session.currentSectionId ?? undefined;
      await this.listen(session);
    } catch (error) {
      this.joinError = reduceErrors(error as ReportedError).join(' ');
    } finally {
      this.joining = false;
    }
  }

  private async listen(session: SessionView): Promise<void> {
    this.stopListening();
    try {
      this.subscription = await subscribe(session.channel, -1, (message) => this.handleMessage(message));
    } catch {
      this.liveWarning = "Live updates aren't available: the slide won't follow the presenter.";
      return;
    }
    // Catch up with what happened between joining and subscribing.
    try {
      const state = await getSessionState({ sessionId: session.id });
      if (state.status === 'Ended') this.endFollowing();
      else if (this.lastSequence < 0 && state.currentSectionId) this.followSectionId = state.currentSectionId;
    } catch {
      // The next slide change brings the state anyway.
    }
  }

  private handleMessage(message: EmpMessage): void {
    const change = presentationMessage(message?.data?.payload);
    if (!change || !this.session || !sameId(change.sessionId, this.session.id)) return;
    if (change.status === 'Ended') {
      this.endFollowing();
      return;
    }
    if (change.sequence <= this.lastSequence) return;
    this.lastSequence = change.sequence;
    if (change.sectionId) this.followSectionId = change.sectionId;
  }

  private endFollowing(): void {
    this.ended = true;
    this.liveWarning = undefined;
    this.stopListening();
  }

  private stopListening(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    if (subscription) unsubscribe(subscription, () => undefined).catch(() => undefined);
  }

  handleLeave(): void {
    this.endFollowing();
  }
}
