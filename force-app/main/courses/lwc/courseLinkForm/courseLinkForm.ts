/**
 * Adds a link (a web page, or a YouTube/Vimeo video) to a course. The address is checked here with the server's
 * rules (c/courseMedia `checkLink`: absolute http(s) only, no credentials, at most 255 characters) so a mistake is
 * shown on the field at once; the server checks it again.
 *
 * Events: `addlink` — `detail: { url, title }` (title may be ''). The parent calls Apex and then `reset()` (or
 * `showError(message)` with the server's message).
 */
import { LightningElement, api } from 'lwc';
import { checkLink } from 'c/courseMedia';

interface ValidatingInput extends HTMLElement {
  value: string;
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

export interface AddLinkDetail {
  url: string;
  title: string;
}

export default class CourseLinkForm extends LightningElement {
  @api disabled = false;
  @api legend = 'Add a link';

  url = '';
  linkTitle = '';

  private get urlInput(): ValidatingInput | null {
    return this.template?.querySelector<ValidatingInput>('lightning-input[data-id="url"]') ?? null;
  }

  /** Clears the form after the link was added. */
  @api
  reset(): void {
    this.url = '';
    this.linkTitle = '';
    const input = this.urlInput;
    input?.setCustomValidity('');
  }

  /** Shows a message (e.g. the server's) on the address field and focuses it. */
  @api
  showError(message: string): void {
    const input = this.urlInput;
    if (!input) return;
    input.setCustomValidity(message);
    input.reportValidity();
    input.focus();
  }

  handleUrlChange(event: CustomEvent<{ value: string }>): void {
    this.url = event.detail.value ?? '';
    const input = this.urlInput;
    // A new address clears the previous complaint; it is checked again on Add.
    input?.setCustomValidity('');
  }

  handleTitleChange(event: CustomEvent<{ value: string }>): void {
    this.linkTitle = event.detail.value ?? '';
  }

  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.handleAdd();
    }
  }

  handleAdd(): void {
    if (this.disabled) return;
    const check = checkLink(this.url);
    if (!check.url) {
      this.showError(check.error ?? 'Enter the web address of the link.');
      return;
    }
    this.urlInput?.setCustomValidity('');
    this.urlInput?.reportValidity();
    const detail: AddLinkDetail = { url: check.url, title: this.linkTitle.trim() };
    this.dispatchEvent(new CustomEvent('addlink', { detail }));
  }
}
