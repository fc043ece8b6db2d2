/**
 * Contacts x courses heat map of the engagement panel: views per contact and course, drawn in SVG by this template
 * (geometry from c/engagementCharts). Columns are numbered, with a key naming each course below. The picture has a
 * text summary (`aria-label`) and each cell a `<title>`; "Show as table" gives the same numbers as a data table.
 */
import { LightningElement, api } from 'lwc';
import { heatMap, type HeatMapView } from 'c/engagementCharts';
import type { ContactRow, CourseRow, HeatCell } from '@salesforce/apex/EngagementPanelController';

export default class EngagementHeatMap extends LightningElement {
  @api contacts: ContactRow[] = [];
  @api courses: CourseRow[] = [];
  @api cells: HeatCell[] = [];
  showTable = false;

  get view(): HeatMapView {
    return heatMap({
      rows: (this.contacts ?? []).map((c) => ({ id: c.id, label: c.name, detail: c.title })),
      columns: (this.courses ?? []).map((c) => ({ id: c.id, label: c.name })),
      cells: (this.cells ?? []).map((c) => ({ rowId: c.contactId, columnId: c.courseId, views: c.views }))
    });
  }

  get viewBox(): string {
    const { width, height } = this.view;
    return `0 0 ${width} ${height}`;
  }

  get svgStyle(): string {
    return `width: ${this.view.width}px; min-width: ${this.view.width}px`;
  }

  get courseKey(): { key: string; number: string; name: string }[] {
    return this.view.columns.map((c) => ({ key: c.key, number: c.shortLabel, name: c.label }));
  }

  get tableToggleLabel(): string {
    return this.showTable ? 'Hide table' : 'Show as table';
  }

  get tableRows(): { key: string; label: string; cells: { key: string; text: string }[] }[] {
    return this.view.rows.map((row) => ({
      key: row.key,
      label: (this.contacts ?? []).find((c) => c.id === row.key)?.name ?? row.label,
      cells: row.cells.map((cell) => ({ key: cell.key, text: String(cell.views) }))
    }));
  }

  get ariaExpanded(): string {
    return String(this.showTable);
  }

  toggleTable(): void {
    this.showTable = !this.showTable;
  }
}
