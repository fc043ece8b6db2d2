/**
 * Shows one section's media, safely:
 * - pages and images: the picture Salesforce rendered (`imageUrl`) in an `<img>` only;
 * - uploaded videos: a `<video>` element with the file as its source. Its playback is reported as a `mediaplayback`
 *   event (`MediaPlaybackDetail`: playing, paused, ended) so the viewer can count watching as engagement; the builder
 *   ignores it;
 * - links and video links: a sandboxed `<iframe sandbox="allow-scripts">` (never `allow-same-origin`, so the
 *   framed page runs in an opaque origin and cannot reach the org), loaded only when the user asks — a course page
 *   does not contact third-party sites on its own — plus an "Open" link to a new tab (`rel="noopener noreferrer"`).
 *   YouTube and Vimeo pages are framed through their embeddable players (c/courseMedia `embedUrl`);
 * - interactive HTML packages (.zip): the package is fetched from its file URL and unpacked here with fflate
 *   (c/htmlPackage builds one self-contained document: its files inlined as data: URIs). The document is played in
 *   an `<iframe sandbox="allow-scripts">` — never `allow-same-origin`, so the package runs at an opaque origin and
 *   cannot touch the org, its session or this page. LWC forbids `srcdoc` (and Lightning Web Security blocks it), so
 *   the frame loads the package's player, a static resource (`htmlPackagePlayer/player.html`), and the document is
 *   posted to it once it has loaded; the player writes it over itself. The package's markup is parsed in a
 *   detached, inert document and never attached to this component's DOM. While it unpacks a status says so; a
 *   package that can't be played (too large, damaged, no page) says why and offers the download. The last few
 *   documents are kept in memory (`PACKAGE_CACHE_SIZE`, `PACKAGE_CACHE_CHARS`), so going back to a package does not
 *   unpack it again. Only the section shown is unpacked: the viewer does not prefetch packages (they can be large,
 *   and unpacking blocks the main thread briefly).
 * No user content is ever inserted as HTML into this page; every text is bound as text.
 *
 * When a picture is not there — Salesforce is still preparing it (Pending), cannot render the format
 * (Unavailable), or the image fails to load — it says so in words instead.
 */
import { LightningElement, api } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import FFLATE from '@salesforce/resourceUrl/fflate';
import PLAYER from '@salesforce/resourceUrl/htmlPackagePlayer';
import type { SectionDetail, SectionPreview } from '@salesforce/apex/CourseBuilderController';
import { MEDIA_LABELS, embedUrl, safeHref } from 'c/courseMedia';
import type { UnzipSync } from 'c/deckReader';
import {
  HTML_PACKAGE_LIMITS,
  type PackageTools,
  isHtmlPackageError,
  packageDocumentOf,
  tooLargeError
} from 'c/htmlPackage';

/** How many unpacked packages are kept in memory (by file URL), most recently shown last. */
export const PACKAGE_CACHE_SIZE = 3;
/** ...and at most this many characters of them together. */
export const PACKAGE_CACHE_CHARS = 60 * 1024 * 1024;
const packageCache = new Map<string, string>();

/** Forgets the unpacked packages (tests). */
export function clearPackageCache(): void {
  packageCache.clear();
}

/** The `mediaplayback` event's detail: a video section's playback changed. */
export interface MediaPlaybackDetail {
  sectionId: string;
  state: 'playing' | 'paused' | 'ended';
  /** Where playback is, in seconds. */
  position: number;
  /** The video's length in seconds (NaN until known). */
  duration: number;
}

interface FflateGlobal {
  fflate?: {
    unzipSync?: UnzipSync;
    strFromU8?: (bytes: Uint8Array) => string;
    strToU8?: (text: string) => Uint8Array;
  };
}

const PACKAGE_FAILED =
  "This interactive package couldn't be loaded. Check your connection and try again, or download the package.";

const TYPE_ICONS: Record<SectionDetail['mediaType'], string> = {
  Slide_Page: 'doctype:ppt',
  Image: 'doctype:image',
  Video: 'doctype:video',
  HTML: 'doctype:html',
  Link: 'doctype:link'
};

export default class CourseMediaPreview extends LightningElement {
  frameShown = false;
  imageFailed = false;
  /** The package's self-contained document, once unpacked. */
  packageHtml?: string;
  packageLoading = false;
  packageError?: string;
  private _section?: SectionDetail;
  private _preview?: SectionPreview;
  private packageUrl?: string;
  private packageToken = 0;
  private connected = false;

  @api
  get section(): SectionDetail | undefined {
    return this._section;
  }
  set section(value: SectionDetail | undefined) {
    if (value?.id !== this._section?.id) {
      this.frameShown = false;
      this.imageFailed = false;
    }
    this._section = value;
    this.syncPackage();
  }

  @api
  get preview(): SectionPreview | undefined {
    return this._preview;
  }
  set preview(value: SectionPreview | undefined) {
    this._preview = value;
    this.syncPackage();
  }

  override connectedCallback(): void {
    this.connected = true;
    this.syncPackage();
  }

  override disconnectedCallback(): void {
    this.connected = false;
    this.packageToken++;
    this.packageUrl = undefined;
  }

  // ------------------------------------------------------------------------------------------ HTML packages

  /** The package file to play: an HTML section whose file is ready. */
  private get packageFileUrl(): string | undefined {
    if (this._section?.mediaType !== 'HTML' || this.status !== 'Ready') return undefined;
    return safeHref(this._preview?.mediaUrl);
  }

  /** Starts unpacking when the package to show changed; forgets the old one. */
  private syncPackage(): void {
    if (!this.connected) return;
    const url = this.packageFileUrl;
    if (url === this.packageUrl) return;
    this.packageUrl = url;
    const token = ++this.packageToken;
    this.packageError = undefined;
    this.packageHtml = url ? packageCache.get(url) : undefined;
    this.packageLoading = !!url && !this.packageHtml;
    if (url && !this.packageHtml) {
      this.loadPackage(url, token).catch(() => undefined);
    }
  }

  private async loadPackage(url: string, token: number): Promise<void> {
    try {
      const html = await this.unpack(url);
      packageCache.delete(url);
      packageCache.set(url, html);
      let total = 0;
      packageCache.forEach((cached) => (total += cached.length));
      // Oldest first, until the count and the total size fit (the package just unpacked always stays).
      while (
        packageCache.size > 1 &&
        (packageCache.size > PACKAGE_CACHE_SIZE || total > PACKAGE_CACHE_CHARS)
      ) {
        const oldest = packageCache.keys().next().value!;
        total -= packageCache.get(oldest)!.length;
        packageCache.delete(oldest);
      }
      if (token === this.packageToken) this.packageHtml = html;
    } catch (error) {
      if (token === this.packageToken) {
        this.packageError = isHtmlPackageError(error) ? error.message : PACKAGE_FAILED;
      }
    } finally {
      if (token === this.packageToken) this.packageLoading = false;
    }
  }

  private async unpack(url: string): Promise<string> {
    const [response] = await Promise.all([
      fetch(url, { credentials: 'same-origin' }),
      loadScript(this, FFLATE)
    ]);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const limit = HTML_PACKAGE_LIMITS.maxZipBytes;
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > limit) throw tooLargeError(declared, limit);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const fflate = (window as unknown as FflateGlobal).fflate;
    if (!fflate?.unzipSync || !fflate.strFromU8 || !fflate.strToU8) throw new Error('fflate is not loaded');
    const { strFromU8, strToU8 } = fflate;
    const tools: PackageTools = {
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
      decodeText: (data) => strFromU8(data),
      encodeText: (text) => strToU8(text)
    };
    return packageDocumentOf(bytes, fflate.unzipSync, tools).html;
  }

  get showPackage(): boolean {
    return !!this.packageHtml && !!this.packageFileUrl;
  }

  get showPackageLoading(): boolean {
    return this.packageLoading && !!this.packageFileUrl;
  }

  get playerUrl(): string {
    return `${PLAYER}/player.html`;
  }

  /** The player has loaded: hand it the package (its origin is opaque, hence the '*' target). */
  handlePlayerLoad(event: Event): void {
    const frame = event.currentTarget as HTMLIFrameElement;
    if (this.packageHtml) {
      frame.contentWindow?.postMessage({ type: 'entatio:package', html: this.packageHtml }, '*');
    }
  }

  get packageTitle(): string {
    return `${this._section?.title ?? 'Interactive package'}: interactive content, in a sandboxed frame`;
  }

  private get status(): string {
    if (this.preview) return this.preview.status;
    if (this.isLinkLike) return 'Ready';
    return this._section?.renditionStatus ?? 'Pending';
  }

  private get linkUrl(): string | undefined {
    return this.preview?.linkUrl ?? this._section?.linkUrl ?? undefined;
  }

  private get isLinkLike(): boolean {
    const section = this._section;
    if (!section) return false;
    return section.mediaType === 'Link' || (section.mediaType === 'Video' && !!this.linkUrl);
  }

  private get host(): string {
    try {
      return new URL(this.linkUrl ?? '').hostname;
    } catch {
      return 'another site';
    }
  }

  get frameUrl(): string | undefined {
    return this.isLinkLike ? embedUrl(this.linkUrl) : undefined;
  }

  get imageUrl(): string | undefined {
    return this.preview?.imageUrl ?? undefined;
  }

  get videoUrl(): string | undefined {
    return this._section?.mediaType === 'Video' && !this.isLinkLike
      ? (this.preview?.mediaUrl ?? undefined)
      : undefined;
  }

  get showFrame(): boolean {
    return this.frameShown && !!this.frameUrl;
  }

  get offerFrame(): boolean {
    return !this.frameShown && !!this.frameUrl && this.status === 'Ready';
  }

  get showVideo(): boolean {
    return this.status === 'Ready' && !!this.videoUrl;
  }

  get showImage(): boolean {
    return (
      this.status === 'Ready' &&
      !this.isLinkLike &&
      this._section?.mediaType !== 'HTML' &&
      !!this.imageUrl &&
      !this.imageFailed
    );
  }

  get frameShownNote(): boolean {
    return this.showFrame;
  }

  private get mediaLabel(): string {
    const section = this._section;
    if (!section) return '';
    const label = MEDIA_LABELS[section.mediaType] ?? section.mediaType;
    if (section.mediaType === 'Video' && this.isLinkLike) return 'Video link';
    return section.mediaType === 'Slide_Page' && section.pageNumber
      ? `${label} ${section.pageNumber}`
      : label;
  }

  get caption(): string {
    const section = this._section;
    return section ? `${section.position}. ${section.title} · ${this.mediaLabel}` : '';
  }

  get altText(): string {
    const section = this._section;
    return section ? `${section.title} (${this.mediaLabel})` : '';
  }

  get frameTitle(): string {
    return `${this._section?.title ?? 'Link'}: page from ${this.host}, in a sandboxed frame`;
  }

  get offerLabel(): string {
    return this._section?.mediaType === 'Video' ? 'Show the video here' : 'Show the page here';
  }

  get offerText(): string {
    const what = this._section?.mediaType === 'Video' ? 'a video' : 'a page';
    return `This section shows ${what} from ${this.host}. It is loaded only when you ask, in a sandboxed frame.`;
  }

  get iconName(): string {
    if (this.imageFailed || this.status === 'Unavailable') return 'utility:warning';
    if (this.status === 'Pending') return 'utility:clock';
    return TYPE_ICONS[this._section?.mediaType ?? 'Link'] ?? 'doctype:unknown';
  }

  get placeholderText(): string {
    const section = this._section;
    if (this.imageFailed) return "The picture couldn't be loaded. Open the file instead.";
    if (!this.preview && !this.isLinkLike) return 'Loading the preview…';
    if (this.status === 'Pending') {
      return this.preview?.message ?? 'Salesforce is preparing a preview of this page.';
    }
    if (this.status === 'Unavailable') {
      return (
        this.preview?.message ??
        "Salesforce can't show a preview of this page. Viewers can open the file instead."
      );
    }
    if (section?.mediaType === 'HTML') {
      return this.packageError ?? 'There is no package file to show. Download the package to open it.';
    }
    if (this.isLinkLike) return "This link can't be shown in a frame. Open it in a new tab instead.";
    return 'There is nothing to preview for this section.';
  }

  get openUrl(): string | undefined {
    if (this.isLinkLike) return this.frameUrl ? safeHref(this.linkUrl) : undefined;
    return safeHref(this.preview?.mediaUrl);
  }

  get openLabel(): string {
    const type = this._section?.mediaType;
    if (this.isLinkLike) return type === 'Video' ? 'Open the video' : 'Open the page';
    return type === 'HTML' ? 'Download the package' : 'Open the file';
  }

  handleVideoPlay(event: Event): void {
    this.reportPlayback(event, 'playing');
  }

  handleVideoPause(event: Event): void {
    // A video that reaches its end pauses first; `ended` follows and says so.
    if (!(event.currentTarget as HTMLVideoElement).ended) this.reportPlayback(event, 'paused');
  }

  handleVideoEnded(event: Event): void {
    this.reportPlayback(event, 'ended');
  }

  private reportPlayback(event: Event, state: MediaPlaybackDetail['state']): void {
    const sectionId = this._section?.id;
    if (!sectionId) return;
    const video = event.currentTarget as HTMLVideoElement;
    const detail: MediaPlaybackDetail = {
      sectionId,
      state,
      position: Number(video.currentTime) || 0,
      duration: Number(video.duration)
    };
    this.dispatchEvent(new CustomEvent('mediaplayback', { detail }));
  }

  handleShowFrame(): void {
    this.frameShown = true;
  }

  handleImageError(): void {
    this.imageFailed = true;
  }
}
