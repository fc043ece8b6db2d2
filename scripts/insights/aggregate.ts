/**
 * The insights engine's input from a sample-data dataset: exactly the aggregates the org computes with
 * `GROUP BY` (see the row types in force-app/main/insights/lwc/insightsEngine/types.ts), here computed in one
 * pass over the dataset's records. The workbench's Apex implementations and `npm run insights` use it.
 */
import type {
  AccountRow,
  CourseJourneyInput,
  InsightsInput,
  PopulationRow,
  SegmentRow,
  TopicMonthRow,
  TopicRow,
  TransitionRow
} from '../../force-app/main/insights/lwc/insightsEngine/insightsEngine';
import { isView } from '../sample-data/activities';
import type { Dataset, DatasetEvent } from '../sample-data/types';

const DAY_MS = 86_400_000;

export interface AggregateOptions {
  /** Days at the end of the period that count as recent (default 30). */
  recentDays?: number;
}

/** What `aggregateDataset` needs from a dataset (a hand-made test dataset may leave the rest out). */
export type AggregateSource = Pick<
  Dataset,
  'asOf' | 'periodStart' | 'accounts' | 'contacts' | 'courses' | 'sections' | 'events' | 'opportunities'
> &
  Partial<Pick<Dataset, 'activities'>>;

function countInto<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Journeys use self-paced views only: a live session's path is the presenter's. */
function isSelfPacedView(e: DatasetEvent): boolean {
  return isView(e) && e.Channel__c !== 'Live';
}

interface Window {
  asOf: string;
  periodStart: string;
  recentDays: number;
  recentFrom: number;
  start: number;
  end: number;
}

function windowOf(source: AggregateSource, options: AggregateOptions): Window {
  const recentDays = options.recentDays ?? 30;
  const end = Date.parse(`${source.asOf}T00:00:00Z`);
  const start = Date.parse(source.periodStart);
  return {
    asOf: source.asOf,
    periodStart: new Date(start).toISOString().slice(0, 10),
    recentDays,
    recentFrom: end - recentDays * DAY_MS,
    start,
    end
  };
}

function journeyInputs(source: AggregateSource, w: Window, courseIds?: Set<string>): CourseJourneyInput[] {
  const steps = new Map<string, Map<string, TransitionRow>>();
  const completions = new Map<string, number>();
  for (const e of source.events) {
    if (courseIds && !courseIds.has(e.Course__c)) continue;
    const t = Date.parse(e.Occurred_At__c);
    if (t < w.start || t >= w.end) continue;
    if (e.Type__c === 'Complete') countInto(completions, e.Course__c);
    if (!isSelfPacedView(e)) continue;
    let rows = steps.get(e.Course__c);
    if (!rows) steps.set(e.Course__c, (rows = new Map()));
    const from = e.Previous_Section__c ?? null;
    const key = `${from ?? ''}>${e.Section__c}`;
    let row = rows.get(key);
    if (!row)
      rows.set(key, (row = { fromSectionId: from, toSectionId: e.Section__c, count: 0, recentCount: 0 }));
    row.count++;
    if (t >= w.recentFrom) row.recentCount++;
  }
  // Distinct viewers per course, from activities (one per viewer × section), as the org counts them.
  const viewers = new Map<string, Set<string>>();
  for (const a of source.activities ?? []) {
    if (courseIds && !courseIds.has(a.Course__c)) continue;
    let set = viewers.get(a.Course__c);
    if (!set) viewers.set(a.Course__c, (set = new Set()));
    set.add(a.Contact__c ?? a.User__c ?? '');
  }
  return source.courses
    .filter((c) => !courseIds || courseIds.has(c.Id))
    .map((c) => ({
      periodStart: w.periodStart,
      asOf: w.asOf,
      recentDays: w.recentDays,
      course: { id: c.Id, name: c.Name, topic: c.Topic__c },
      sections: source.sections
        .filter((s) => s.Course__c === c.Id)
        .map((s) => ({ id: s.Id, courseId: c.Id, order: s.Order__c, title: s.Title__c, topic: s.Topic__c }))
        .sort((a, b) => a.order - b.order),
      transitions: [...(steps.get(c.Id)?.values() ?? [])].sort(
        (a, b) =>
          (a.fromSectionId ?? '').localeCompare(b.fromSectionId ?? '') ||
          a.toSectionId.localeCompare(b.toSectionId)
      ),
      completions: completions.get(c.Id) ?? 0,
      ...(source.activities ? { viewers: viewers.get(c.Id)?.size ?? 0 } : {})
    }));
}

/** The journey input of one course (the Course record's journey view). */
export function aggregateCourseJourney(
  source: AggregateSource,
  courseId: string,
  options: AggregateOptions = {}
): CourseJourneyInput | undefined {
  return journeyInputs(source, windowOf(source, options), new Set([courseId]))[0];
}

/** All aggregates of a dataset, journeys included. */
export function aggregateDataset(source: AggregateSource, options: AggregateOptions = {}): InsightsInput {
  const w = windowOf(source, options);
  const sectionById = new Map(source.sections.map((s) => [s.Id, s]));
  const accountById = new Map(source.accounts.map((a) => [a.Id, a]));
  const contactById = new Map(source.contacts.map((c) => [c.Id, c]));

  const population = new Map<string, PopulationRow>();
  for (const c of source.contacts) {
    const a = accountById.get(c.AccountId);
    const row = { title: c.Title ?? '', accountType: a?.Type ?? '', industry: a?.Industry ?? '' };
    const key = `${row.title}\u0000${row.accountType}\u0000${row.industry}`;
    const found = population.get(key);
    if (found) found.contacts++;
    else population.set(key, { ...row, contacts: 1 });
  }

  const segments = new Map<string, SegmentRow>();
  const topics = new Map<string, TopicRow>();
  const topicMonths = new Map<string, TopicMonthRow>();
  const sectionViews = new Map<string, { events: number; recentEvents: number }>();
  const accountStats = new Map<
    string,
    { events: number; visits: number; recentVisits: number; last: number }
  >();
  const accountTopics = new Map<string, number>();
  for (const e of source.events) {
    if (!isView(e) || !e.Account__c) continue; // customer views only (not CSMs rehearsing)
    const t = Date.parse(e.Occurred_At__c);
    if (t < w.start || t >= w.end) continue;
    const recent = t >= w.recentFrom ? 1 : 0;
    const visit = e.Previous_Section__c ? 0 : 1;
    const topic = sectionById.get(e.Section__c)?.Topic__c ?? '';
    const account = accountById.get(e.Account__c);

    const tr = topics.get(topic) ?? { topic, events: 0, visits: 0, recentEvents: 0, recentVisits: 0 };
    tr.events++;
    tr.visits += visit;
    tr.recentEvents += recent;
    tr.recentVisits += visit & recent;
    topics.set(topic, tr);

    const month = e.Occurred_At__c.slice(0, 7);
    const mk = `${topic}\u0000${month}`;
    const mr = topicMonths.get(mk) ?? { topic, month, events: 0, visits: 0 };
    mr.events++;
    mr.visits += visit;
    topicMonths.set(mk, mr);

    const sv = sectionViews.get(e.Section__c) ?? { events: 0, recentEvents: 0 };
    sv.events++;
    sv.recentEvents += recent;
    sectionViews.set(e.Section__c, sv);

    const as = accountStats.get(e.Account__c) ?? { events: 0, visits: 0, recentVisits: 0, last: -Infinity };
    as.events++;
    as.visits += visit;
    as.recentVisits += visit & recent;
    as.last = Math.max(as.last, t);
    accountStats.set(e.Account__c, as);
    countInto(accountTopics, `${e.Account__c}\u0000${topic}`);

    const contact = e.Contact__c ? contactById.get(e.Contact__c) : undefined;
    if (contact) {
      const title = contact.Title ?? '';
      const key = `${title}\u0000${account?.Type ?? ''}\u0000${account?.Industry ?? ''}\u0000${topic}`;
      const sr = segments.get(key) ?? {
        title,
        accountType: account?.Type ?? '',
        industry: account?.Industry ?? '',
        topic,
        events: 0,
        visits: 0,
        recentEvents: 0,
        recentVisits: 0
      };
      sr.events++;
      sr.visits += visit;
      sr.recentEvents += recent;
      sr.recentVisits += visit & recent;
      segments.set(key, sr);
    }
  }

  const accounts: AccountRow[] = source.accounts.map((a) => {
    const s = accountStats.get(a.Id);
    return {
      id: a.Id,
      name: a.Name,
      type: a.Type,
      industry: a.Industry,
      employees: a.NumberOfEmployees,
      events: s?.events ?? 0,
      visits: s?.visits ?? 0,
      recentVisits: s?.recentVisits ?? 0,
      ...(s ? { lastEngagedAt: new Date(s.last).toISOString() } : {})
    };
  });

  const periodStart = w.periodStart;
  const opportunities = source.opportunities
    .filter((o) => (o.StageName === 'Closed Won' || o.StageName === 'Closed Lost') && o.CloseDate < w.asOf)
    .filter((o) => o.CloseDate >= periodStart)
    .map((o) => ({
      accountId: o.AccountId,
      closeDate: o.CloseDate,
      amount: o.Amount,
      won: o.StageName === 'Closed Won',
      ...(o.Entatio_Engagement_Before_Close__c !== undefined
        ? { engagementBeforeClose: o.Entatio_Engagement_Before_Close__c }
        : {})
    }));

  const byKey = <T>(map: Map<string, T>): T[] =>
    [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return {
    periodStart,
    asOf: w.asOf,
    recentDays: w.recentDays,
    courses: source.courses.map((c) => ({ id: c.Id, name: c.Name, topic: c.Topic__c })),
    sections: source.sections.map((s) => ({
      id: s.Id,
      courseId: s.Course__c,
      order: s.Order__c,
      title: s.Title__c,
      topic: s.Topic__c
    })),
    population: byKey(population),
    segments: byKey(segments),
    topics: byKey(topics),
    topicMonths: byKey(topicMonths),
    sectionViews: [...sectionViews.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([sectionId, v]) => ({ sectionId, ...v })),
    accounts,
    accountTopics: [...accountTopics.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, events]) => {
        const [accountId, topic] = key.split('\u0000') as [string, string];
        return { accountId, topic, events };
      }),
    opportunities,
    journeys: journeyInputs(source, w)
  };
}
