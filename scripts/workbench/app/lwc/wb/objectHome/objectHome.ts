/** An object home (the object's tab): a list view of its sample records, sorted by name, linking to record pages. */
import { LightningElement, api } from 'lwc';
import type { ListView } from '../../../../api-types';
import { pageById, type PageId, type RecordPageSpec } from '../../../../pages';
import { fetchJson } from '../../../platform/activity';

export default class ObjectHome extends LightningElement {
  list?: ListView;
  error?: unknown;
  private _pageId?: PageId;
  private announced?: string;

  @api
  get pageId(): PageId | undefined {
    return this._pageId;
  }
  set pageId(value: PageId | undefined) {
    if (value === this._pageId) return;
    this._pageId = value;
    void this.load();
  }

  private async load(): Promise<void> {
    const pageId = this._pageId;
    this.list = undefined;
    this.error = undefined;
    if (!pageId) return;
    try {
      const list = await fetchJson<ListView>(`/__workbench/api/records/${pageId}`);
      if (pageId === this._pageId) this.list = list;
    } catch (error) {
      if (pageId === this._pageId) this.error = error;
    }
  }

  get page(): RecordPageSpec {
    return pageById(this._pageId ?? 'account') as RecordPageSpec;
  }

  get summary(): string {
    if (!this.list) return '';
    const shown = this.list.rows.length;
    const sortedBy = this.list.columns[0]?.label ?? 'Name';
    return `${shown} of ${this.list.total.toLocaleString('en-US')} items · Sorted by ${sortedBy}`;
  }

  get rows(): {
    id: string;
    name: string;
    link: string;
    cells: { key: string; display: string; link?: string }[];
  }[] {
    return (this.list?.rows ?? []).map((row) => ({
      ...row,
      cells: row.cells.map((c) => ({ key: c.apiName, display: c.display, link: c.link }))
    }));
  }

  override renderedCallback(): void {
    const state = this.list ? `list:${this.list.pageId}` : this.error ? 'error' : undefined;
    if (state && state !== this.announced) {
      this.announced = state;
      this.dispatchEvent(new CustomEvent('wbpageready', { bubbles: true, composed: true }));
    }
  }
}
