import { AuraHandledException, type ApexContext } from '../apex-runtime';
import { WorkbenchData } from '../data';
import { loadDataset } from '../dataset';
import type { QuietAccountsPattern } from '../../sample-data/types';
import {
  ALREADY_RESOLVED,
  SNOOZE_RANGE,
  acknowledgeAlert,
  getAccountHealth,
  getAlerts,
  getFilterOptions,
  getMonitor,
  resolveAlert,
  snoozeAlert
} from '../apex/HealthMonitorController';
import { dryRun, getRules } from '../apex/HealthRuleConsoleController';

let context: ApexContext;
let quiet: QuietAccountsPattern['parameters'];
/** Moment-of-truth accounts with 3+ cases in the last 30 days (red on the case rule) and with 2 (yellow on it). */
let caseSpike: string[];
let twoCases: string[];

beforeAll(() => {
  const { dataset } = loadDataset();
  const data = new WorkbenchData(structuredClone(dataset));
  context = { data, userId: data.runningUser.Id, now: new Date(dataset.generatedAt) };
  quiet = (dataset.plantedPatterns.find((p) => p.id === 'quiet-accounts') as QuietAccountsPattern).parameters;
  const since = context.now.getTime() - 30 * 86_400_000;
  const recentCases = (id: string) =>
    dataset.cases.filter((c) => c.AccountId === id && Date.parse(c.CreatedDate) >= since).length;
  caseSpike = quiet.momentOfTruthAccountIds.filter((id) => recentCases(id) >= 3);
  twoCases = quiet.momentOfTruthAccountIds.filter((id) => recentCases(id) < 3);
});

describe('HealthMonitorController (workbench)', () => {
  it('lists accounts needing attention first, pages, and counts bands', async () => {
    const page = await getMonitor({ filter: { pageSize: 500 } }, context);
    expect(page.pageSize).toBe(200);
    expect(page.totalCount).toBe(300);
    const bands = page.rows.map((r) => r.band);
    expect(bands.indexOf('Yellow')).toBeGreaterThan(bands.lastIndexOf('Red'));
    expect(page.bandCounts.red + page.bandCounts.yellow + page.bandCounts.green + page.bandCounts.none).toBe(
      300
    );
    const red = await getMonitor({ filter: { band: 'Red', pageSize: 200 } }, context);
    expect(red.rows.every((r) => r.band === 'Red')).toBe(true);
    const ids = red.rows.map((r) => r.accountId);
    for (const id of quiet.momentOfTruthAccountIds) expect(ids).toContain(id);
    const planted = red.rows.find((r) => r.accountId === caseSpike[0])!;
    expect(planted).toMatchObject({ openAlertCount: expect.any(Number), highestSeverity: 'Critical' });
    expect(planted.topReason).toMatch(/support cases/);
    // Two cases alone are Yellow; with going quiet the account is Red, its top reason the silence.
    const quietWithTwoCases = red.rows.find((r) => r.accountId === twoCases[0])!;
    expect(quietWithTwoCases).toMatchObject({ highestSeverity: 'Warning' });
    expect(quietWithTwoCases.topReason).toMatch(/went quiet/);
    expect(typeof planted.trend === 'number' || planted.trend === null).toBe(true);
  });

  it('filters by owner, tenure band and account type', async () => {
    const options = await getFilterOptions({}, context);
    const owner = options.owners[0]!.value;
    const page = await getMonitor(
      { filter: { ownerId: owner, tenureBand: 'Mature', pageSize: 200 } },
      context
    );
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.ownerId === owner && r.tenureBand === 'Mature')).toBe(true);
  });

  it('explains an account: every rule with value, thresholds, band, weight used and a sentence', async () => {
    const detail = await getAccountHealth({ accountId: caseSpike[0]! }, context);
    expect(detail.account.band).toBe('Red');
    const cases = detail.rules.find((r) => r.ruleName === 'Cases_After_Onboarding')!;
    expect(cases).toMatchObject({ band: 'Red', redThreshold: 3, applies: true, missingData: false });
    expect(cases.weightUsed).toBeGreaterThan(0);
    expect(detail.rules.reduce((s, r) => s + r.points, 0)).toBeCloseTo(detail.account.score!, 0);
    expect(detail.alerts.length).toBeGreaterThan(0);
    expect(detail.history.length).toBeGreaterThan(1);
    expect(detail.summary).toMatch(/^Red/);
    await expect(
      Promise.resolve().then(() => getAccountHealth({ accountId: '001Ex0000000000AAA' }, context))
    ).rejects.toBeInstanceOf(AuraHandledException);
  });

  it('acknowledges, snoozes and resolves alerts; new alerts are the Open ones', async () => {
    const before = await getAlerts({ filter: { scope: 'New' } }, context);
    expect(before.totalCount).toBeGreaterThan(0);
    expect(before.alerts[0]!.severity).toBe('Critical');
    const [first, second, third] = before.alerts;
    expect((await acknowledgeAlert({ alertId: first!.id }, context)).status).toBe('Acknowledged');
    const until = new Date(context.now.getTime() + 7 * 86_400_000).toISOString();
    expect(await snoozeAlert({ alertId: second!.id, snoozeUntil: until }, context)).toMatchObject({
      status: 'Snoozed',
      snoozedUntil: until
    });
    expect(() =>
      snoozeAlert({ alertId: third!.id, snoozeUntil: '2020-01-01T00:00:00.000Z' }, context)
    ).toThrow(SNOOZE_RANGE);
    expect((await resolveAlert({ alertId: third!.id }, context)).status).toBe('Resolved');
    expect(() => acknowledgeAlert({ alertId: third!.id }, context)).toThrow(ALREADY_RESOLVED);
    const after = await getAlerts({ filter: { scope: 'New' } }, context);
    expect(after.totalCount).toBe(before.totalCount - 3);
    const open = await getAlerts({ filter: { scope: 'Open', pageSize: 200 } }, context);
    expect(open.totalCount).toBe(before.totalCount - 1);
  });
});

describe('HealthRuleConsoleController (workbench)', () => {
  it('lists every rule with its validation status', async () => {
    const list = await getRules({}, context);
    expect(list.invalidCount).toBe(1);
    const invalid = list.rules.find((r) => r.status === 'Invalid')!;
    expect(invalid.errors[0]).toMatch(/Window \(Days\)/);
    expect(list.rules.find((r) => r.ruleName === 'Cases_After_Onboarding')!).toMatchObject({
      status: 'Valid',
      errors: []
    });
    expect(list.validCount + list.invalidCount + list.inactiveCount).toBe(list.rules.length);
  });

  it('dry run flags the planted moment-of-truth accounts with a case spike (3+ cases) with the case rule', async () => {
    const result = await dryRun({ ruleName: 'Cases_After_Onboarding' }, context);
    expect(result.status).toBe('Valid');
    const flagged = result.flagged.map((f) => f.accountId);
    expect(caseSpike.length).toBeGreaterThan(0);
    for (const id of caseSpike) expect(flagged).toContain(id);
    for (const id of twoCases) expect(flagged).not.toContain(id);
    expect(result.bandCounts.red).toBe(result.flagged.length);
    expect(result.flagged[0]!.explanation).toMatch(/support cases in the last 30 days/);
    expect(result.accountsInSegment).toBeLessThan(result.scannedAccounts);
  });

  it('dry run of an invalid rule reports why and flags nothing; an unknown rule is an error', async () => {
    const result = await dryRun({ ruleName: 'Enterprise_Case_Spike' }, context);
    expect(result).toMatchObject({ status: 'Invalid', flagged: [] });
    expect(result.errors.length).toBeGreaterThan(0);
    expect(() => dryRun({ ruleName: 'Nope' }, context)).toThrow(AuraHandledException);
  });
});
