/**
 * The course builder: turns uploaded files and links into the sections of a course, in order, and publishes it.
 * On a Course record page it builds that course; on an app page (no record) it first creates a new Draft course.
 *
 * ## How files get in: read first, then upload
 *
 * The builder reads every deck in the browser (c/deckReader: slide titles, text, speaker notes, page count) so
 * sections get real titles and bad files are refused before anything is stored. That needs the file's bytes, and
 * `lightning-file-upload` — the only platform-supported way for a component to store a file of any size (up to
 * 2 GB) as a Salesforce File — never exposes them: it opens its own file dialog and reports only the stored
 * file's name and ids (`uploadfinished`). The alternatives are not valid on the platform:
 * - sending the bytes to Apex (base64) is bounded by the request and heap limits (a few MB), far below a deck with
 *   pictures (the server accepts 100 MB, videos 1 GB), and cannot be chunked into one ContentVersion;
 * - calling the REST API from the component is not allowed (Lightning sessions are not API-enabled, and the CSP
 *   blocks it); fetching the stored file back is cross-origin (file.force.com) and blocked as well;
 * - listening for the drop/change events inside `lightning-file-upload` relies on its internals (shadow DOM,
 *   Lightning Web Security) and would miss files chosen through its button.
 *
 * So adding files is two explicit steps, and the component says so on screen:
 * 1. **Choose files** — `lightning-input type="file"` (button or drop zone) gives `File` objects. Each is read and
 *    checked here (c/courseUploadPlan over c/courseMedia: type, size, real format, pages, files per request, room
 *    in the course). The plan lists what each file becomes ("12 slides: Welcome, Agenda …") or why it is refused.
 *    Nothing has left the browser yet.
 * 2. **Upload them** — `lightning-file-upload` (record-id = the course, accept = the planned files' extensions,
 *    disabled until something is ready) stores the files the user chooses in its dialog, which cannot be
 *    pre-filled by a web page: the user picks the same files again (the helper text names them). Each stored file
 *    is matched to its plan entry by name and size (`checkFiles` reports the size): matched decks are added with
 *    the titles and text read in step 1; anything else (a file not chosen in step 1, a .ppt or Word file whose text
 *    cannot be read here) follows the server's rules — `checkFiles` is polled every 2.5 s while Salesforce prepares
 *    the pages, then the file is added and Salesforce's previews count its pages. Files the server or the plan
 *    refuse are deleted again with `discardFiles`, so nothing half-made stays behind; `addFiles` itself is all or
 *    nothing.
 * The trade-off is a second pick in the upload dialog; in exchange, titles come from the deck and bad input is
 * caught before it is stored, without any size limit but the platform's.
 *
 * ## After adding
 *
 * `getPreviews` is polled (c/coursePoller: 2.5 s, then 5 s, for at most 3 minutes) while Salesforce renders the
 * page pictures, with "ready of total" progress; each section shows its picture when Ready and the server's message
 * otherwise. Sections are reordered (drag, keyboard grab-and-move, or menu), edited, replaced, removed and previewed;
 * every change sends the whole list in order to `saveSections`, and every answer (a `CourseDetail`) replaces the
 * builder's state. Messages come from the server (`error.body.message`, via c/errorUtils).
 *
 * Safe media: pictures only in `<img>`, links and videos from other sites only in `<iframe sandbox="allow-scripts">`
 * or a new tab (c/courseMediaPreview); no user content ever reaches `innerHTML`. When `canEdit` is false the builder
 * is read-only.
 */
import { LightningElement, api } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import FFLATE from '@salesforce/resourceUrl/fflate';
import PDFJS from '@salesforce/resourceUrl/pdfjs';
import getCourse from '@salesforce/apex/CourseBuilderController.getCourse';
import createCourse from '@salesforce/apex/CourseBuilderController.createCourse';
import checkFiles from '@salesforce/apex/CourseBuilderController.checkFiles';
import addFiles from '@salesforce/apex/CourseBuilderController.addFiles';
import addLink from '@salesforce/apex/CourseBuilderController.addLink';
import saveSections from '@salesforce/apex/CourseBuilderController.saveSections';
import removeSection from '@salesforce/apex/CourseBuilderController.removeSection';
import replaceSectionMedia from '@salesforce/apex/CourseBuilderController.replaceSectionMedia';
import publishCourse from '@salesforce/apex/CourseBuilderController.publishCourse';
import getPreviews from '@salesforce/apex/CourseBuilderController.getPreviews';
import discardFiles from '@salesforce/apex/CourseBuilderController.discardFiles';
import type {
  CourseDetail,
  FileCheck,
  PreviewProgress,
  SectionDetail,
  SectionEdit,
  SectionPreview,
  UploadLimits
} from '@salesforce/apex/CourseBuilderController';
import { isNoAccess, reduceErrors } from 'c/errorUtils';
import { type DeckLibraries, type PdfJsLib, type UnzipSync, detectDeckFormat, readDeck } from 'c/deckReader';
import { DEFAULT_LIMITS, fileSize, quoted } from 'c/courseMedia';
import {
  type FileSource,
  type PlanReaders,
  type PlannedFile,
  type UploadOutcome,
  type UploadedFile,
  applyPlanLimits,
  decideUpload,
  describePlannedFile,
  hiddenCountOf,
  matchUploads,
  planFile,
  sectionCountOf
} from 'c/courseUploadPlan';
import { type Poll, poll } from 'c/coursePoller';

interface ConfirmApi {
  // eslint-disable-next-line no-restricted-globals -- LightningConfirm.open, not window.open
  open(config: { message: string; label: string; theme?: string; variant?: string }): Promise<boolean>;
}
const confirmDialog = LightningConfirm as unknown as ConfirmApi;

interface DeckGlobals {
  fflate?: { unzipSync?: UnzipSync };
  pdfjsLib?: PdfJsLib;
}

interface Validatable extends HTMLElement {
  value: string;
  reportValidity(): boolean;
  checkValidity(): boolean;
  setCustomValidity(message: string): void;
}

interface PlanRow {
  key: string;
  // eslint-disable-next-line no-restricted-globals -- a property, not window.name
  name: string;
  size: string;
  summary: string;
  refused: boolean;
  iconName: string;
  iconVariant: string;
  iconLabel: string;
  rowClass: string;
}

interface MessageRow {
  key: string;
  text: string;
}

/** Reads a Blob's bytes (FileReader where `arrayBuffer()` is missing). */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(blob);
  });
}

function sourceOf(file: File): FileSource {
  return {
    name: file.name,
    size: file.size,
    bytes: async () => new Uint8Array(await readBlob(file)),
    head: async (count) => new Uint8Array(await readBlob(file.slice(0, count)))
  };
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function names(list: string[]): string {
  const quotedNames = list.map((name) => quoted(name));
  if (quotedNames.length <= 1) return quotedNames.join('');
  return `${quotedNames.slice(0, -1).join(', ')} and ${quotedNames[quotedNames.length - 1]}`;
}

export default class CourseBuilder extends LightningElement {
  /** The Course record (record page); absent on an app page, where the builder creates a course first. */
  @api objectApiName?: string;
  /** Design property: whether hidden PowerPoint slides become sections by default. */
  @api includeHiddenSlides = false;

  course?: CourseDetail;
  loading = false;
  loadErrors?: unknown;
  previews: Record<string, SectionPreview> = {};
  progress?: PreviewProgress;
  previewsWaiting = false;
  previewsTimedOut = false;
  selectedId?: string;
  /** The files chosen in step 1, as read (before the rules that span files). */
  chosen: PlannedFile[] = [];
  includeHidden = false;
  readingText = '';
  readingPercent = 0;
  busyText = '';
  errors: string[] = [];
  notice = '';
  creating = false;

  private _recordId?: string;
  private createdCourseId?: string;
  private previewPoll?: Poll<PreviewProgress>;
  private filePoll?: Poll<FileCheck[]>;
  private libraries?: Promise<void>;
  private pdfLibraries?: Promise<void>;
  private focusEditorAfterRender = false;
  private focusSectionAfterRender?: string;
  private focusNoticeAfterRender = false;
  private connected = false;
  private queue: Promise<void> = Promise.resolve();

  @api
  get recordId(): string | undefined {
    return this._recordId;
  }
  set recordId(value: string | undefined) {
    const changed = value !== this._recordId;
    this._recordId = value;
    if (changed && this.connected && value) this.load();
  }

  override connectedCallback(): void {
    this.connected = true;
    this.includeHidden = !!this.includeHiddenSlides;
    if (this.courseId && !this.course) this.load();
  }

  override disconnectedCallback(): void {
    this.connected = false;
    this.previewPoll?.cancel();
    this.filePoll?.cancel();
  }

  override renderedCallback(): void {
    if (this.focusEditorAfterRender) {
      const editor = this.template?.querySelector('c-course-section-editor') as unknown as {
        focusTitle?: () => void;
      } | null;
      if (editor?.focusTitle) {
        this.focusEditorAfterRender = false;
        editor.focusTitle();
      }
    }
    if (this.focusNoticeAfterRender) {
      const notice = this.template?.querySelector<HTMLElement>('[data-id="notice"]');
      if (notice) {
        this.focusNoticeAfterRender = false;
        notice.focus();
      }
    }
    if (this.focusSectionAfterRender) {
      const list = this.template?.querySelector('c-course-section-list') as unknown as {
        focusSection?: (id: string) => void;
      } | null;
      if (list?.focusSection) {
        const id = this.focusSectionAfterRender;
        this.focusSectionAfterRender = undefined;
        list.focusSection(id);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------- state

  get courseId(): string | undefined {
    return this._recordId ?? this.createdCourseId;
  }

  get showCreateForm(): boolean {
    return !this.courseId && !this.course;
  }

  get loadFailed(): boolean {
    return !this.loading && !this.course && this.loadErrors !== undefined;
  }

  get loadVariant(): string {
    return isNoAccess(this.loadErrors as SalesforceFetchError) ? 'no-access' : 'error';
  }

  get loadHeading(): string {
    return this.loadVariant === 'no-access'
      ? "You can't open this course here"
      : "The course couldn't be loaded";
  }

  get limits(): UploadLimits {
    return this.course?.uploadLimits ?? DEFAULT_LIMITS;
  }

  get canEdit(): boolean {
    return !!this.course?.canEdit;
  }

  get readOnly(): boolean {
    return !this.canEdit;
  }

  get busy(): boolean {
    return !!this.busyText || !!this.readingText;
  }

  get readOnlyMessage(): string {
    if (this.course?.status === 'Archived') {
      return "This course is archived, so it can't be changed. Set its status back to Draft to edit it.";
    }
    return 'You can view this course but not change it. Ask its owner or your Salesforce administrator for edit access.';
  }

  get sections(): SectionDetail[] {
    return this.course?.sections ?? [];
  }

  get hasSections(): boolean {
    return this.sections.length > 0;
  }

  get sectionsHeading(): string {
    return `Sections (${this.sections.length})`;
  }

  get selectedSection(): SectionDetail | undefined {
    return this.sections.find((section) => section.id === this.selectedId) ?? this.sections[0];
  }

  get selectedPreview(): SectionPreview | undefined {
    const section = this.selectedSection;
    return section ? this.previews[section.id] : undefined;
  }

  get statusLabel(): string {
    return this.course?.status ?? '';
  }

  get publishLabel(): string {
    return this.course?.status === 'Published' ? 'Published' : 'Publish';
  }

  get publishDisabled(): boolean {
    return this.busy || !this.hasSections || this.course?.status === 'Published';
  }

  get errorRows(): MessageRow[] {
    return this.errors.map((text, index) => ({ key: `error-${index}`, text }));
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  get acceptText(): string {
    return this.limits.acceptedExtensions.join(',');
  }

  // ----------------------------------------------------------------------------------------------- the plan

  /** The chosen files with the rules that span files applied (count, names, room in the course). */
  get plan(): PlannedFile[] {
    return applyPlanLimits(this.chosen, this.sections.length, this.limits, this.includeHidden);
  }

  get hasPlan(): boolean {
    return this.plan.length > 0;
  }

  private get readyEntries(): PlannedFile[] {
    return this.plan.filter((entry) => entry.status === 'ready');
  }

  get planRows(): PlanRow[] {
    return this.plan.map((entry) => {
      const refused = entry.status === 'refused';
      return {
        key: entry.key,
        name: entry.name,
        size: fileSize(entry.size),
        summary: describePlannedFile(entry, this.includeHidden),
        refused,
        iconName: refused ? 'utility:error' : 'utility:success',
        iconVariant: refused ? 'error' : 'success',
        iconLabel: refused ? "Can't be added" : 'Ready to upload',
        rowClass: `slds-item entatio-plan__row${refused ? ' slds-text-color_error' : ''}`
      };
    });
  }

  get planHeading(): string {
    const ready = this.readyEntries.length;
    const refused = this.plan.length - ready;
    const sections = this.readyEntries.reduce(
      (sum, entry) => sum + (sectionCountOf(entry, this.includeHidden) ?? 0),
      0
    );
    const parts = ready ? [`${plural(ready, 'file')} ready to upload`] : [];
    if (sections) parts.push(`${plural(sections, 'section')} known so far`);
    if (refused) parts.push(`${plural(refused, 'file')} can't be added`);
    return parts.join(' · ');
  }

  get showHiddenOption(): boolean {
    return this.plan.some((entry) => entry.status === 'ready' && hiddenCountOf(entry) > 0);
  }

  get uploadDisabled(): boolean {
    return this.busy || this.readyEntries.length === 0;
  }

  get uploadAccept(): string[] {
    const extensions = this.readyEntries
      .map((entry) => {
        const dot = entry.name.lastIndexOf('.');
        return dot > 0 ? entry.name.slice(dot).toLowerCase() : '';
      })
      .filter((extension) => extension && this.limits.acceptedExtensions.includes(extension));
    return extensions.length ? [...new Set(extensions)] : this.limits.acceptedExtensions;
  }

  get uploadHelp(): string {
    const ready = this.readyEntries.map((entry) => entry.name);
    if (!ready.length) return 'Choose files in step 1 first: they are checked before anything is uploaded.';
    return `In the upload window, choose the same ${ready.length === 1 ? 'file' : 'files'}: ${names(ready)}.`;
  }

  // -------------------------------------------------------------------------------------------- previews

  get showPreviewProgress(): boolean {
    return !!this.progress && this.progress.total > 0 && (this.previewsWaiting || this.progress.pending > 0);
  }

  get previewPercent(): number {
    const progress = this.progress;
    if (!progress || !progress.total) return 0;
    return Math.round(((progress.ready + progress.unavailable) / progress.total) * 100);
  }

  get previewProgressText(): string {
    const progress = this.progress;
    if (!progress) return '';
    const text = `Preparing page pictures: ${progress.ready} of ${progress.total} ready`;
    return progress.unavailable ? `${text}, ${progress.unavailable} can't be shown` : text;
  }

  get previewsTimedOutText(): string {
    const pending = this.progress?.pending ?? 0;
    return (
      `Salesforce is still preparing ${plural(pending, 'page picture')}. ` +
      'They appear here when they are ready: come back to this page later.'
    );
  }

  // ------------------------------------------------------------------------------------------------ loading

  private async load(): Promise<void> {
    const courseId = this.courseId;
    if (!courseId) return;
    this.loading = true;
    this.loadErrors = undefined;
    try {
      this.applyCourse(await getCourse({ courseId }));
      this.startPreviews();
    } catch (error) {
      this.course = undefined;
      this.loadErrors = error;
    } finally {
      this.loading = false;
    }
  }

  handleRetry(): void {
    this.load();
  }

  private applyCourse(course: CourseDetail, changed = false): void {
    this.course = course;
    // The record page around the builder (highlights: status, slide count) reloads what changed.
    if (changed && this._recordId) {
      notifyRecordUpdateAvailable([{ recordId: this._recordId }]).catch(() => undefined);
    }
    if (!course.sections.some((section) => section.id === this.selectedId)) {
      this.selectedId = course.sections[0]?.id;
    }
  }

  /** Polls `getPreviews` until nothing is pending (or for at most a few minutes). */
  private startPreviews(): void {
    const courseId = this.courseId;
    if (!courseId) return;
    this.previewPoll?.cancel();
    this.previewsTimedOut = false;
    this.previewsWaiting = true;
    const current = poll(
      () => getPreviews({ courseId }),
      (progress) => progress.complete,
      {
        onValue: (value) => {
          if (this.previewPoll === current) this.applyPreviews(value as PreviewProgress);
        }
      }
    );
    this.previewPoll = current;
    current.result
      .then((result) => {
        if (this.previewPoll !== current || result.cancelled) return;
        this.previewsWaiting = false;
        this.previewsTimedOut = result.timedOut;
      })
      .catch((error: unknown) => {
        if (this.previewPoll !== current) return;
        this.previewsWaiting = false;
        this.errors = [
          ...this.errors,
          ...reduceErrors(error as SalesforceFetchError).map(
            (message) => `The page pictures couldn't be loaded: ${message}`
          )
        ];
      });
  }

  private applyPreviews(progress: PreviewProgress): void {
    const byId: Record<string, SectionPreview> = {};
    for (const preview of progress.sections ?? []) byId[preview.sectionId] = preview;
    this.previews = byId;
    this.progress = progress;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /**
   * Runs one change at a time, in the order asked (the controls are disabled while `busyText` is set, but an upload
   * that finishes during a save must still be handled, after it). Failures become the error messages.
   */
  private run(label: string, work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(async () => {
      this.busyText = label;
      this.errors = [];
      this.notice = '';
      try {
        await work();
      } catch (error) {
        this.errors = reduceErrors(error as SalesforceFetchError);
      } finally {
        this.busyText = '';
      }
    });
    this.queue = next;
    return next;
  }

  handleDismissErrors(): void {
    this.errors = [];
  }

  private async discard(documentIds: string[]): Promise<void> {
    const courseId = this.courseId;
    if (!courseId || !documentIds.length) return;
    try {
      await discardFiles({ courseId, contentDocumentIds: documentIds });
    } catch {
      // Best effort: a file that stays is linked to the course but shown by no section, and the next discard
      // (or the file's owner) can remove it. The user already has the message that matters.
    }
  }

  // --------------------------------------------------------------------------------------- reading (step 1)

  private loadFflate(): Promise<void> {
    this.libraries ??= loadScript(this, FFLATE);
    return this.libraries;
  }

  private loadPdfjs(): Promise<void> {
    // pdf.worker.js first: it defines the main-thread worker pdf.js uses (no Worker, which the platform forbids).
    this.pdfLibraries ??= loadScript(this, `${PDFJS}/pdf.worker.js`).then(() =>
      loadScript(this, `${PDFJS}/pdf.js`)
    );
    return this.pdfLibraries;
  }

  private async deckLibraries(bytes: Uint8Array): Promise<DeckLibraries> {
    const format = detectDeckFormat(bytes);
    if (format === 'pptx') await this.loadFflate();
    if (format === 'pdf') await this.loadPdfjs();
    const globals = window as unknown as DeckGlobals;
    return {
      unzip: globals.fflate?.unzipSync,
      pdfjs: globals.pdfjsLib,
      pdfOptions: { cMapUrl: `${PDFJS}/cmaps/`, cMapPacked: true }
    };
  }

  private get readers(): PlanReaders {
    return {
      readDeck: async (bytes, fileName) =>
        readDeck(bytes, fileName, await this.deckLibraries(bytes), {
          maxBytes: this.limits.maxFileBytes,
          maxPages: this.limits.maxPagesPerDeck
        }),
      listZip: (bytes) => {
        const unzip = (window as unknown as DeckGlobals).fflate?.unzipSync;
        if (!unzip) throw new Error('fflate is not loaded');
        const entries: string[] = [];
        unzip(bytes, {
          filter: (entry) => {
            entries.push(entry.name);
            return false;
          }
        });
        return entries;
      }
    };
  }

  async handleFilesChosen(event: CustomEvent<{ files: FileList | File[] | null }>): Promise<void> {
    const files = Array.from(event.detail?.files ?? []);
    if (!files.length || this.busy) return;
    this.errors = [];
    this.notice = '';
    let planned: PlannedFile[] = [];
    try {
      if (files.some((file) => /\.zip$/i.test(file.name))) await this.loadFflate();
      // One file at a time (a chain, not Promise.all): bounded memory for large decks, and visible progress.
      planned = await files.reduce<Promise<PlannedFile[]>>(async (previous, file, index) => {
        const done = await previous;
        this.readingText = `Reading ${quoted(file.name)} (${index + 1} of ${files.length})…`;
        this.readingPercent = Math.round((index / files.length) * 100);
        return [...done, await planFile(sourceOf(file), this.limits, this.readers)];
      }, Promise.resolve([]));
    } catch (error) {
      // Only a static resource that failed to load gets here (planFile itself never rejects).
      this.errors = reduceErrors(error as SalesforceFetchError);
    } finally {
      this.readingText = '';
      this.readingPercent = 0;
    }
    this.chosen = planned;
    const ready = this.readyEntries.length;
    this.notice = ready
      ? `${plural(ready, 'file')} checked and ready. Now upload ${ready === 1 ? 'it' : 'them'} in step 2.`
      : '';
  }

  handleIncludeHiddenChange(event: CustomEvent<{ checked: boolean }>): void {
    this.includeHidden = !!event.detail.checked;
  }

  handleClearPlan(): void {
    this.chosen = [];
    this.notice = '';
  }

  // ------------------------------------------------------------------------------------- uploading (step 2)

  async handleUploadFinished(event: CustomEvent<{ files: UploadedFile[] }>): Promise<void> {
    const uploads = (event.detail?.files ?? []).filter((file) => file?.documentId);
    if (!uploads.length) return;
    await this.run('Checking the uploaded files…', () => this.addUploads(uploads));
  }

  private async addUploads(uploads: UploadedFile[]): Promise<void> {
    const courseId = this.courseId!;
    const limits = this.limits;
    const allIds = uploads.map((upload) => upload.documentId);
    if (uploads.length > limits.maxFilesPerRequest) {
      await this.discard(allIds);
      throw new Error(`Upload at most ${limits.maxFilesPerRequest} files at a time. Nothing was added.`);
    }
    const matches = matchUploads(this.plan, uploads);
    let checks: FileCheck[];
    try {
      checks = await checkFiles({ contentDocumentIds: allIds });
    } catch (error) {
      await this.discard(allIds);
      throw error;
    }
    const decide = (list: FileCheck[]): UploadOutcome[] => {
      const byId = new Map(list.map((check) => [check.contentDocumentId, check]));
      return matches.map((match) =>
        decideUpload(match, byId.get(match.upload.documentId), this.includeHidden)
      );
    };
    let outcomes = decide(checks);

    const waiting = outcomes.filter((outcome) => outcome.action === 'wait');
    if (waiting.length) {
      this.busyText = `Salesforce is preparing the pages of ${names(waiting.map((w) => w.name))}…`;
      const waitingIds = waiting.map((outcome) => outcome.documentId);
      this.filePoll?.cancel();
      this.filePoll = poll(
        () => checkFiles({ contentDocumentIds: waitingIds }),
        (list) => list.every((check) => check.status !== 'Preparing'),
        { immediate: false }
      );
      const result = await this.filePoll.result;
      if (result.cancelled) return;
      const latest = new Map((result.value ?? []).map((check) => [check.contentDocumentId, check]));
      const stillPreparing = (outcome: UploadOutcome): UploadOutcome => {
        if (outcome.action !== 'wait') return outcome;
        return {
          action: 'refuse',
          documentId: outcome.documentId,
          name: outcome.name,
          message:
            `Salesforce is still preparing the pages of ${quoted(outcome.name)}. ` +
            'Upload it again in a few minutes.'
        };
      };
      outcomes = decide(checks.map((check) => latest.get(check.contentDocumentId) ?? check)).map(
        stillPreparing
      );
    }

    const toAdd = outcomes.filter((outcome) => outcome.action === 'add');
    const refused = outcomes.filter((outcome) => outcome.action === 'refuse');
    const problems = refused.map((outcome) => outcome.message);
    if (toAdd.length) {
      this.busyText = `Adding ${plural(toAdd.length, 'file')}…`;
      const before = this.sections.length;
      try {
        this.applyCourse(await addFiles({ courseId, files: toAdd.map((outcome) => outcome.file) }), true);
        // What was added leaves the plan; the rest stays, to be uploaded again or cleared.
        const added = new Set(toAdd.map((outcome) => outcome.documentId));
        const addedKeys = new Set(
          matches
            .filter((match) => match.entry && added.has(match.upload.documentId))
            .map((m) => m.entry!.key)
        );
        this.chosen = this.chosen.filter((entry) => !addedKeys.has(entry.key));
        const count = this.sections.length - before;
        this.selectedId = this.sections[before]?.id ?? this.selectedId;
        this.focusSectionAfterRender = this.sections[before]?.id;
        this.notice =
          `Added ${names(toAdd.map((outcome) => outcome.name))}: ${plural(count, 'new section')}. ` +
          'Salesforce is preparing the page pictures.';
        this.startPreviews();
      } catch (error) {
        // All or nothing on the server: none of them was added, so none of them is kept.
        refused.push(...toAdd.map((outcome) => ({ ...outcome, action: 'refuse' as const, message: '' })));
        problems.unshift(...reduceErrors(error as SalesforceFetchError));
      }
    }
    await this.discard(refused.map((outcome) => outcome.documentId));
    this.errors = problems.filter(Boolean);
  }

  // ------------------------------------------------------------------------------------------------- links

  async handleAddLink(event: CustomEvent<{ url: string; title: string }>): Promise<void> {
    const form = event.currentTarget as unknown as { reset(): void; showError(message: string): void };
    const { url, title } = event.detail;
    const courseId = this.courseId!;
    await this.run('Adding the link…', async () => {
      try {
        this.applyCourse(await addLink({ courseId, url, title: title || null }), true);
      } catch (error) {
        form.showError(reduceErrors(error as SalesforceFetchError).join(' '));
        return;
      }
      form.reset();
      const added = this.sections[this.sections.length - 1];
      this.selectedId = added?.id;
      this.focusSectionAfterRender = added?.id;
      this.notice = `Added the link ${quoted(added?.title ?? url)} as section ${this.sections.length}.`;
      this.startPreviews();
    });
  }

  // ---------------------------------------------------------------------------------------- the sections

  handleSelect(event: CustomEvent<{ sectionId: string }>): void {
    this.selectedId = event.detail.sectionId;
  }

  handleEdit(event: CustomEvent<{ sectionId: string }>): void {
    this.selectedId = event.detail.sectionId;
    this.focusEditorAfterRender = true;
  }

  /** The whole list for saveSections: every section in `order`, with `edit` applied to its own. */
  private editsFor(order: string[], edit?: SectionEdit): SectionEdit[] {
    const byId = new Map(this.sections.map((section) => [section.id, section]));
    return order.map((id) => {
      if (edit && edit.id === id) return edit;
      return { id, title: byId.get(id)?.title ?? '' };
    });
  }

  async handleReorder(event: CustomEvent<{ sectionIds: string[]; sectionId: string }>): Promise<void> {
    const order = event.detail.sectionIds;
    const moved = event.detail.sectionId;
    const course = this.course;
    if (!course || this.busy) return;
    const byId = new Map(course.sections.map((section) => [section.id, section]));
    // Shown at once; the server's answer replaces it (or, on failure, the course is reloaded).
    this.course = {
      ...course,
      sections: order.map((id, index) => ({ ...byId.get(id)!, position: index + 1 }))
    };
    this.focusSectionAfterRender = moved;
    await this.run('Saving the order…', async () => {
      try {
        this.applyCourse(await saveSections({ courseId: course.id, sections: this.editsFor(order) }));
        const position = order.indexOf(moved) + 1;
        this.notice = `Order saved: ${quoted(byId.get(moved)?.title ?? '')} is section ${position}.`;
      } catch (error) {
        this.course = course;
        throw error;
      }
    });
  }

  async handleSaveSection(event: CustomEvent<SectionEdit>): Promise<void> {
    const edit = event.detail;
    const course = this.course;
    if (!course) return;
    await this.run('Saving the section…', async () => {
      const order = course.sections.map((section) => section.id);
      this.applyCourse(await saveSections({ courseId: course.id, sections: this.editsFor(order, edit) }));
      const position = order.indexOf(edit.id) + 1;
      this.notice = `Section ${position} saved.`;
      this.focusEditorAfterRender = true;
    });
  }

  async handleRemove(event: CustomEvent<{ sectionId: string }>): Promise<void> {
    const section = this.sections.find((candidate) => candidate.id === event.detail.sectionId);
    if (!section || this.busy) return;
    const confirmed = await confirmDialog.open({
      label: 'Remove section',
      message: `Remove section ${section.position}, ${quoted(section.title)}, from the course? This can't be undone.`,
      theme: 'warning'
    });
    if (!confirmed) {
      this.focusSectionAfterRender = section.id;
      return;
    }
    await this.run('Removing the section…', async () => {
      const index = this.sections.indexOf(section);
      this.applyCourse(await removeSection({ sectionId: section.id }), true);
      const next = this.sections[Math.min(index, this.sections.length - 1)];
      this.selectedId = next?.id;
      this.focusSectionAfterRender = next?.id;
      this.notice = `Removed ${quoted(section.title)}.`;
      this.startPreviews();
    });
  }

  async handleReplace(
    event: CustomEvent<{ sectionId: string; contentDocumentId: string; fileName: string; pageNumber: number }>
  ): Promise<void> {
    const { sectionId, contentDocumentId, fileName, pageNumber } = event.detail;
    await this.run('Replacing the media…', async () => {
      try {
        this.applyCourse(await replaceSectionMedia({ sectionId, contentDocumentId, pageNumber }), true);
      } catch (error) {
        await this.discard([contentDocumentId]);
        throw error;
      }
      const section = this.sections.find((candidate) => candidate.id === sectionId);
      this.notice = `Section ${section?.position ?? ''} now shows ${quoted(fileName)}.`;
      this.startPreviews();
    });
  }

  // ------------------------------------------------------------------------------------------------ publish

  async handlePublish(): Promise<void> {
    const course = this.course;
    if (!course || this.publishDisabled) return;
    const confirmed = await confirmDialog.open({
      label: 'Publish the course',
      message:
        `Publish ${quoted(course.name)} with ${plural(course.sections.length, 'section')}? ` +
        'Everyone the course is shared with can then open it; you can still change it afterwards.',
      theme: 'default'
    });
    if (!confirmed) return;
    await this.run('Publishing…', async () => {
      this.applyCourse(await publishCourse({ courseId: course.id }), true);
      this.notice = `${quoted(course.name)} is published.`;
      // The Publish button turns into a disabled "Published": focus goes to the message instead of the page.
      this.focusNoticeAfterRender = true;
    });
  }

  // ---------------------------------------------------------------------------------- a new course (app page)

  async handleCreate(): Promise<void> {
    const fields = Array.from(this.template?.querySelectorAll<Validatable>('[data-create]') ?? []);
    const value = (name: string): string =>
      fields.find((field) => field.dataset.create === name)?.value?.trim() ?? '';
    const nameField = fields.find((field) => field.dataset.create === 'name');
    nameField?.setCustomValidity(value('name') ? '' : 'Give the course a name.');
    const valid = fields.reduce((ok, field) => field.reportValidity() !== false && ok, true);
    if (!valid || !value('name') || this.creating) return;
    this.creating = true;
    this.errors = [];
    try {
      const course = await createCourse({
        name: value('name'),
        topic: value('topic') || null,
        description: value('description') || null
      });
      this.createdCourseId = course.id;
      this.applyCourse(course);
      this.notice = `Created ${quoted(course.name)}. Add its slides below.`;
      this.startPreviews();
    } catch (error) {
      this.errors = reduceErrors(error as SalesforceFetchError);
    } finally {
      this.creating = false;
    }
  }
}
