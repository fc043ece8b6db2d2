/**
 * A region of a page where a package component lives: a card headed by the region's label. Until the
 * component's feature lands, the page marks the region `pending` and it shows the package's real
 * `c-state-panel` (empty variant) saying which feature brings it. When the feature lands, its page puts the
 * component in the region instead: `<wb-region region-id="account-engagement"><c-engagement-panel ...>`.
 *
 * On a record page the region sits on one of the page's tabs (pages.ts). When it connects it registers with
 * the record page around it (a `wbregionregister` event, answered synchronously, so its first render already
 * knows), which tells it whether its tab is the active one, then and on every tab change. Like Lightning's
 * tabs, a region renders its slot — and so creates its component, which then loads its data — only once its
 * tab is first shown, and keeps it (hidden) when the user moves to another tab. Regions that nothing
 * registers them (app pages) are always shown.
 */
import { LightningElement, api } from 'lwc';
import { findRegion, type RegionSpec } from '../../../../pages';

/** Detail of the `wbregionregister` event a region sends up to the record page around it. */
export interface RegionRegistration {
  regionId: string;
  /** The record page calls it at once and whenever the active tab changes. */
  setShown(shown: boolean): void;
  /** The record page hands back what the region calls when it disconnects. */
  setUnregister(unregister: () => void): void;
}

export default class Region extends LightningElement {
  @api regionId?: string;
  @api pending = false;

  /** Whether it has been shown once (its content is rendered from then on; a hidden region has `hidden`). */
  loaded = false;
  private unregister?: () => void;

  override connectedCallback(): void {
    const detail: RegionRegistration = {
      regionId: this.region.id,
      setShown: (shown) => {
        if (shown) {
          this.loaded = true;
          this.removeAttribute('hidden');
        } else {
          this.setAttribute('hidden', '');
        }
      },
      setUnregister: (unregister) => {
        this.unregister = unregister;
      }
    };
    this.dispatchEvent(new CustomEvent('wbregionregister', { bubbles: true, detail }));
    if (!this.unregister) detail.setShown(true);
  }

  override disconnectedCallback(): void {
    this.unregister?.();
    this.unregister = undefined;
  }

  get region(): RegionSpec {
    const found = this.regionId ? findRegion(this.regionId) : undefined;
    if (!found) throw new Error(`No region "${this.regionId}" in scripts/workbench/pages.ts.`);
    return found.region;
  }

  get label(): string {
    return this.region.label;
  }

  get pendingHeading(): string {
    return `${this.region.feature}: not built yet`;
  }

  get pendingMessage(): string {
    const { purpose, feature } = this.region;
    return `${purpose} This part arrives with the ${feature} feature; the page around it already shows the sample data.`;
  }
}
