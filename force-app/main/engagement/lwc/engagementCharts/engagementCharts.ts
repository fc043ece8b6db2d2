/**
 * Pure geometry and wording of the engagement panel's charts (no template, no DOM): the contacts x courses heat map
 * and the engagement-over-time chart drawn against closed-won amounts. The components only bind these numbers to
 * their SVG templates, so everything here is unit-tested on its own.
 */

export interface HeatInput {
  rows: { id: string; label: string; detail?: string | null }[];
  columns: { id: string; label: string }[];
  cells: { rowId: string; columnId: string; views: number }[];
}

export interface HeatCellView {
  key: string;
  x: number;
  y: number;
  size: number;
  views: number;
  fill: string;
  textFill: string;
  text: string;
  textX: number;
  textY: number;
  label: string;
}

export interface HeatRowView {
  key: string;
  label: string;
  detail: string;
  y: number;
  textY: number;
  cells: HeatCellView[];
}

export interface HeatColumnView {
  key: string;
  label: string;
  shortLabel: string;
  x: number;
  textX: number;
}

export interface HeatMapView {
  width: number;
  height: number;
  rows: HeatRowView[];
  columns: HeatColumnView[];
  max: number;
  summary: string;
  legend: { key: string; fill: string; style: string }[];
}

export const HEAT = { cell: 34, gap: 3, labelWidth: 150, headerHeight: 28 } as const;

/** SLDS brand blues from light to dark (white = no views). Dark steps carry white text (contrast >= 4.5:1). */
const SCALE = ['#ffffff', '#d8e6fe', '#aacbff', '#78b0fd', '#0176d3', '#014486'];
const DARK_FROM = 4;

/** Step 0 (no views) .. 5 (the most views), spread by square root so a few heavy viewers do not wash out the rest. */
export function heatStep(views: number, max: number): number {
  if (views <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(SCALE.length - 1, Math.ceil(Math.sqrt(views / max) * (SCALE.length - 1))));
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

export function heatMap(input: HeatInput): HeatMapView {
  const views = new Map(input.cells.map((c) => [`${c.rowId}|${c.columnId}`, c.views]));
  const max = input.cells.reduce((m, c) => Math.max(m, c.views), 0);
  const step = HEAT.cell + HEAT.gap;
  const columns: HeatColumnView[] = input.columns.map((column, i) => ({
    key: column.id,
    label: column.label,
    shortLabel: String(i + 1),
    x: HEAT.labelWidth + i * step,
    textX: HEAT.labelWidth + i * step + HEAT.cell / 2
  }));
  const rows: HeatRowView[] = input.rows.map((row, r) => {
    const y = HEAT.headerHeight + r * step;
    return {
      key: row.id,
      label: shorten(row.label, 22),
      detail: row.detail ?? '',
      y,
      textY: y + HEAT.cell / 2 + 4,
      cells: input.columns.map((column, c) => {
        const count = views.get(`${row.id}|${column.id}`) ?? 0;
        const s = heatStep(count, max);
        const x = HEAT.labelWidth + c * step;
        return {
          key: `${row.id}|${column.id}`,
          x,
          y,
          size: HEAT.cell,
          views: count,
          fill: SCALE[s]!,
          textFill: s >= DARK_FROM ? '#ffffff' : '#181818',
          text: count > 0 ? String(count) : '',
          textX: x + HEAT.cell / 2,
          textY: y + HEAT.cell / 2 + 4,
          label: `${row.label}, ${column.label}: ${plural(count, 'view')}`
        };
      })
    };
  });
  const legend = SCALE.map((fill, i) => ({ key: `l${i}`, fill, style: `background-color: ${fill}` }));
  return {
    width: HEAT.labelWidth + Math.max(1, input.columns.length) * step,
    height: HEAT.headerHeight + Math.max(1, input.rows.length) * step,
    rows,
    columns,
    max,
    summary:
      `Heat map of views by ${plural(input.rows.length, 'contact')} across ${plural(input.columns.length, 'course')}` +
      (max > 0 ? `; the most for one contact on one course is ${plural(max, 'view')}.` : '.'),
    legend
  };
}

// ------------------------------------------------------------------------------------------------ over time

export interface TrendInput {
  month: string;
  views: number;
  wonAmount: number;
}

export interface TrendBar {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export interface TrendPoint {
  key: string;
  cx: number;
  cy: number;
  label: string;
}

export interface TrendTick {
  key: string;
  x: number;
  y: number;
  label: string;
}

export interface TrendView {
  width: number;
  height: number;
  plot: { left: number; right: number; topY: number; bottom: number };
  bars: TrendBar[];
  points: TrendPoint[];
  linePath: string;
  monthTicks: TrendTick[];
  viewTicks: TrendTick[];
  amountTicks: TrendTick[];
  rows: { key: string; month: string; views: string; amount: string }[];
  summary: string;
  maxViews: number;
  maxAmount: number;
}

const MIN_VIEWS_AXIS = 2;
const MIN_AMOUNT_AXIS = 1_000;

export const TREND = { width: 640, height: 240, left: 44, right: 64, top: 16, bottom: 32 } as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-07` → `Jul 2025`. */
export function monthLabel(month: string, withYear = true): string {
  const [year, m] = month.split('-');
  const name = MONTHS[Number(m) - 1] ?? month;
  return withYear ? `${name} ${year}` : name;
}

/** 1,234,567 → `$1.2M`; 12,500 → `$13K`. */
export function compactCurrency(amount: number): string {
  if (amount >= 1_000_000) return `$${(amount / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
  if (amount >= 1_000) return `$${Math.round(amount / 1_000)}K`;
  return `$${Math.round(amount)}`;
}

const currency = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0
});

/** A round upper bound for an axis (1, 2, 5 x 10^n). */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const f of [1, 2, 5, 10]) if (f * magnitude >= value) return f * magnitude;
  return 10 * magnitude;
}

export function trendChart(periods: TrendInput[]): TrendView {
  const { width, height, left, right, bottom } = TREND;
  const plotTop = TREND.top;
  const plotRight = width - right;
  const plotBottom = height - bottom;
  const plotWidth = plotRight - left;
  const plotHeight = plotBottom - plotTop;
  // Floors keep the axes' three ticks distinct (0 · 1 · 2 views, $0 · $500 · $1K) when a record has little or none.
  const maxViews = niceMax(Math.max(MIN_VIEWS_AXIS, ...periods.map((p) => p.views)));
  const maxAmount = niceMax(Math.max(MIN_AMOUNT_AXIS, ...periods.map((p) => p.wonAmount)));
  const slot = plotWidth / Math.max(1, periods.length);
  const barWidth = Math.max(4, slot * 0.5);
  const xOf = (i: number): number => left + slot * i + slot / 2;
  const round = (n: number): number => Math.round(n * 10) / 10;

  const bars: TrendBar[] = periods
    .map((p, i) => {
      const h = (p.wonAmount / maxAmount) * plotHeight;
      return {
        key: p.month,
        x: round(xOf(i) - barWidth / 2),
        y: round(plotBottom - h),
        width: round(barWidth),
        height: round(h),
        label: `${monthLabel(p.month)}: ${currency.format(p.wonAmount)} closed won`
      };
    })
    .filter((b) => b.height > 0);
  const points: TrendPoint[] = periods.map((p, i) => ({
    key: p.month,
    cx: round(xOf(i)),
    cy: round(plotBottom - (p.views / maxViews) * plotHeight),
    label: `${monthLabel(p.month)}: ${plural(p.views, 'view')}`
  }));
  const linePath = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.cx} ${p.cy}`).join(' ');
  const monthTicks = periods.map((p, i) => ({
    key: p.month,
    x: round(xOf(i)),
    y: plotBottom + 18,
    label: p.month.endsWith('-01') || i === 0 ? monthLabel(p.month) : monthLabel(p.month, false)
  }));
  const fractions = [0, 0.5, 1];
  const viewTicks = fractions.map((f) => ({
    key: `v${f}`,
    x: left - 6,
    y: round(plotBottom - f * plotHeight + 4),
    label: Math.round(maxViews * f).toLocaleString('en-US')
  }));
  const amountTicks = fractions.map((f) => ({
    key: `a${f}`,
    x: plotRight + 6,
    y: round(plotBottom - f * plotHeight + 4),
    label: compactCurrency(maxAmount * f)
  }));
  const totalViews = periods.reduce((s, p) => s + p.views, 0);
  const totalWon = periods.reduce((s, p) => s + p.wonAmount, 0);
  const busiest = periods.reduce<TrendInput | undefined>(
    (b, p) => (!b || p.views > b.views ? p : b),
    undefined
  );
  const summary =
    periods.length === 0
      ? 'No months to show.'
      : `Engagement over ${plural(periods.length, 'month')}: ${plural(totalViews, 'view')}` +
        (busiest && busiest.views > 0
          ? `, the most in ${monthLabel(busiest.month)} (${busiest.views})`
          : '') +
        `; ${currency.format(totalWon)} closed won in the same period.`;
  return {
    width,
    height,
    plot: { left, right: plotRight, topY: plotTop, bottom: plotBottom },
    bars,
    points,
    linePath,
    monthTicks,
    viewTicks,
    amountTicks,
    rows: periods.map((p) => ({
      key: p.month,
      month: monthLabel(p.month),
      views: p.views.toLocaleString('en-US'),
      amount: currency.format(p.wonAmount)
    })),
    summary,
    maxViews,
    maxAmount
  };
}
