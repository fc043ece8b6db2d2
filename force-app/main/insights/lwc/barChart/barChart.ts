/**
 * A horizontal bar chart drawn in SVG by this template, with the same data as a table (the accessible
 * alternative, shown with "Show table"). Each bar may carry a confidence interval (a whisker from `low` to
 * `high`) and a note (e.g. the number of observations behind it). Values are formatted as numbers, percentages
 * (0–1) or currency.
 *
 *     <c-bar-chart heading="Reach the end" rows={rows} format="percent" value-label="Probability"></c-bar-chart>
 */
import { LightningElement, api } from 'lwc';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** Lower and upper bound of the interval around `value` (drawn as a whisker). */
  low?: number;
  high?: number;
  /** Extra column in the table and the bar's tooltip, e.g. "n = 120". */
  note?: string;
  /** Marks a bar (e.g. a drop-off hotspot): drawn in the highlight colour. */
  highlight?: boolean;
}

export type ValueFormat = 'number' | 'percent' | 'currency' | 'ratio';

const BAR_HEIGHT = 18;
const GAP = 8;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 130;
const PLOT_WIDTH = 420;

export function formatValue(value: number | undefined, format: ValueFormat): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '–';
  switch (format) {
    case 'percent':
      return `${(value * 100).toFixed(value < 0.1 && value > 0 ? 1 : 0)} %`;
    case 'currency':
      return new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0
      }).format(value);
    case 'ratio':
      return `${value.toFixed(2)}×`;
    default:
      return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export default class BarChart extends LightningElement {
  @api heading = '';
  @api rows: BarRow[] = [];
  @api format: ValueFormat = 'number';
  /** Column headings of the table. */
  @api labelHeading = 'Item';
  @api valueLabel = 'Value';
  @api noteLabel = 'Observations';
  /** The axis maximum; defaults to the largest value or bound. */
  @api max?: number;
  /** A reference value drawn as a dashed line (e.g. 1× for a lift). */
  @api reference?: number;

  showTable = false;

  get hasRows(): boolean {
    return Array.isArray(this.rows) && this.rows.length > 0;
  }

  get hasNotes(): boolean {
    return this.rows.some((row) => row.note !== undefined);
  }

  get hasIntervals(): boolean {
    return this.rows.some((row) => row.low !== undefined && row.high !== undefined);
  }

  get scaleMax(): number {
    const max = Number(this.max);
    if (max > 0) return max;
    const values = this.rows.flatMap((row) => [row.value, row.high ?? 0]);
    if (this.reference !== undefined) values.push(Number(this.reference));
    const largest = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
    return largest > 0 ? largest : 1;
  }

  get width(): number {
    return LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  }

  get height(): number {
    return this.rows.length * (BAR_HEIGHT + GAP) + GAP;
  }

  get viewBox(): string {
    return `0 0 ${this.width} ${this.height}`;
  }

  get ariaLabel(): string {
    const parts = this.rows.slice(0, 12).map((row) => `${row.label}: ${formatValue(row.value, this.format)}`);
    const more = this.rows.length > 12 ? `, and ${this.rows.length - 12} more (see the table)` : '';
    return `${this.heading}. ${parts.join('; ')}${more}`;
  }

  private x(value: number): number {
    const clamped = Math.max(0, Math.min(value, this.scaleMax));
    return LABEL_WIDTH + (clamped / this.scaleMax) * PLOT_WIDTH;
  }

  get referenceLine(): { x: string; y2: string } | undefined {
    if (this.reference === undefined) return undefined;
    return { x: String(this.x(Number(this.reference))), y2: String(this.height) };
  }

  get bars() {
    return this.rows.map((row, index) => {
      const y = GAP + index * (BAR_HEIGHT + GAP);
      const hasInterval = row.low !== undefined && row.high !== undefined;
      const valueText = formatValue(row.value, this.format);
      const interval = hasInterval
        ? `${formatValue(row.low, this.format)} – ${formatValue(row.high, this.format)}`
        : '';
      return {
        key: row.key,
        label: truncate(row.label, 34),
        fullLabel: row.label,
        tooltip: `${row.label}: ${valueText}${interval ? ` (${interval})` : ''}${row.note ? `, ${row.note}` : ''}`,
        labelX: String(LABEL_WIDTH - 8),
        textY: String(y + BAR_HEIGHT / 2 + 4),
        barX: String(LABEL_WIDTH),
        barY: String(y),
        barWidth: String(Math.max(1, this.x(row.value) - LABEL_WIDTH)),
        barHeight: String(BAR_HEIGHT),
        barClass: row.highlight ? 'bar bar_highlight' : 'bar',
        hasInterval,
        whiskerX1: String(this.x(row.low ?? 0)),
        whiskerX2: String(this.x(row.high ?? 0)),
        whiskerY: String(y + BAR_HEIGHT / 2),
        capTop: String(y + 3),
        capBottom: String(y + BAR_HEIGHT - 3),
        valueX: String(LABEL_WIDTH + PLOT_WIDTH + 8),
        valueText,
        interval,
        note: row.note ?? '',
        highlight: row.highlight === true
      };
    });
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
