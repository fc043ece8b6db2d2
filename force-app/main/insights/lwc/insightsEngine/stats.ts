/**
 * Small statistics toolkit: seeded PRNG, normal distribution, Wilson and log-ratio intervals, and a robust
 * over-dispersion factor. Pure and deterministic.
 */
import type { Estimate } from './types';

/** 97.5 % quantile of the standard normal: two-sided 95 % intervals. */
export const Z95 = 1.959963984540054;

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; absolute error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided p-value of a z statistic; tails below ~1e-300 are reported as 0 only when z is infinite. */
export function twoSidedP(z: number): number {
  if (!Number.isFinite(z)) return Number.isNaN(z) ? 1 : 0;
  const a = Math.abs(z);
  // Far tail: the Mills-ratio approximation keeps tiny p-values ordered instead of rounding them to 0.
  if (a > 8) return (2 * Math.exp((-a * a) / 2)) / (a * Math.sqrt(2 * Math.PI));
  return Math.min(1, 2 * (1 - normalCdf(a)));
}

/** Upper one-sided p-value of a z statistic. */
export function upperP(z: number): number {
  if (z <= 0) return Math.min(1, 1 - normalCdf(z));
  return twoSidedP(z) / 2;
}

/** Wilson score 95 % interval of a proportion k / n. */
export function wilson(k: number, n: number): Estimate {
  if (n <= 0) return { value: 0, low: 0, high: 1, n: 0 };
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), n };
}

/** A ratio with a log-normal 95 % interval from the variance of its logarithm. */
export function logRatioEstimate(ratio: number, varLog: number, n: number): Estimate {
  if (!(ratio > 0) || !Number.isFinite(ratio) || !Number.isFinite(varLog)) {
    return { value: ratio, low: ratio > 0 ? 0 : 0, high: Number.POSITIVE_INFINITY, n };
  }
  const half = Z95 * Math.sqrt(varLog);
  return { value: ratio, low: ratio * Math.exp(-half), high: ratio * Math.exp(half), n };
}

/**
 * Rate ratio recent ÷ earlier for counts over two exposures (days), with a quasi-Poisson interval (variance × phi)
 * and the p-value of the conditional test (recent | total ~ Binomial(total, share of exposure)).
 */
export function rateRatio(
  recent: number,
  earlier: number,
  recentExposure: number,
  earlierExposure: number,
  phi = 1
): { estimate: Estimate; pValue: number; z: number } {
  const total = recent + earlier;
  const q = recentExposure / (recentExposure + earlierExposure);
  const expected = total * q;
  const z = total > 0 ? (recent - expected) / Math.sqrt(phi * total * q * (1 - q)) : 0;
  const ratio =
    earlier > 0 ? recent / recentExposure / (earlier / earlierExposure) : recent > 0 ? Infinity : 1;
  // 0.5 continuity keeps the interval finite when one side is empty.
  const varLog = phi * (1 / Math.max(recent, 0.5) + 1 / Math.max(earlier, 0.5));
  const estimate =
    recent > 0 && earlier > 0
      ? logRatioEstimate(ratio, varLog, total)
      : {
          value: ratio,
          low:
            recent > 0
              ? (recent / recentExposure / (0.5 / earlierExposure)) * Math.exp(-Z95 * Math.sqrt(varLog))
              : 0,
          high:
            recent > 0
              ? Infinity
              : (0.5 / recentExposure / (earlier / earlierExposure)) * Math.exp(Z95 * Math.sqrt(varLog)),
          n: total
        };
  return { estimate, pValue: twoSidedP(z), z };
}

/**
 * Robust over-dispersion factor from per-unit z statistics: median(z²) ÷ median of χ²₁ (0.455), at least 1.
 * A few units with a real effect barely move the median, so they do not hide themselves.
 */
export function robustDispersion(zs: number[]): number {
  const squares = zs.filter(Number.isFinite).map((z) => z * z);
  if (squares.length < 5) return 1;
  squares.sort((a, b) => a - b);
  const mid = Math.floor(squares.length / 2);
  const median = squares.length % 2 ? squares[mid]! : (squares[mid - 1]! + squares[mid]!) / 2;
  return Math.max(1, median / 0.454936423119572);
}

/** Nearest-rank percentile of a sorted array. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

/** Round for output: keeps JSON small and stable. */
export function round(value: number, digits = 4): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function roundEstimate(e: Estimate, digits = 4): Estimate {
  return { value: round(e.value, digits), low: round(e.low, digits), high: round(e.high, digits), n: e.n };
}

const DAY_MS = 86_400_000;

/** Whole days between two `YYYY-MM-DD` dates (or ISO date-times). */
export function daysBetween(from: string, to: string): number {
  return (
    (Date.parse(to.length === 10 ? `${to}T00:00:00Z` : to) -
      Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from)) /
    DAY_MS
  );
}
