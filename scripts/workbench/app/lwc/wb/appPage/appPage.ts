/** A Lightning app page (or a Setup page): page header with icon, context and title, then its regions (slot). */
import { LightningElement, api } from 'lwc';
import { pageById, type AppPageSpec, type PageId } from '../../../../pages';

export default class AppPage extends LightningElement {
  @api pageId?: PageId;
  private announced = false;

  get page(): AppPageSpec {
    const page = pageById(this.pageId ?? 'health');
    if (page.kind !== 'app') throw new Error(`${page.id} is not an app page.`);
    return page;
  }

  override renderedCallback(): void {
    if (this.announced) return;
    this.announced = true;
    this.dispatchEvent(new CustomEvent('wbpageready', { bubbles: true, composed: true }));
  }
}
