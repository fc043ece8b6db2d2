/**
 * Small synthetic datasets in the sample-data format with effects of known size planted in them, for the tests
 * that prove the insights engine finds what is there — and nothing when nothing is. Deterministic per seed.
 *
 * The world: accounts of three types and three size bands, six contacts or more each (larger accounts have
 * more), six courses of twelve slides on distinct topics. Every contact visits every course as a Poisson
 * process over the period (rate × role affinity × surge); a visit starts at slide 1 and walks forward,
 * moving on with probability `continueProbability` (or a planted value at one slide). Each account has two
 * closed opportunities; the win rate and deal size depend only on the size band and, when planted, on
 * whether the account had at least 5 views in the 90 days before close.
 */
import { Random } from '../sample-data/random';
import type { AggregateSource } from './aggregate';
import type {
  DatasetAccount,
  DatasetContact,
  DatasetCourse,
  DatasetEvent,
  DatasetOpportunity,
  DatasetSection
} from '../sample-data/types';

const DAY_MS = 86_400_000;

export const SYNTHETIC_TOPICS = [
  'Onboarding',
  'Security',
  'Billing',
  'Analytics',
  'Integration',
  'AI'
] as const;
export const SYNTHETIC_ROLES: Record<string, string> = {
  Executive: 'Chief Executive Officer',
  Manager: 'Operations Manager',
  'IT Admin': 'IT Administrator',
  Developer: 'Software Engineer',
  Finance: 'Controller',
  'End User': 'Support Agent'
};
const TYPES = ['Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller'];
const INDUSTRIES = ['Technology', 'Finance', 'Healthcare', 'Retail'];
const SIZES = [
  { band: 'SMB', employees: 80, contacts: 6, deal: 20_000 },
  { band: 'Mid-Market', employees: 800, contacts: 10, deal: 60_000 },
  { band: 'Enterprise', employees: 8_000, contacts: 16, deal: 200_000 }
];

export interface SyntheticEffects {
  /** Slide (1-based) of course 0 (Onboarding) where viewers move on with `continueProbability` instead. */
  dropOff?: { order: number; continueProbability: number };
  /** Recent-window-only change of the continue probability at a slide of course 3 (Analytics). */
  dropOffJump?: { order: number; continueBefore: number; continueRecent: number };
  /** Visits of contacts in `roleGroup` to `topic` courses happen `multiplier` × as often. */
  affinity?: { roleGroup: string; topic: string; multiplier: number };
  /** Visits to `topic` happen `multiplier` × as often in the last `days` days. */
  surge?: { topic: string; multiplier: number; days: number };
  /** Engaged opportunities (≥ 5 views in the 90 days before close) win with `winEngaged` and are larger. */
  revenue?: { winEngaged: number; winOther: number; amountMultiplier: number };
  /** This many accounts engage at 4 × the rate and then stop `silentDays` days before asOf. */
  quiet?: { accounts: number; silentDays: number };
}

export interface SyntheticOptions {
  seed: number;
  accounts?: number;
  /** Days in the period (default 180). */
  days?: number;
  /** Visits per contact per course per 30 days (default 0.12). */
  visitRate?: number;
  continueProbability?: number;
  effects?: SyntheticEffects;
}

export interface SyntheticDataset extends AggregateSource {
  quietAccountIds: string[];
  /** The won amount per closed opportunity ratio the revenue effect plants within a size band. */
  plantedLift: number;
}

const id = (prefix: string, n: number): string => `${prefix}Sy${String(n).padStart(12, '0')}`;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000Z');

export function syntheticDataset(options: SyntheticOptions): SyntheticDataset {
  const rng = new Random(options.seed);
  const days = options.days ?? 180;
  const asOf = '2026-01-01';
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const start = end - days * DAY_MS;
  const fx = options.effects ?? {};
  const baseContinue = options.continueProbability ?? 0.95;
  const ratePerDay = (options.visitRate ?? 0.12) / 30;

  const courses: DatasetCourse[] = [];
  const sections: DatasetSection[] = [];
  SYNTHETIC_TOPICS.forEach((topic, c) => {
    const courseId = id('a01', c + 1);
    courses.push({
      Id: courseId,
      Name: `${topic} course`,
      Status__c: 'Published',
      Audience_Tier__c: 'Customer',
      Topic__c: topic,
      Description__c: '',
      Published_At__c: iso(start),
      Source_File_Name__c: `${topic}.pptx`,
      Slide_Count__c: 12,
      OwnerId: id('005', 1)
    });
    for (let order = 1; order <= 12; order++) {
      sections.push({
        Id: id('a02', c * 100 + order),
        Name: `${topic} ${order}`,
        Course__c: courseId,
        Order__c: order,
        Title__c: `${topic} slide ${order}`,
        Description__c: '',
        Topic__c: topic,
        Media_Type__c: 'Slide_Page',
        Rendition_Status__c: 'Ready'
      });
    }
  });

  const accountCount = options.accounts ?? 240;
  const accounts: DatasetAccount[] = [];
  const contacts: DatasetContact[] = [];
  const events: DatasetEvent[] = [];
  const opportunities: DatasetOpportunity[] = [];
  const quietAccountIds: string[] = [];
  const roles = Object.keys(SYNTHETIC_ROLES);
  let eventSeq = 0;
  let contactSeq = 0;

  const continueAt = (course: number, order: number, t: number): number => {
    if (course === 0 && fx.dropOff && order === fx.dropOff.order) return fx.dropOff.continueProbability;
    if (course === 3 && fx.dropOffJump && order === fx.dropOffJump.order) {
      return t >= end - 30 * DAY_MS ? fx.dropOffJump.continueRecent : fx.dropOffJump.continueBefore;
    }
    return baseContinue;
  };

  for (let a = 0; a < accountCount; a++) {
    const size = SIZES[a % 3]!;
    const accountId = id('001', a + 1);
    const quiet = fx.quiet && a < fx.quiet.accounts;
    if (quiet) quietAccountIds.push(accountId);
    accounts.push({
      Id: accountId,
      Name: `Account ${a + 1}`,
      Type: TYPES[Math.floor(a / 3) % TYPES.length]!,
      Industry: INDUSTRIES[Math.floor(a / 9) % INDUSTRIES.length]!,
      AnnualRevenue: 1,
      NumberOfEmployees: size.employees,
      BillingCountry: 'US',
      OwnerId: id('005', 1),
      CreatedDate: iso(start - 400 * DAY_MS),
      tenureBand: 'Mature',
      size: size.band as DatasetAccount['size'],
      engagementLevel: 'Medium'
    });
    const activeUntil = quiet ? end - fx.quiet!.silentDays * DAY_MS : end;
    const accountViews: number[] = [];
    for (let k = 0; k < size.contacts; k++) {
      const role = roles[(a + k) % roles.length]!;
      const contactId = id('003', ++contactSeq);
      contacts.push({
        Id: contactId,
        AccountId: accountId,
        FirstName: 'Pat',
        LastName: `Contact ${contactSeq}`,
        Name: `Pat Contact ${contactSeq}`,
        Email: `c${contactSeq}@example.com`,
        Title: SYNTHETIC_ROLES[role]!,
        Department: '',
        roleGroup: role as DatasetContact['roleGroup']
      });
      SYNTHETIC_TOPICS.forEach((topic, c) => {
        let rate = ratePerDay * (quiet ? 4 : 1);
        if (fx.affinity && fx.affinity.roleGroup === role && fx.affinity.topic === topic)
          rate *= fx.affinity.multiplier;
        // Poisson process over [start, activeUntil), with the surge multiplier in the last `surge.days` days.
        const surgeFrom = fx.surge && fx.surge.topic === topic ? end - fx.surge.days * DAY_MS : end;
        const surgeFactor = fx.surge && fx.surge.topic === topic ? fx.surge.multiplier : 1;
        const pieces: [number, number, number][] = [
          [start, Math.min(surgeFrom, activeUntil), rate],
          [surgeFrom, activeUntil, rate * surgeFactor]
        ];
        for (const [from, to, r] of pieces) {
          if (to <= from) continue;
          const n = rng.poisson((r * (to - from)) / DAY_MS);
          for (let v = 0; v < n; v++) {
            let t = Math.floor(rng.between(from, to - DAY_MS / 2) / 1000) * 1000;
            let previous: string | undefined;
            for (let order = 1; order <= 12; order++) {
              const sectionId = id('a02', c * 100 + order);
              events.push({
                Id: id('a04', ++eventSeq),
                Event_Key__c: `sy-${eventSeq}`,
                Type__c: 'View',
                Occurred_At__c: iso(t),
                Dwell_Seconds__c: 30,
                Section__c: sectionId,
                ...(previous ? { Previous_Section__c: previous } : {}),
                Course__c: id('a01', c + 1),
                Channel__c: 'On_Demand',
                Contact__c: contactId,
                Account__c: accountId
              });
              accountViews.push(t);
              if (order === 12) {
                events.push({
                  Id: id('a04', ++eventSeq),
                  Event_Key__c: `sy-${eventSeq}`,
                  Type__c: 'Complete',
                  Occurred_At__c: iso(t + 30_000),
                  Section__c: sectionId,
                  Course__c: id('a01', c + 1),
                  Channel__c: 'On_Demand',
                  Contact__c: contactId,
                  Account__c: accountId
                });
              }
              previous = sectionId;
              if (!rng.chance(continueAt(c, order, t))) break;
              t += 60_000;
            }
          }
        }
      });
    }
    // Two closed opportunities in the second half of the period (so 90 days of engagement precede them).
    accountViews.sort((x, y) => x - y);
    for (let o = 0; o < 2; o++) {
      const close = Math.floor(rng.between(start + 90 * DAY_MS, end - DAY_MS) / DAY_MS) * DAY_MS;
      const before = accountViews.filter((t) => t >= close - 90 * DAY_MS && t < close).length;
      const engaged = before >= 5;
      const r = fx.revenue;
      const win = r ? (engaged ? r.winEngaged : r.winOther) : 0.45;
      let amount = Math.round(size.deal * Math.exp(0.4 * rng.normal()));
      if (r && engaged) amount = Math.round(amount * r.amountMultiplier);
      opportunities.push({
        Id: id('006', a * 2 + o + 1),
        Name: `Deal ${a * 2 + o + 1}`,
        AccountId: accountId,
        OwnerId: id('005', 2),
        Type: 'Existing Customer - Upgrade',
        StageName: rng.chance(win) ? 'Closed Won' : 'Closed Lost',
        Amount: amount,
        CloseDate: new Date(close).toISOString().slice(0, 10),
        CreatedDate: iso(close - 60 * DAY_MS),
        Entatio_Engagement_Before_Close__c: before
      });
    }
  }
  events.sort((x, y) => x.Occurred_At__c.localeCompare(y.Occurred_At__c) || x.Id.localeCompare(y.Id));
  const r = fx.revenue;
  return {
    asOf,
    periodStart: iso(start),
    accounts,
    contacts,
    courses,
    sections,
    events,
    opportunities,
    quietAccountIds,
    plantedLift: r ? (r.winEngaged * r.amountMultiplier) / r.winOther : 1
  };
}
