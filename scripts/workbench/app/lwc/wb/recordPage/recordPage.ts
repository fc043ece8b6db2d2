/**
 * A Lightning record page: the highlights panel (compact layout fields of the record) and a tabset with a tab
 * per tab of the page in pages.ts; the Details tab shows every field of the record. The record comes from the
 * sample data; the route carries the active tab (`#/course/<id>/present`).
 *
 * The page's regions are its default slot (slot names cannot be computed, so the page template lists every
 * region once and the slot sits below the tab bar). Each `wb-region` registers here when it connects
 * (`wbregionregister`) and is told whether its tab is the active one — at once, so it never renders on the
 * wrong tab, and again on every tab change. A region's component is created when its tab is first shown.
 */
import { LightningElement, api } from 'lwc';
import type { RecordView } from '../../../../api-types';
import {
  activeTab,
  formatRoute,
  pageById,
  parseRoute,
  type RecordPageId,
  type RecordPageSpec,
  tabOfRegion
} from '../../../../pages';
import { fetchJson } from '../../../platform/activity';
import type { RegionRegistration } from '../region/region';

export default class RecordPage extends LightningElement {
  @api pageId?: RecordPageId;

  record?: RecordView;
  error?: unknown;
  private _recordId?: string;
  /** The tab asked for: the route's, or the one the user just clicked (before the route follows). */
  private selectedTab?: string;
  private announced?: string;
  /** Connected regions and their tab. */
  private readonly regions = new Map<RegionRegistration, string>();

  @api
  get tab(): string | undefined {
    return this.selectedTab;
  }
  set tab(value: string | undefined) {
    this.selectedTab = value;
    this.showRegions();
  }

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

  get tabs(): { value: string; label: string; isDetails: boolean }[] {
    return this.page.tabs.map((t) => ({ value: t.value, label: t.label, isDetails: t.value === 'details' }));
  }

  get activeTab(): string {
    return activeTab(this.page, { page: this.page.id, recordId: this._recordId, tab: this.selectedTab });
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
    // Switch the regions now, in the same task as the tab bar, then let the route follow.
    this.selectedTab = value;
    this.showRegions();
    window.location.replace(formatRoute({ page: this.page.id, recordId: this._recordId, tab: value }));
  }

  private readonly onRegionRegister = (event: Event): void => {
    const registration = (event as CustomEvent<RegionRegistration>).detail;
    event.stopPropagation();
    const tab = tabOfRegion(this.page, registration.regionId);
    if (!tab)
      throw new Error(
        `Region "${registration.regionId}" is on no tab of the ${this.page.id} page in pages.ts.`
      );
    this.regions.set(registration, tab);
    registration.setUnregister(() => this.regions.delete(registration));
    registration.setShown(tab === this.activeTab);
  };

  /** Tells every region whether its tab is the active one. */
  private showRegions(): void {
    const active = this.activeTab;
    for (const [region, tab] of this.regions) region.setShown(tab === active);
  }

  override connectedCallback(): void {
    this.addEventListener('wbregionregister', this.onRegionRegister);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('wbregionregister', this.onRegionRegister);
  }

  override renderedCallback(): void {
    const state = this.record ? `record:${this.record.id}` : this.error ? 'error' : undefined;
    if (state && state !== this.announced) {
      this.announced = state;
      this.dispatchEvent(new CustomEvent('wbpageready', { bubbles: true, composed: true }));
    }
  }
}
