/**
 * A region of a page where a package component lives: a card headed by the region's label. Until the
 * component's feature lands, the page marks the region `pending` and it shows the package's real
 * `c-state-panel` (empty variant) saying which feature brings it. When the feature lands, its page puts the
 * component in the region instead: `<wb-region region-id="account-engagement"><c-engagement-panel ...>`.
 */
import { LightningElement, api } from 'lwc';
import { findRegion, type RegionSpec } from '../../../../pages';

export default class Region extends LightningElement {
  @api regionId?: string;
  @api pending = false;

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
