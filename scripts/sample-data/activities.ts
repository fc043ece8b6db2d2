/**
 * Activities from events: the visit rule and the activity state machine of DESIGN.md §3 as pure functions.
 *
 * Definitions (exact):
 * - A **view** is an event of type View, Present or Return. Complete (and any other type) is not a view: it
 *   neither moves state nor starts or extends a visit.
 * - The **viewer** of an event is its `Contact__c` when set, otherwise its `User__c`. Events with neither are
 *   rejected.
 * - The views of one course by one viewer, ordered by `Occurred_At__c` (ties by `Event_Key__c`), form
 *   **visits**: a view belongs to the current visit when it occurred less than 30 minutes (`VISIT_GAP_MS`)
 *   after the previous view of that course by that viewer; a gap of 30 minutes or more starts a new visit.
 *   Views of other courses neither end nor extend a visit. The course of a view is its section's course.
 * - Per viewer × section the state starts **Not Viewed**. A view moves Not Viewed → **Viewed** and
 *   Not Viewed Again → **Viewed Again**; Viewed and Viewed Again stay. When a visit ends — which is known when
 *   the next visit of that course by that viewer starts — every Viewed / Viewed Again section of the course
 *   becomes **Not Viewed Again** until it is viewed in a later visit.
 * - Equivalently, with L = the viewer's latest visit of the course: never viewed → Not Viewed; viewed in L and
 *   in no earlier visit → Viewed; viewed in L and in an earlier visit → Viewed Again; viewed, but not in L →
 *   Not Viewed Again. (A finished last visit is not "ended" until another visit starts, so state is what the
 *   org's event subscriber would hold after processing the same events.)
 * - A **return** is the first view of a section within a visit when the section was viewed in an earlier
 *   visit — exactly the views that move a section to Viewed Again.
 */
import { fakeId } from './ids';
import type { ActivityState, DatasetActivity, DatasetEvent, DatasetSection, SfId } from './types';

/** Visits are separated by gaps of at least this long between consecutive views (30 minutes). */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/** The fields of an event that activities depend on. */
export type ActivityEventInput = Pick<
  DatasetEvent,
  'Event_Key__c' | 'Type__c' | 'Occurred_At__c' | 'Section__c'
> &
  Partial<Pick<DatasetEvent, 'Dwell_Seconds__c' | 'Contact__c' | 'Account__c' | 'User__c'>>;

export function isView(event: Pick<DatasetEvent, 'Type__c'>): boolean {
  return event.Type__c === 'View' || event.Type__c === 'Present' || event.Type__c === 'Return';
}

/** The viewer of an event: its Contact, else its User. */
export function viewerOf(event: Partial<Pick<DatasetEvent, 'Contact__c' | 'User__c'>>): SfId | undefined {
  return event.Contact__c ?? event.User__c;
}

/** What the visit rule says about one view. */
export interface ViewInVisit {
  /** Index into the input array. */
  index: number;
  viewer: SfId;
  course: SfId;
  /** 1-based visit number of this viewer on this course. */
  visit: number;
  visitStartedAt: number;
  /** The section of the previous view in the same visit, if any. */
  previousSection?: SfId;
  /** First view of this section by this viewer (ever). */
  firstViewOfSection: boolean;
  /** First view of the section in this visit, after it was viewed in an earlier visit (→ Viewed Again). */
  isReturn: boolean;
}

type SectionCourse = Pick<DatasetSection, 'Id' | 'Course__c'>;

function courseLookup(sections: readonly SectionCourse[]): (section: SfId) => SfId {
  const courseOf = new Map(sections.map((s) => [s.Id, s.Course__c]));
  return (section) => {
    const course = courseOf.get(section);
    if (!course) throw new Error(`Event refers to unknown section ${section}.`);
    return course;
  };
}

/** Views grouped by viewer × course, each group in time order (ties by event key). Non-views are skipped. */
function groupViews(
  events: readonly ActivityEventInput[],
  sections: readonly SectionCourse[]
): { viewer: SfId; course: SfId; indexes: number[] }[] {
  const course = courseLookup(sections);
  const times = events.map((e) => Date.parse(e.Occurred_At__c));
  const groups = new Map<string, { viewer: SfId; course: SfId; indexes: number[] }>();
  events.forEach((event, index) => {
    if (!isView(event)) return;
    const viewer = viewerOf(event);
    if (!viewer) throw new Error(`Event ${event.Event_Key__c} has neither a Contact nor a User.`);
    if (Number.isNaN(times[index]))
      throw new Error(`Event ${event.Event_Key__c} has no valid Occurred_At__c.`);
    const courseId = course(event.Section__c);
    const key = viewer + '|' + courseId;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { viewer, course: courseId, indexes: [] }));
    group.indexes.push(index);
  });
  const result = [...groups.values()];
  for (const group of result) {
    group.indexes.sort(
      (a, b) =>
        times[a] - times[b] ||
        (events[a].Event_Key__c < events[b].Event_Key__c
          ? -1
          : events[a].Event_Key__c > events[b].Event_Key__c
            ? 1
            : 0)
    );
  }
  return result;
}

/**
 * Applies the visit rule to every view: visit number, visit start, previous section in the visit, and whether
 * the view is a return. Returned in input order of the views (non-views are left out).
 */
export function viewsInVisits(
  events: readonly ActivityEventInput[],
  sections: readonly SectionCourse[]
): ViewInVisit[] {
  const out: ViewInVisit[] = [];
  for (const group of groupViews(events, sections)) {
    let visit = 0;
    let visitStartedAt = 0;
    let previousTime = Number.NEGATIVE_INFINITY;
    let previousSection: SfId | undefined;
    const lastVisitOf = new Map<SfId, number>();
    for (const index of group.indexes) {
      const event = events[index];
      const time = Date.parse(event.Occurred_At__c);
      if (time - previousTime >= VISIT_GAP_MS) {
        visit++;
        visitStartedAt = time;
        previousSection = undefined;
      }
      const lastVisit = lastVisitOf.get(event.Section__c);
      out.push({
        index,
        viewer: group.viewer,
        course: group.course,
        visit,
        visitStartedAt,
        previousSection,
        firstViewOfSection: lastVisit === undefined,
        isReturn: lastVisit !== undefined && lastVisit !== visit
      });
      lastVisitOf.set(event.Section__c, visit);
      previousSection = event.Section__c;
      previousTime = time;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

interface Accumulator {
  section: SfId;
  course: SfId;
  viewer: SfId;
  isContact: boolean;
  account?: SfId;
  views: number;
  visits: number;
  lastVisit: number;
  firstAt: number;
  lastAt: number;
  dwell: number;
  lastVisitStartedAt: number;
}

/**
 * One Activity__c per viewer × section with at least one view, consistent with the events by construction
 * (see the module comment for the exact rules). Pairs without views are Not Viewed and have no record here.
 * `Account__c` is the account of the viewer's latest view of the section. Sorted by `Activity_Key__c`, with
 * fake ids `a03…` in that order.
 */
export function deriveActivities(
  events: readonly ActivityEventInput[],
  sections: readonly SectionCourse[]
): DatasetActivity[] {
  const accumulators = new Map<string, Accumulator>();
  const latestVisit = new Map<string, number>();
  for (const view of viewsInVisits(events, sections)) {
    const event = events[view.index];
    const time = Date.parse(event.Occurred_At__c);
    const key = event.Section__c + ':' + view.viewer;
    let acc = accumulators.get(key);
    if (!acc) {
      acc = {
        section: event.Section__c,
        course: view.course,
        viewer: view.viewer,
        isContact: event.Contact__c !== undefined,
        views: 0,
        visits: 0,
        lastVisit: 0,
        firstAt: time,
        lastAt: time,
        dwell: 0,
        lastVisitStartedAt: view.visitStartedAt
      };
      accumulators.set(key, acc);
    }
    acc.views++;
    if (view.visit !== acc.lastVisit) acc.visits++;
    acc.lastVisit = view.visit;
    acc.lastVisitStartedAt = view.visitStartedAt;
    if (time >= acc.lastAt) {
      acc.lastAt = time;
      if (event.Account__c !== undefined) acc.account = event.Account__c;
    }
    acc.firstAt = Math.min(acc.firstAt, time);
    acc.dwell += event.Dwell_Seconds__c ?? 0;
    const group = view.viewer + '|' + view.course;
    latestVisit.set(group, Math.max(latestVisit.get(group) ?? 0, view.visit));
  }
  const keys = [...accumulators.keys()].sort();
  return keys.map((key, i) => {
    const acc = accumulators.get(key)!;
    const latest = latestVisit.get(acc.viewer + '|' + acc.course)!;
    const state: ActivityState =
      acc.lastVisit === latest ? (acc.visits > 1 ? 'Viewed_Again' : 'Viewed') : 'Not_Viewed_Again';
    const activity: DatasetActivity = {
      Id: fakeId('Activity__c', i + 1),
      Activity_Key__c: key,
      Section__c: acc.section,
      Course__c: acc.course,
      User__c: acc.isContact ? undefined : acc.viewer,
      Contact__c: acc.isContact ? acc.viewer : undefined,
      Account__c: acc.account,
      State__c: state,
      View_Count__c: acc.views,
      Visit_Count__c: acc.visits,
      First_Viewed_At__c: new Date(acc.firstAt).toISOString(),
      Last_Viewed_At__c: new Date(acc.lastAt).toISOString(),
      Total_Dwell_Seconds__c: acc.dwell,
      Last_Visit_Started_At__c: new Date(acc.lastVisitStartedAt).toISOString()
    };
    return dropUndefined(activity);
  });
}

/** A copy without the properties whose value is undefined (so records never carry explicit gaps). */
export function dropUndefined<T extends object>(record: T): T {
  const copy = {} as T;
  for (const key of Object.keys(record) as (keyof T)[]) {
    if (record[key] !== undefined) copy[key] = record[key];
  }
  return copy;
}
