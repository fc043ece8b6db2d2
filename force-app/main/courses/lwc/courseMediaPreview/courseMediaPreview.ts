/**
 * Shows one section's media, safely:
 * - pages and images: the picture Salesforce rendered (`imageUrl`) in an `<img>` only;
 * - uploaded videos: a `<video>` element with the file as its source;
 * - links and video links: a sandboxed `<iframe sandbox="allow-scripts">` (never `allow-same-origin`, so the
 *   framed page runs in an opaque origin and cannot reach the org), loaded only when the user asks — a course page
 *   does not contact third-party sites on its own — plus an "Open" link to a new tab (`rel="noopener noreferrer"`).
 *   YouTube and Vimeo pages are framed through their embeddable players (c/courseMedia `embedUrl`);
 * - interactive HTML packages (.zip) are never unpacked or rendered here: the builder offers the package for
 *   download and says so.
 * No user content is ever inserted as HTML; every text is bound as text.
 *
 * When a picture is not there — Salesforce is still preparing it (Pending), cannot render the format
 * (Unavailable), or the image fails to load — it says so in words instead.
 */
import { LightningElement, api } from 'lwc';
import type { SectionDetail, SectionPreview } from '@salesforce/apex/CourseBuilderController';
import { MEDIA_LABELS, embedUrl, safeHref } from 'c/courseMedia';

const TYPE_ICONS: Record<SectionDetail['mediaType'], string> = {
  Slide_Page: 'doctype:ppt',
  Image: 'doctype:image',
  Video: 'doctype:video',
  HTML: 'doctype:html',
  Link: 'doctype:link'
};

export default class CourseMediaPreview extends LightningElement {
  @api preview?: SectionPreview;

  frameShown = false;
  imageFailed = false;
  private _section?: SectionDetail;

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
    return this.status === 'Ready' && !this.isLinkLike && !!this.imageUrl && !this.imageFailed;
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
      return "This interactive HTML package can't be shown inline. Download the package to open it.";
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

  handleShowFrame(): void {
    this.frameShown = true;
  }

  handleImageError(): void {
    this.imageFailed = true;
  }
}
