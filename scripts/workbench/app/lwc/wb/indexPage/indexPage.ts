/** The workbench's home: every page (where users meet it), the sample dataset, and sample records to open. */
import { LightningElement } from 'lwc';
import type { IndexView } from '../../../../api-types';
import { PAGES, routeHref, regionsOf } from '../../../../pages';
import { fetchJson } from '../../../platform/activity';

export default class IndexPage extends LightningElement {
  index?: IndexView;
  error?: unknown;
  private announced = false;

  override connectedCallback(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.index = await fetchJson<IndexView>('/__workbench/api/index');
    } catch (error) {
      this.error = error;
    }
  }

  get pages(): {
    id: string;
    label: string;
    title: string;
    where: string;
    href: string;
    iconName: string;
    regions: string;
  }[] {
    const firstRecord = (pageId: string): string | undefined =>
      this.index?.samples.find((s) => s.pageId === pageId)?.rows[0]?.id;
    return PAGES.filter((p) => p.kind !== 'index').map((page) => {
      const recordId = page.kind === 'record' ? firstRecord(page.id) : undefined;
      const regions = regionsOf(page).map((r) => r.feature);
      return {
        id: page.id,
        label: page.label,
        title: page.kind === 'record' ? `${page.title} record page` : page.title,
        where: page.where,
        href: routeHref({ page: page.id, recordId }),
        iconName: page.iconName,
        regions: regions.length ? `Regions: ${[...new Set(regions)].join(', ')}` : ''
      };
    });
  }

  get counts(): { label: string; count: string }[] {
    return (this.index?.dataset.counts ?? []).map((c) => ({
      label: c.label,
      count: c.count.toLocaleString('en-US')
    }));
  }

  get samples(): {
    pageId: string;
    label: string;
    href: string;
    columns: { apiName: string; label: string }[];
    rows: {
      id: string;
      name: string;
      link: string;
      cells: { key: string; display: string; link?: string }[];
    }[];
  }[] {
    return (this.index?.samples ?? []).map((sample) => ({
      pageId: sample.pageId,
      label: sample.label,
      href: routeHref({ page: sample.pageId }),
      columns: sample.columns,
      rows: sample.rows.map((row) => ({
        ...row,
        cells: row.cells.map((c) => ({ key: c.apiName, display: c.display, link: c.link }))
      }))
    }));
  }

  get runningUser(): string {
    const user = this.index?.runningUser;
    return user ? `${user.name} (${user.title})` : '';
  }

  override renderedCallback(): void {
    if (this.announced || (!this.index && !this.error)) return;
    this.announced = true;
    this.dispatchEvent(new CustomEvent('wbpageready', { bubbles: true, composed: true }));
  }
}
