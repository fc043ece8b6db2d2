/**
 * How the Customer Health Monitor and the rule console show health: band badges and words, trend arrows, metric
 * values by unit, thresholds, severities, relative times, snooze choices and the score sparkline. Pure functions
 * (no template, no clock: callers pass "now"), shared by c/healthMonitor and c/healthRuleConsole.
 */

export type Band = 'Green' | 'Yellow' | 'Red';
export type Severity = 'Info' | 'Warning' | 'Critical';
export type Unit = 'count' | 'days' | 'percent' | 'currency' | 'ratio' | 'number';
export type Operator = 'Greater_Than' | 'Greater_Or_Equal' | 'Less_Than' | 'Less_Or_Equal';

export interface BandView {
  label: string;
  /** Words for screen readers and tooltips. */
  description: string;
  /** SLDS badge classes (theme colours with AA contrast). */
  badgeClass: string;
}

const BANDS: Record<Band, BandView> = {
  Red: { label: 'Red', description: 'At risk', badgeClass: 'slds-badge slds-theme_error' },
  Yellow: { label: 'Yellow', description: 'Watch', badgeClass: 'slds-badge slds-theme_warning' },
  Green: { label: 'Green', description: 'Healthy', badgeClass: 'slds-badge slds-theme_success' }
};
const NO_BAND: BandView = { label: 'Not scored', description: 'Not scored yet', badgeClass: 'slds-badge' };

export function bandView(band: Band | null | undefined): BandView {
  return (band && BANDS[band]) || NO_BAND;
}

export interface TrendView {
  direction: 'up' | 'down' | 'steady' | 'none';
  iconName: string;
  /** SLDS icon variant: success (up), error (down), or default. */
  iconVariant: string;
  /** e.g. "+6", "−12", "±0". */
  text: string;
  /** Full sentence for assistive technology, e.g. "Down 12 points since the previous score". */
  label: string;
}

/** Changes smaller than this are shown as steady. */
export const STEADY_POINTS = 1;

export function trendView(trend: number | null | undefined): TrendView {
  if (trend === null || trend === undefined || Number.isNaN(trend))
    return { direction: 'none', iconName: '', iconVariant: '', text: '', label: 'No previous score' };
  const points = Math.round(Math.abs(trend));
  if (Math.abs(trend) < STEADY_POINTS)
    return {
      direction: 'steady',
      iconName: 'utility:right',
      iconVariant: '',
      text: '±0',
      label: 'Steady since the previous score'
    };
  const up = trend > 0;
  return {
    direction: up ? 'up' : 'down',
    iconName: up ? 'utility:arrowup' : 'utility:arrowdown',
    iconVariant: up ? 'success' : 'error',
    text: `${up ? '+' : '−'}${points}`,
    label: `${up ? 'Up' : 'Down'} ${points} point${points === 1 ? '' : 's'} since the previous score`
  };
}

export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : String(Math.round(score));
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const currency = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0
});

/** A metric value in its unit; ratios as "0.5×" (1 = no change, or the peer median). */
export function formatValue(value: number | null | undefined, unit: Unit | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'count':
      return integer.format(value);
    case 'days':
      return `${integer.format(value)} ${Math.round(value) === 1 ? 'day' : 'days'}`;
    case 'percent':
      return `${integer.format(value)}%`;
    case 'currency':
      return currency.format(value);
    case 'ratio':
      return `${decimal.format(value)}×`;
    default:
      return decimal.format(value);
  }
}

const SYMBOLS: Record<Operator, string> = {
  Greater_Than: '>',
  Greater_Or_Equal: '≥',
  Less_Than: '<',
  Less_Or_Equal: '≤'
};

export function operatorSymbol(operator: Operator | string | null | undefined): string {
  return (operator && SYMBOLS[operator as Operator]) || '';
}

/** "Red ≥ 2 · Yellow ≥ 1" (peer-relative thresholds are ratios). */
export function formatThresholds(
  rule: {
    operator?: string | null;
    redThreshold?: number | null;
    yellowThreshold?: number | null;
    peerRelative?: boolean;
  },
  unit: Unit | null | undefined
): string {
  const symbol = operatorSymbol(rule.operator);
  const shown: Unit | null | undefined = rule.peerRelative ? 'ratio' : unit;
  const parts: string[] = [];
  if (rule.redThreshold !== null && rule.redThreshold !== undefined)
    parts.push(`Red ${symbol} ${formatValue(rule.redThreshold, shown)}`);
  if (rule.yellowThreshold !== null && rule.yellowThreshold !== undefined)
    parts.push(`Yellow ${symbol} ${formatValue(rule.yellowThreshold, shown)}`);
  return parts.join(' · ');
}

export interface SeverityView {
  iconName: string;
  iconVariant: string;
  badgeClass: string;
}

const SEVERITIES: Record<Severity, SeverityView> = {
  Critical: { iconName: 'utility:error', iconVariant: 'error', badgeClass: 'slds-badge slds-theme_error' },
  Warning: {
    iconName: 'utility:warning',
    iconVariant: 'warning',
    badgeClass: 'slds-badge slds-theme_warning'
  },
  Info: { iconName: 'utility:info', iconVariant: '', badgeClass: 'slds-badge slds-badge_lightest' }
};

export function severityView(severity: Severity | null | undefined): SeverityView {
  return (severity && SEVERITIES[severity]) || SEVERITIES.Info;
}

/** Percent of the score a rule carried: "33%"; "—" when it did not count. */
export function formatWeightUsed(weightUsed: number | null | undefined): string {
  return weightUsed ? `${Math.round(weightUsed * 100)}%` : '—';
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago", or "in 7 days" for future times. */
export function relativeTime(iso: string | null | undefined, now: number): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const diff = now - at;
  const future = diff < 0;
  const abs = Math.abs(diff);
  let text: string;
  if (abs < MINUTE) return 'just now';
  if (abs < HOUR) text = plural(Math.floor(abs / MINUTE), 'minute');
  else if (abs < DAY) text = plural(Math.floor(abs / HOUR), 'hour');
  else text = plural(Math.floor(abs / DAY), 'day');
  return future ? `in ${text}` : `${text} ago`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A date as the user's locale writes it, e.g. "Dec 31, 2025" ('' when missing or invalid). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  return Number.isNaN(at) ? '' : dateFormat.format(at);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export interface SnoozeOption {
  value: string;
  label: string;
}

/** Snooze choices, in days. */
export const SNOOZE_OPTIONS: SnoozeOption[] = [
  { value: '1', label: 'Snooze 1 day' },
  { value: '7', label: 'Snooze 1 week' },
  { value: '30', label: 'Snooze 30 days' }
];

/** ISO date-time `days` days after `now`. */
export function snoozeUntil(days: number, now: number): string {
  return new Date(now + days * DAY).toISOString();
}

/** "Mature (5 years)", "New (45 days)". */
export function tenureText(band: string | null | undefined, days: number | null | undefined): string {
  if (!band) return '';
  if (days === null || days === undefined) return band;
  const length =
    days >= 730
      ? plural(Math.floor(days / 365), 'year')
      : days >= 60
        ? plural(Math.floor(days / 30), 'month')
        : plural(days, 'day');
  return `${band} (${length})`;
}

/** SVG polyline points for scores 0–100, oldest first, in a width × height box (2 px inset). */
export function sparklinePoints(scores: number[], width: number, height: number): string {
  if (!scores.length) return '';
  const inset = 2;
  const step = scores.length > 1 ? (width - 2 * inset) / (scores.length - 1) : 0;
  return scores
    .map((score, i) => {
      const x = inset + i * step;
      const y = inset + (1 - Math.max(0, Math.min(100, score)) / 100) * (height - 2 * inset);
      return `${round1(x)},${round1(y)}`;
    })
    .join(' ');
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
