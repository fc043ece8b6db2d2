/**
 * Engagement over time drawn against sales: views per month (line, left axis) and the account's closed-won amount by
 * close month (bars, right axis), in SVG by this template (geometry from c/engagementCharts). The picture has a text
 * summary (`aria-label`) and per-point `<title>`s; "Show as table" gives the same numbers as a data table.
 */
import { LightningElement, api } from 'lwc';
import { trendChart, type TrendView } from 'c/engagementCharts';
import type { Period } from '@salesforce/apex/EngagementPanelController';

export default class EngagementTrendChart extends LightningElement {
  @api periods: Period[] = [];
  showTable = false;

  get view(): TrendView {
    return trendChart(this.periods ?? []);
  }

  get viewBox(): string {
    return `0 0 ${this.view.width} ${this.view.height}`;
  }

  get tableToggleLabel(): string {
    return this.showTable ? 'Hide table' : 'Show as table';
  }

  get ariaExpanded(): string {
    return String(this.showTable);
  }

  toggleTable(): void {
    this.showTable = !this.showTable;
  }
}
