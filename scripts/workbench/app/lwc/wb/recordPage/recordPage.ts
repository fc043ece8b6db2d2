/**
 * A Lightning record page: the highlights panel (compact layout fields of the record) and a tabset whose
 * first tab holds the page's regions (the default slot) and whose Details tab shows every field of the
 * record. The record comes from the sample data; the route carries the active tab.
 */
import { LightningElement, api } from 'lwc';
import type { RecordView } from '../../../../api-types';
import {
  activeTab,
  formatRoute,
  pageById,
  parseRoute,
  type RecordPageId,
  type RecordPageSpec
} from '../../../../pages';
import { fetchJson } from '../../../platform/activity';

export default class RecordPage extends LightningElement {
  @api pageId?: RecordPageId;
  @api tab?: string;

  record?: RecordView;
  error?: unknown;
  private _recordId?: string;
  private announced?: string;

  @api
  get recordId(): string | undefined {
    return this._recordId;
  }
  set recordId(value: string | undefined) {
    if (value === this._recordId) return;
    this._recordId = value;
    void this.load();
  }

  private async load(): Promise<void> {
    const id = this._recordId;
    this.record = undefined;
    this.error = undefined;
    if (!id) return;
    try {
      const record = await fetchJson<RecordView>(`/__workbench/api/record/${encodeURIComponent(id)}`);
      if (id !== this._recordId) return;
      if (this.pageId && record.pageId !== this.pageId) {
        throw { body: { message: `${record.name} is a ${record.objectLabel}, not a ${this.page.title}.` } };
      }
      this.record = record;
    } catch (error) {
      if (id === this._recordId) this.error = error;
    }
  }

  get page(): RecordPageSpec {
    return pageById(this.pageId ?? 'account') as RecordPageSpec;
  }

  get mainTab(): { value: string; label: string } {
    return this.page.tabs[0]!;
  }

  get activeTab(): string {
    return activeTab(this.page, { page: this.page.id, recordId: this._recordId, tab: this.tab });
  }

  get isLoading(): boolean {
    return !this.record && !this.error;
  }

  get highlights(): (RecordView['highlights'][number] & { key: string })[] {
    return (this.record?.highlights ?? []).map((f) => ({ ...f, key: f.apiName }));
  }

  handleTabActive(event: Event): void {
    const value = (event.target as HTMLElement & { value: string }).value;
    if (!this._recordId || value === this.activeTab) return;
    const route = parseRoute(window.location.hash);
    if (route?.recordId !== this._recordId) return;
    window.location.replace(formatRoute({ page: this.page.id, recordId: this._recordId, tab: value }));
  }

  override renderedCallback(): void {
    const state = this.record ? `record:${this.record.id}` : this.error ? 'error' : undefined;
    if (state && state !== this.announced) {
      this.announced = state;
      this.dispatchEvent(new CustomEvent('wbpageready', { bubbles: true, composed: true }));
    }
  }
}
