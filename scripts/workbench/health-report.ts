/**
 * How the health rules judge a dataset, in numbers: accounts per score band, accounts with at least one red rule
 * (each raises an alert), red results per rule, and how many planted at-risk accounts (the quiet accounts and their
 * moment-of-truth subset, see scripts/sample-data/README.md) the rules catch. The unit tests assert these numbers
 * for the default rules; `health-report-cli.ts` prints them. Pure.
 */
import type { Dataset, QuietAccountsPattern } from '../sample-data/types';
import type { Band, Evaluation } from './health-evaluation';

/** `found` of `of` planted accounts. */
export interface Recall {
  found: number;
  of: number;
}

export interface HealthReport {
  accounts: number;
  bands: Record<Band | 'Not scored', number>;
  /** Accounts with at least one red rule: each red rule raises an alert. */
  alertingAccounts: number;
  redByRule: Record<string, number>;
  momentOfTruth: { bandRed: Recall; flagged: Recall };
  quiet: { flagged: Recall; notGreen: Recall };
}

export function healthReport(
  dataset: Pick<Dataset, 'plantedPatterns'>,
  evaluation: Evaluation
): HealthReport {
  const planted = dataset.plantedPatterns.find((p) => p.id === 'quiet-accounts') as
    QuietAccountsPattern | undefined;
  const quietIds = planted?.parameters.accountIds ?? [];
  const momentIds = planted?.parameters.momentOfTruthAccountIds ?? [];
  const bands: HealthReport['bands'] = { Red: 0, Yellow: 0, Green: 0, 'Not scored': 0 };
  const redByRule: Record<string, number> = {};
  let alertingAccounts = 0;
  for (const account of evaluation.accounts.values()) {
    bands[account.band ?? 'Not scored']++;
    const red = account.outcomes.filter((o) => o.band === 'Red');
    if (red.length) alertingAccounts++;
    for (const o of red) redByRule[o.rule.developerName] = (redByRule[o.rule.developerName] ?? 0) + 1;
  }
  const recall = (ids: string[], test: (id: string) => boolean): Recall => ({
    found: ids.filter((id) => evaluation.accounts.has(id) && test(id)).length,
    of: ids.length
  });
  const account = (id: string) => evaluation.accounts.get(id)!;
  const flagged = (id: string) => account(id).outcomes.some((o) => o.band === 'Red');
  return {
    accounts: evaluation.accounts.size,
    bands,
    alertingAccounts,
    redByRule,
    momentOfTruth: {
      bandRed: recall(momentIds, (id) => account(id).band === 'Red'),
      flagged: recall(momentIds, flagged)
    },
    quiet: {
      flagged: recall(quietIds, flagged),
      notGreen: recall(quietIds, (id) => account(id).band !== 'Green')
    }
  };
}

/** The report as text lines. */
export function formatHealthReport(report: HealthReport): string[] {
  const share = (n: number) => `${n} (${Math.round((100 * n) / Math.max(1, report.accounts))} %)`;
  const recall = (r: Recall) => `${r.found}/${r.of}`;
  return [
    `accounts                         ${report.accounts}`,
    `Red / Yellow / Green / not scored ${share(report.bands.Red)} / ${report.bands.Yellow} / ${report.bands.Green} / ${report.bands['Not scored']}`,
    `accounts with a red rule (alert) ${share(report.alertingAccounts)}`,
    `red results per rule             ${Object.entries(report.redByRule)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
    `moment-of-truth accounts         band Red ${recall(report.momentOfTruth.bandRed)}, flagged by a red rule ${recall(report.momentOfTruth.flagged)}`,
    `quiet accounts                   flagged by a red rule ${recall(report.quiet.flagged)}, not Green ${recall(report.quiet.notGreen)}`
  ];
}
