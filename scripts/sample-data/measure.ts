/**
 * Measures the planted patterns back from a dataset, exactly as each pattern's `metric` text says. The tests
 * assert these numbers; the CLI prints them. Works on any dataset of this format (it reads the pattern
 * parameters from `plantedPatterns`), so it doubles as a reference for the insights tooling.
 */
import { isView } from './activities';
import type { Dataset, DatasetEvent, PlantedPattern, PlantedPatternId, SfId } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PatternMeasurements {
  roleTopicAffinity: { ratePerContactInRole: number; ratePerOtherContact: number; ratio: number };
  upgradeVersionCases: {
    completedAccounts: number;
    otherAccounts: number;
    ratePer30DaysAfterCompletion: number;
    ratePer30DaysOther: number;
    ratio: number;
  };
  quietAccounts: {
    accounts: number;
    eventsInQuietWindow: number;
    fewestEventsBefore: number;
    momentOfTruthAccounts: number;
    fewestRecentCasesOfMomentOfTruthAccounts: number;
  };
  deckDropOff: { viewers: number; dropOff: number; medianDropOffOtherSections: number };
  revenueLift: {
    engagedClosed: number;
    otherClosed: number;
    winRateEngaged: number;
    winRateOther: number;
    wonAmountPerClosedEngaged: number;
    wonAmountPerClosedOther: number;
    lift: number;
  };
  surgingTopic: { surge: number; topSurgingTopic: string; surgeByTopic: Record<string, number> };
}

/** The planted pattern with `id`, typed by its id. */
export function plantedPattern<I extends PlantedPatternId>(
  dataset: Pick<Dataset, 'plantedPatterns'>,
  id: I
): Extract<PlantedPattern, { id: I }> {
  const found = dataset.plantedPatterns.find((p) => p.id === id);
  if (!found) throw new Error(`The dataset has no planted pattern "${id}".`);
  return found as Extract<PlantedPattern, { id: I }>;
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function measurePatterns(dataset: Dataset): PatternMeasurements {
  const asOf = Date.parse(dataset.generatedAt);
  const periodStart = Date.parse(dataset.periodStart);
  const views = dataset.events.filter(isView);
  const time = (e: DatasetEvent) => Date.parse(e.Occurred_At__c);
  const sectionById = new Map(dataset.sections.map((s) => [s.Id, s]));

  // (1) role × topic affinity
  const affinity = plantedPattern(dataset, 'role-topic-affinity').parameters;
  const roleOf = new Map(dataset.contacts.map((c) => [c.Id, c.roleGroup]));
  const inRole = dataset.contacts.filter((c) => c.roleGroup === affinity.roleGroup).length;
  let topicViewsInRole = 0;
  let topicViewsOther = 0;
  for (const e of views) {
    if (!e.Contact__c || sectionById.get(e.Section__c)?.Topic__c !== affinity.topic) continue;
    if (roleOf.get(e.Contact__c) === affinity.roleGroup) topicViewsInRole++;
    else topicViewsOther++;
  }
  const ratePerContactInRole = topicViewsInRole / Math.max(1, inRole);
  const ratePerOtherContact = topicViewsOther / Math.max(1, dataset.contacts.length - inRole);

  // (2) upgrade course → fewer version cases
  const upgrade = plantedPattern(dataset, 'upgrade-fewer-version-cases').parameters;
  const firstCompletion = new Map<SfId, number>();
  for (const e of dataset.events) {
    if (e.Type__c === 'Complete' && e.Course__c === upgrade.courseId && e.Account__c) {
      const t = time(e);
      if (t < (firstCompletion.get(e.Account__c) ?? Infinity)) firstCompletion.set(e.Account__c, t);
    }
  }
  const versionCases = dataset.cases.filter((c) => c.Type === upgrade.caseType);
  let afterCases = 0;
  let afterDays = 0;
  let otherCases = 0;
  let otherDays = 0;
  for (const account of dataset.accounts) {
    const completed = firstCompletion.get(account.Id);
    const from = completed ?? Math.max(periodStart, Date.parse(account.CreatedDate));
    const count = versionCases.filter(
      (c) => c.AccountId === account.Id && Date.parse(c.CreatedDate) >= from
    ).length;
    if (completed !== undefined) {
      afterCases += count;
      afterDays += (asOf - from) / DAY_MS;
    } else {
      otherCases += count;
      otherDays += (asOf - from) / DAY_MS;
    }
  }
  const ratePer30DaysAfterCompletion = (30 * afterCases) / Math.max(1, afterDays);
  const ratePer30DaysOther = (30 * otherCases) / Math.max(1, otherDays);

  // (3) quiet accounts
  const quiet = plantedPattern(dataset, 'quiet-accounts').parameters;
  const quietFrom = asOf - quiet.quietDays * DAY_MS;
  const recentFrom = asOf - quiet.momentOfTruthDays * DAY_MS;
  let eventsInQuietWindow = 0;
  let fewestEventsBefore = Infinity;
  for (const id of quiet.accountIds) {
    const own = dataset.events.filter((e) => e.Account__c === id);
    eventsInQuietWindow += own.filter((e) => time(e) >= quietFrom).length;
    fewestEventsBefore = Math.min(fewestEventsBefore, own.filter((e) => time(e) < quietFrom).length);
  }
  let fewestRecentCases = Infinity;
  for (const id of quiet.momentOfTruthAccountIds) {
    const recent = dataset.cases.filter(
      (c) => c.AccountId === id && Date.parse(c.CreatedDate) >= recentFrom
    ).length;
    fewestRecentCases = Math.min(fewestRecentCases, recent);
  }

  // (4) deck drop-off
  const dropOff = plantedPattern(dataset, 'deck-drop-off').parameters;
  const courseSections = dataset.sections
    .filter((s) => s.Course__c === dropOff.courseId)
    .sort((a, b) => a.Order__c - b.Order__c);
  const viewersOf = new Map<SfId, Set<SfId>>();
  const liveFreeViewersOf = new Map<SfId, Set<SfId>>();
  for (const e of views) {
    if (!e.Contact__c || e.Course__c !== dropOff.courseId) continue;
    const all = viewersOf.get(e.Section__c) ?? new Set<SfId>();
    viewersOf.set(e.Section__c, all.add(e.Contact__c));
    if (e.Channel__c !== 'Live') {
      const own = liveFreeViewersOf.get(e.Section__c) ?? new Set<SfId>();
      liveFreeViewersOf.set(e.Section__c, own.add(e.Contact__c));
    }
  }
  const dropAt = (index: number): { viewers: number; dropOff: number } => {
    const here = liveFreeViewersOf.get(courseSections[index].Id) ?? new Set<SfId>();
    const next = viewersOf.get(courseSections[index + 1].Id) ?? new Set<SfId>();
    let lost = 0;
    for (const viewer of here) if (!next.has(viewer)) lost++;
    return { viewers: here.size, dropOff: here.size ? lost / here.size : 0 };
  };
  const plantedIndex = courseSections.findIndex((s) => s.Id === dropOff.sectionId);
  const others: number[] = [];
  for (let i = 1; i < courseSections.length - 1; i++) if (i !== plantedIndex) others.push(dropAt(i).dropOff);

  // (5) engagement → revenue lift
  const lift = plantedPattern(dataset, 'engagement-revenue-lift').parameters;
  const closed = dataset.opportunities.filter(
    (o) => o.StageName === 'Closed Won' || o.StageName === 'Closed Lost'
  );
  const isEngaged = (o: (typeof closed)[number]) =>
    (o.Entatio_Engagement_Before_Close__c ?? 0) >= lift.minEventsToCountAsEngaged;
  const summary = (list: typeof closed) => {
    const won = list.filter((o) => o.StageName === 'Closed Won');
    return {
      count: list.length,
      winRate: won.length / Math.max(1, list.length),
      wonPerClosed: won.reduce((sum, o) => sum + o.Amount, 0) / Math.max(1, list.length)
    };
  };
  const engaged = summary(closed.filter(isEngaged));
  const other = summary(closed.filter((o) => !isEngaged(o)));

  // (6) surging topic
  const surge = plantedPattern(dataset, 'surging-topic').parameters;
  const surgeFrom = asOf - surge.surgeDays * DAY_MS;
  const windowsBefore = (surgeFrom - periodStart) / (surge.surgeDays * DAY_MS);
  const recentByTopic = new Map<string, number>();
  const earlierByTopic = new Map<string, number>();
  for (const e of views) {
    const topic = sectionById.get(e.Section__c)?.Topic__c;
    if (!topic) continue;
    const bucket = time(e) >= surgeFrom ? recentByTopic : earlierByTopic;
    bucket.set(topic, (bucket.get(topic) ?? 0) + 1);
  }
  const surgeByTopic: Record<string, number> = {};
  for (const topic of [...new Set([...recentByTopic.keys(), ...earlierByTopic.keys()])].sort()) {
    const earlierAverage = (earlierByTopic.get(topic) ?? 0) / windowsBefore;
    surgeByTopic[topic] = earlierAverage > 0 ? (recentByTopic.get(topic) ?? 0) / earlierAverage : Infinity;
  }
  const topSurgingTopic = Object.keys(surgeByTopic).reduce(
    (best, topic) => (surgeByTopic[topic] > (surgeByTopic[best] ?? -Infinity) ? topic : best),
    ''
  );

  return {
    roleTopicAffinity: {
      ratePerContactInRole,
      ratePerOtherContact,
      ratio: ratePerContactInRole / ratePerOtherContact
    },
    upgradeVersionCases: {
      completedAccounts: firstCompletion.size,
      otherAccounts: dataset.accounts.length - firstCompletion.size,
      ratePer30DaysAfterCompletion,
      ratePer30DaysOther,
      ratio: ratePer30DaysAfterCompletion / ratePer30DaysOther
    },
    quietAccounts: {
      accounts: quiet.accountIds.length,
      eventsInQuietWindow,
      fewestEventsBefore,
      momentOfTruthAccounts: quiet.momentOfTruthAccountIds.length,
      fewestRecentCasesOfMomentOfTruthAccounts: fewestRecentCases
    },
    deckDropOff: {
      ...dropAt(plantedIndex),
      medianDropOffOtherSections: median(others)
    },
    revenueLift: {
      engagedClosed: engaged.count,
      otherClosed: other.count,
      winRateEngaged: engaged.winRate,
      winRateOther: other.winRate,
      wonAmountPerClosedEngaged: engaged.wonPerClosed,
      wonAmountPerClosedOther: other.wonPerClosed,
      lift: engaged.wonPerClosed / other.wonPerClosed
    },
    surgingTopic: { surge: surgeByTopic[surge.topic] ?? 0, topSurgingTopic, surgeByTopic }
  };
}
