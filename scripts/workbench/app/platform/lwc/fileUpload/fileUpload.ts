/**
 * `lightning-file-upload` in the workbench: lightning-base-components has no open-source file upload, so
 * platform-modules.ts resolves `lightning/fileUpload` to this stand-in. It keeps the platform component's public
 * API (label, name, record-id, accept, multiple, disabled, file-field-name/value) and its event: each chosen or
 * dropped file is posted to the workbench server, which stores it as a Salesforce File shared with `record-id`
 * (scripts/workbench/apex/CourseBuilderController.ts `workbenchUploadFile` → `registerUploadedFile`), and then
 * `uploadfinished` fires with `detail.files = [{ name, documentId, contentVersionId }]`, as in an org.
 *
 * Like the platform component it refuses files whose extension `accept` does not list, and uploads nothing while
 * disabled. The platform shows a progress dialog; this shows one line of status instead.
 */
import { LightningElement, api } from 'lwc';
import { fetchJson } from '../../activity';

export interface UploadedFileDetail {
  name: string;
  documentId: string;
  contentVersionId: string;
}

/** The workbench-only endpoint (an export of the Apex implementation, not an Apex method of the package). */
const UPLOAD_URL = '/__workbench/apex/CourseBuilderController.workbenchUploadFile';

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export default class FileUpload extends LightningElement {
  @api label = '';
  @api name?: string;
  @api recordId?: string;
  @api accept?: string | string[];
  @api disabled = false;
  @api multiple = false;
  @api fileFieldName?: string;
  @api fileFieldValue?: string;
  @api required = false;

  message = '';
  failed = false;
  uploading = false;
  over = false;

  get acceptValue(): string | undefined {
    const list = Array.isArray(this.accept) ? this.accept : this.accept?.split(',');
    return list?.length ? list.map((e) => e.trim()).join(',') : undefined;
  }

  get isDisabled(): boolean {
    return this.disabled || this.uploading;
  }

  get dropzoneClass(): string {
    return `slds-file-selector__dropzone${this.over ? ' slds-has-drag-over' : ''}`;
  }

  get messageClass(): string {
    return `slds-form-element__help${this.failed ? ' slds-text-color_error' : ''}`;
  }

  private accepted(file: File): boolean {
    const list = this.acceptValue?.split(',').map((e) => e.toLowerCase());
    if (!list?.length) return true;
    const dot = file.name.lastIndexOf('.');
    return dot > 0 && list.includes(file.name.slice(dot).toLowerCase());
  }

  handleChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    void this.upload(files);
  }

  handleDragOver(event: DragEvent): void {
    if (this.isDisabled) return;
    event.preventDefault();
    this.over = true;
  }

  handleDragLeave(): void {
    this.over = false;
  }

  handleDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    if (this.isDisabled) return;
    const files = Array.from(event.dataTransfer?.files ?? []);
    void this.upload(this.multiple ? files : files.slice(0, 1));
  }

  private async upload(files: File[]): Promise<void> {
    if (!files.length || this.isDisabled) return;
    const refused = files.filter((file) => !this.accepted(file));
    if (refused.length) {
      this.failed = true;
      this.message = `Your file type isn't supported: ${refused.map((file) => file.name).join(', ')}.`;
      return;
    }
    this.uploading = true;
    this.failed = false;
    this.message = `Uploading ${files.length} ${files.length === 1 ? 'file' : 'files'}…`;
    try {
      const uploaded: UploadedFileDetail[] = [];
      for (const file of files) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        uploaded.push(
          await fetchJson<UploadedFileDetail>(UPLOAD_URL, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ recordId: this.recordId, fileName: file.name, base64: base64Of(bytes) })
          })
        );
      }
      this.message = `${uploaded.length} of ${files.length} ${files.length === 1 ? 'file' : 'files'} uploaded.`;
      this.dispatchEvent(new CustomEvent('uploadfinished', { detail: { files: uploaded } }));
    } catch (error) {
      this.failed = true;
      const body = (error as { body?: { message?: string } })?.body;
      this.message = `The upload failed: ${body?.message ?? (error as Error)?.message ?? 'try again'}.`;
    } finally {
      this.uploading = false;
    }
  }
}
