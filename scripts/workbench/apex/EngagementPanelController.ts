/**
 * The engagement panel's Apex contract (`EngagementPanelController`) over the workbench's sample data. The rules,
 * limits and messages follow EngagementPanelService.cls: views are View, Present and Return events; lists are cut to
 * the same sizes; months are UTC calendar months ending with the sample data's "now".
 *
 * The sample data has no roll-up values on accounts and contacts, so the engagement score is computed here with the
 * roll-up's formula (`engagementScore`, as EngagementRollupService.score).
 */
import type getPanelContract from '@salesforce/apex/EngagementPanelController.getPanel';
import type {
  ContactRow,
  CourseRow,
  HeatCell,
  Panel,
  Period,
  SectionRow
} from '@salesforce/apex/EngagementPanelController';
import { AuraHandledException, type ApexImplementation } from '../apex-runtime';
import type { SObject } from '../data';

export const LIMITS = { contacts: 15, courses: 8, sections: 10, months: 12 } as const;
export const MAX_LIST_ROWS = 10;
export const NOT_FOUND_MESSAGE = "The record wasn't found, or you don't have access to it.";
export const WRONG_RECORD_MESSAGE = 'The engagement panel works on Account and Contact records.';

const VIEW_TYPES = new Set(['View', 'Present', 'Return']);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The engagement score of EngagementRollupService: points = V90 + V30 + 5 x completions,
 * score = 100 x (1 - e^(-points / (40 x sqrt(N)))), N = engaged contacts in 90 days (1 for a contact).
 */
export function engagementScore(views90: number, views30: number, completions: number, engaged = 1): number {
  const points = views90 + views30 + 5 * completions;
  if (points <= 0) return 0;
  const scale = 40 * Math.sqrt(Math.max(1, engaged));
  return Math.round(100 * (1 - Math.exp(-points / scale)) * 100) / 100;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

function countBy<K>(items: SObject[], key: (item: SObject) => K): Map<K, SObject[]> {
  const map = new Map<K, SObject[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const maxTime = (items: SObject[]): string | undefined =>
  items.reduce<string | undefined>((best, e) => {
    const at = str(e.Occurred_At__c);
    return !best || at > best ? at : best;
  }, undefined);

const byViewsThenName = <T extends { views: number; name: string }>(a: T, b: T): number =>
  b.views - a.views || a.name.localeCompare(b.name);

export const getPanel: ApexImplementation<typeof getPanelContract> = ({ recordId }, { data, now }) => {
  const found = typeof recordId === 'string' ? data.get(recordId) : undefined;
  if (!recordId || (found && found.objectApiName !== 'Account' && found.objectApiName !== 'Contact'))
    throw new AuraHandledException(WRONG_RECORD_MESSAGE);
  if (!found) throw new AuraHandledException(NOT_FOUND_MESSAGE);
  const isContact = found.objectApiName === 'Contact';
  const scopeField = isContact ? 'Contact__c' : 'Account__c';
  const accountId = isContact ? str(found.record.AccountId) || undefined : recordId;

  const allEvents = data.records('Engagement_Event__c').filter((e) => e[scopeField] === recordId);
  const views = allEvents.filter((e) => VIEW_TYPES.has(str(e.Type__c)));
  const since90 = new Date(now.getTime() - 90 * DAY_MS).toISOString();
  const since30 = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const views90 = views.filter((e) => str(e.Occurred_At__c) >= since90);
  const completions = allEvents.filter((e) => e.Type__c === 'Complete').length;
  const engaged90 = new Set(views90.map((e) => e.Contact__c).filter(Boolean)).size;

  const panel: Panel = {
    scope: isContact ? 'Contact' : 'Account',
    recordId,
    accountId: accountId ?? null,
    summary: {
      views: views.length,
      engagedContacts: new Set(views.map((e) => e.Contact__c).filter(Boolean)).size,
      coursesEngaged: new Set(views.map((e) => e.Course__c).filter(Boolean)).size,
      lastEngagedAt: maxTime(views) ?? null,
      engagementScore: engagementScore(
        views90.length,
        views90.filter((e) => str(e.Occurred_At__c) >= since30).length,
        completions,
        isContact ? 1 : engaged90
      ),
      awaitingReturnCount: 0
    },
    contacts: [],
    courses: [],
    heatMap: [],
    topSections: [],
    awaitingReturn: [],
    notViewed: [],
    overTime: [],
    limits: { ...LIMITS }
  };
  if (views.length === 0) return panel;

  // Contacts, courses, heat map.
  const byContact = countBy(
    views.filter((e) => e.Contact__c),
    (e) => str(e.Contact__c)
  );
  panel.contacts = [...byContact.entries()]
    .map(([id, list]): ContactRow => {
      const contact = data.get(id)?.record;
      return {
        id,
        name: str(contact?.Name),
        title: str(contact?.Title) || null,
        views: list.length,
        sections: new Set(list.map((e) => e.Section__c)).size,
        lastEngagedAt: maxTime(list) ?? null
      };
    })
    .sort(byViewsThenName)
    .slice(0, LIMITS.contacts);
  const byCourse = countBy(
    views.filter((e) => e.Course__c),
    (e) => str(e.Course__c)
  );
  panel.courses = [...byCourse.entries()]
    .map(([id, list]): CourseRow => {
      const course = data.get(id)?.record;
      return {
        id,
        name: str(course?.Name),
        topic: str(course?.Topic__c) || null,
        views: list.length,
        sectionsViewed: new Set(list.map((e) => e.Section__c)).size,
        sectionCount: num(course?.Slide_Count__c) || null,
        contacts: new Set(list.map((e) => e.Contact__c).filter(Boolean)).size
      };
    })
    .sort(byViewsThenName)
    .slice(0, LIMITS.courses);
  const contactIds = new Set(panel.contacts.map((c) => c.id));
  const courseIds = new Set(panel.courses.map((c) => c.id));
  const cells = new Map<string, HeatCell>();
  for (const e of views) {
    const contactId = str(e.Contact__c);
    const courseId = str(e.Course__c);
    if (!contactIds.has(contactId) || !courseIds.has(courseId)) continue;
    const key = `${contactId}|${courseId}`;
    const cell = cells.get(key) ?? { contactId, courseId, views: 0 };
    cell.views++;
    cells.set(key, cell);
  }
  panel.heatMap = [...cells.values()];

  // Sections.
  const sectionRow = (section: SObject): SectionRow => ({
    sectionId: section.Id,
    title: str(section.Title__c),
    order: num(section.Order__c),
    topic: str(section.Topic__c) || null,
    courseId: str(section.Course__c),
    courseName: str(data.get(str(section.Course__c))?.record.Name)
  });
  panel.topSections = [...countBy(views, (e) => str(e.Section__c)).entries()]
    .flatMap(([id, list]): (SectionRow & { views: number })[] => {
      const section = data.get(id)?.record;
      return section
        ? [{ ...sectionRow(section), views: list.length, lastViewedAt: maxTime(list) ?? null }]
        : [];
    })
    .sort((a, b) => b.views - a.views || str(a.title).localeCompare(str(b.title)))
    .slice(0, LIMITS.sections);

  const activities = data.records('Activity__c').filter((a) => a[scopeField] === recordId);
  const awaiting = activities
    .filter((a) => a.State__c === 'Not_Viewed_Again')
    .sort((a, b) => str(b.Last_Viewed_At__c).localeCompare(str(a.Last_Viewed_At__c)));
  panel.summary.awaitingReturnCount = awaiting.length;
  panel.awaitingReturn = awaiting.slice(0, MAX_LIST_ROWS).map((a) => {
    const section = data.get(str(a.Section__c))?.record;
    return {
      ...(section ? sectionRow(section) : { sectionId: str(a.Section__c), courseId: str(a.Course__c) }),
      contactId: str(a.Contact__c) || null,
      contactName: str(data.get(str(a.Contact__c))?.record.Name) || null,
      views: num(a.View_Count__c),
      lastViewedAt: str(a.Last_Viewed_At__c) || null
    };
  });
  const viewedSections = new Set(activities.filter((a) => num(a.View_Count__c) > 0).map((a) => a.Section__c));
  const courseName = (id: string): string => str(data.get(id)?.record.Name);
  panel.notViewed = data
    .records('Section__c')
    .filter((s) => courseIds.has(str(s.Course__c)) && !viewedSections.has(s.Id))
    .sort(
      (a, b) =>
        courseName(str(a.Course__c)).localeCompare(courseName(str(b.Course__c))) ||
        num(a.Order__c) - num(b.Order__c)
    )
    .slice(0, MAX_LIST_ROWS)
    .map(sectionRow);

  // Over time: 12 UTC months ending with now's month.
  const months: Period[] = [];
  for (let i = LIMITS.months - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push({ month: d.toISOString().slice(0, 7), views: 0, wonAmount: 0 });
  }
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const e of views) {
    const period = byMonth.get(str(e.Occurred_At__c).slice(0, 7));
    if (period) period.views++;
  }
  if (accountId) {
    for (const opp of data.records('Opportunity')) {
      if (opp.AccountId !== accountId || opp.StageName !== 'Closed Won') continue;
      const period = byMonth.get(str(opp.CloseDate).slice(0, 7));
      if (period) period.wonAmount += num(opp.Amount);
    }
  }
  panel.overTime = months;
  return panel;
};
