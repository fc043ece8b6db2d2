/**
 * A heat map drawn in SVG by this template: rows × columns, each cell shaded by its value, with the cell's size
 * (number of people, observations ...) in its tooltip and in the table alternative ("Show table"). Cells with too
 * few observations (`minSize`) are grey and unlabelled, so a small cell never looks like a finding.
 */
import { LightningElement, api } from 'lwc';

export interface HeatCell {
  row: string;
  column: string;
  value: number;
  /** How many people / observations the value rests on. */
  size: number;
}

const CELL_W = 84;
const CELL_H = 30;
const ROW_LABEL_W = 150;
const HEADER_H = 64;

function format(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 10 ? value.toFixed(0) : value.toFixed(2);
}

export default class HeatMap extends LightningElement {
  @api heading = '';
  @api cells: HeatCell[] = [];
  @api rowHeading = 'Segment';
  @api valueLabel = 'Value';
  @api sizeLabel = 'People';
  /** Cells resting on fewer observations are shown as too small to tell. */
  @api minSize = 5;
  /** Row and column order; default: as they first appear. */
  @api rowOrder?: string[];
  @api columnOrder?: string[];

  showTable = false;

  get hasCells(): boolean {
    return Array.isArray(this.cells) && this.cells.length > 0;
  }

  get rowNames(): string[] {
    return this.rowOrder?.length ? this.rowOrder : [...new Set(this.cells.map((c) => c.row))];
  }

  get columnNames(): string[] {
    return this.columnOrder?.length ? this.columnOrder : [...new Set(this.cells.map((c) => c.column))];
  }

  private get byKey(): Map<string, HeatCell> {
    return new Map(this.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  }

  private get maxValue(): number {
    const values = this.cells.filter((c) => c.size >= this.minSize).map((c) => c.value);
    return Math.max(0, ...values) || 1;
  }

  get width(): number {
    return ROW_LABEL_W + this.columnNames.length * CELL_W;
  }

  get height(): number {
    return HEADER_H + this.rowNames.length * CELL_H;
  }

  get viewBox(): string {
    return `0 0 ${this.width} ${this.height}`;
  }

  get ariaLabel(): string {
    const strongest = [...this.cells]
      .filter((c) => c.size >= this.minSize)
      .sort((a, b) => b.value - a.value)
      .slice(0, 3)
      .map((c) => `${c.row} × ${c.column}: ${format(c.value)}`);
    return `${this.heading}. Strongest: ${strongest.join('; ')}. The table lists every cell.`;
  }

  get columnHeaders() {
    return this.columnNames.map((name, index) => ({
      key: name,
      label: name.length > 14 ? `${name.slice(0, 13)}…` : name,
      transform: `translate(${ROW_LABEL_W + index * CELL_W + CELL_W / 2}, ${HEADER_H - 8}) rotate(-30)`
    }));
  }

  get svgRows() {
    const max = this.maxValue;
    const cells = this.byKey;
    return this.rowNames.map((row, r) => ({
      key: row,
      label: row,
      labelY: String(HEADER_H + r * CELL_H + CELL_H / 2 + 4),
      labelX: String(ROW_LABEL_W - 8),
      cells: this.columnNames.map((column, c) => {
        const cell = cells.get(`${row}\u0000${column}`);
        const small = !cell || cell.size < this.minSize;
        const intensity = small ? 0 : Math.max(0, Math.min(1, cell.value / max));
        // Light to dark blue; text flips to white on dark cells (contrast).
        const lightness = Math.round(96 - intensity * 62);
        return {
          key: `${row}|${column}`,
          x: String(ROW_LABEL_W + c * CELL_W + 1),
          y: String(HEADER_H + r * CELL_H + 1),
          w: String(CELL_W - 2),
          h: String(CELL_H - 2),
          fill: small ? 'hsl(0, 0%, 93%)' : `hsl(210, 80%, ${lightness}%)`,
          textX: String(ROW_LABEL_W + c * CELL_W + CELL_W / 2),
          textY: String(HEADER_H + r * CELL_H + CELL_H / 2 + 4),
          textClass: lightness < 55 ? 'cell-text cell-text_inverse' : 'cell-text',
          text: small ? '' : format(cell.value),
          tooltip: cell
            ? `${row} × ${column}: ${format(cell.value)} (${this.sizeLabel.toLowerCase()}: ${cell.size})${small ? ', too few to tell' : ''}`
            : `${row} × ${column}: no data`
        };
      })
    }));
  }

  get tableRows() {
    return [...this.cells]
      .sort((a, b) => b.value - a.value)
      .map((c) => ({
        key: `${c.row}|${c.column}`,
        row: c.row,
        column: c.column,
        value: format(c.value),
        size: c.size,
        small: c.size < this.minSize
      }));
  }

  get toggleLabel(): string {
    return this.showTable ? 'Show chart' : 'Show table';
  }

  get ariaPressed(): string {
    return String(this.showTable);
  }

  handleToggle(): void {
    this.showTable = !this.showTable;
  }
}
