/* eslint-disable no-restricted-globals -- type members named `name`/`top`: the LWC config's Babel parser takes them for the browser globals */
/**
 * Accounts going quiet: an account that engaged steadily and has now been silent for longer than its own
 * rhythm makes plausible. With λ its visits per day before it fell silent, the chance of a silence of g days
 * or more if visits kept arriving at that rate (Poisson) is exp(−λg); an account becomes a card when that is
 * below alpha ÷ accounts tested (Bonferroni). Visits that cluster in bursts make a silence likelier than the
 * model says, which is why the threshold is family-wise and the silence must last at least `MIN_SILENT_DAYS`.
 */
import { daysBetween, round } from './stats';
import type { InsightsInput, InsightsOptions } from './types';

/** Shortest silence reported. */
export const MIN_SILENT_DAYS = 14;
/** Fewest visits before the silence for an account to be judged. */
export const MIN_VISITS_BEFORE = 10;

export interface QuietAccount {
  accountId: string;
  name: string;
  silentDays: number;
  visitsBefore: number;
  visitsPerWeekBefore: number;
  /** Visits the earlier rhythm would have produced during the silence. */
  expectedVisits: number;
  pValue: number;
}

export function quietAccountsOf(
  input: InsightsInput,
  options: InsightsOptions,
  periodDays: number
): { quiet: QuietAccount[]; tests: number } {
  const candidates: QuietAccount[] = [];
  let tests = 0;
  for (const a of input.accounts) {
    if (a.visits < MIN_VISITS_BEFORE) continue;
    const silentDays = a.lastEngagedAt
      ? Math.max(0, Math.floor(daysBetween(a.lastEngagedAt, input.asOf)))
      : a.recentVisits === 0
        ? input.recentDays
        : 0;
    tests++;
    const activeDays = Math.max(1, periodDays - silentDays);
    const expectedVisits = (a.visits / activeDays) * silentDays;
    const pValue = Math.exp(-expectedVisits);
    candidates.push({
      accountId: a.id,
      name: a.name,
      silentDays,
      visitsBefore: a.visits,
      visitsPerWeekBefore: round((a.visits / activeDays) * 7, 2),
      expectedVisits: round(expectedVisits, 2),
      pValue
    });
  }
  const threshold = options.alpha / Math.max(1, tests);
  const quiet = candidates
    .filter((c) => c.pValue < threshold && c.silentDays >= MIN_SILENT_DAYS)
    .sort((a, b) => a.pValue - b.pValue || a.accountId.localeCompare(b.accountId));
  return { quiet, tests };
}
