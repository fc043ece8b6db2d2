/**
 * Edits one section: title (required, at most 255 characters), topic (at most 80: what Insights groups engagement
 * by), description and speaker notes — checked here with the server's rules — and replaces its media with an
 * uploaded file (for a deck or PDF, a chosen page of it). Read-only, it shows the texts.
 *
 * Events: `save` — `detail`: a `SectionEdit` (id, title, description, topic, notes; '' clears a text);
 * `replace` — `detail: { sectionId, contentDocumentId, fileName, pageNumber }` after `lightning-file-upload`
 * stored the replacement (the parent calls Apex, and discards the file if the server refuses it).
 */
import { LightningElement, api } from 'lwc';
import type { SectionDetail, SectionEdit } from '@salesforce/apex/CourseBuilderController';

interface FieldElement extends HTMLElement {
  value: string;
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
  checkValidity(): boolean;
}

export interface ReplaceDetail {
  sectionId: string;
  contentDocumentId: string;
  fileName: string;
  pageNumber: number;
}

type Field = 'title' | 'topic' | 'description' | 'notes';
const PROPERTY: Record<Field, 'titleValue' | 'topic' | 'description' | 'notes'> = {
  title: 'titleValue',
  topic: 'topic',
  description: 'description',
  notes: 'notes'
};

export default class CourseSectionEditor extends LightningElement {
  @api courseId?: string;
  @api acceptedExtensions: string[] = [];
  @api readOnly = false;
  @api busy = false;

  titleValue = '';
  topic = '';
  description = '';
  notes = '';
  replacementPage = 1;
  private _section?: SectionDetail;

  @api
  get section(): SectionDetail | undefined {
    return this._section;
  }
  set section(value: SectionDetail | undefined) {
    const changed = value?.id !== this._section?.id;
    this._section = value;
    // Another section, or the saved values of this one: the form starts from the server's values.
    if (changed || !this.dirty || this.matchesSaved(value)) this.load(value);
  }

  /** Moves focus to the title field. */
  @api
  focusTitle(): void {
    this.template?.querySelector<FieldElement>('[data-field="title"]')?.focus();
  }

  /** True when the form has changes that are not saved. */
  @api
  get dirty(): boolean {
    const section = this._section;
    if (!section) return false;
    return (
      this.titleValue !== (section.title ?? '') ||
      this.topic !== (section.topic ?? '') ||
      this.description !== (section.description ?? '') ||
      this.notes !== (section.notes ?? '')
    );
  }

  private matchesSaved(value: SectionDetail | undefined): boolean {
    return (
      !!value &&
      this.titleValue.trim() === (value.title ?? '') &&
      this.topic.trim() === (value.topic ?? '') &&
      this.description === (value.description ?? '') &&
      this.notes === (value.notes ?? '')
    );
  }

  private load(section: SectionDetail | undefined): void {
    this.titleValue = section?.title ?? '';
    this.topic = section?.topic ?? '';
    this.description = section?.description ?? '';
    this.notes = section?.notes ?? '';
    this.replacementPage = section?.pageNumber ?? 1;
  }

  get heading(): string {
    return this._section ? `Section ${this._section.position}` : 'Section';
  }

  get topicText(): string {
    return this._section?.topic || 'None';
  }

  get descriptionText(): string {
    return this._section?.description || 'None';
  }

  get unchanged(): boolean {
    return !this.dirty || this.busy;
  }

  get cannotSave(): boolean {
    return this.unchanged;
  }

  handleChange(event: CustomEvent<{ value: string }>): void {
    const field = (event.currentTarget as HTMLElement).dataset.field as Field;
    this[PROPERTY[field]] = event.detail.value ?? '';
    (event.currentTarget as unknown as FieldElement).setCustomValidity('');
  }

  handlePageChange(event: CustomEvent<{ value: string }>): void {
    const page = Number.parseInt(event.detail.value, 10);
    this.replacementPage = Number.isFinite(page) && page > 0 ? page : 1;
  }

  handleReset(): void {
    this.load(this._section);
    this.template
      ?.querySelectorAll<FieldElement>('[data-field]')
      .forEach((field) => field.setCustomValidity(''));
  }

  /** Checks the fields with the server's rules; reports the first problem on its field. */
  private validate(): boolean {
    const problems: [Field, string][] = [];
    const title = this.titleValue.replace(/\s+/g, ' ').trim();
    if (!title) problems.push(['title', 'Give the section a title.']);
    else if (title.length > 255) problems.push(['title', 'A title can have at most 255 characters.']);
    if (this.topic.trim().length > 80) problems.push(['topic', 'A topic can have at most 80 characters.']);
    const fields = Array.from(this.template?.querySelectorAll<FieldElement>('[data-field]') ?? []);
    fields.forEach((field) => {
      const problem = problems.find(([name]) => name === field.dataset.field);
      field.setCustomValidity(problem ? problem[1] : '');
    });
    // Every field reports (shows its message); `false` is invalid — the fields' own limits count too.
    const valid = fields.reduce((ok, field) => field.reportValidity() !== false && ok, true);
    if (!valid || problems.length) {
      fields.find((field) => field.checkValidity() === false)?.focus();
      return false;
    }
    return true;
  }

  handleSave(): void {
    const section = this._section;
    if (!section || this.busy || !this.validate()) return;
    const edit: SectionEdit = {
      id: section.id,
      title: this.titleValue.replace(/\s+/g, ' ').trim(),
      topic: this.topic.trim(),
      description: this.description,
      notes: this.notes
    };
    this.dispatchEvent(new CustomEvent('save', { detail: edit }));
  }

  handleReplacementUploaded(event: CustomEvent<{ files: { name: string; documentId: string }[] }>): void {
    const section = this._section;
    const file = event.detail.files?.[0];
    if (!section || !file) return;
    const detail: ReplaceDetail = {
      sectionId: section.id,
      contentDocumentId: file.documentId,
      fileName: file.name,
      pageNumber: this.replacementPage
    };
    this.dispatchEvent(new CustomEvent('replace', { detail }));
  }
}
