/**
 * The course viewer's Apex contract (`ViewerController`) over the workbench's sample data. The rules and messages
 * follow ViewerService.cls; the event subscriber's work (EngagementEventSubscriber.cls) happens at once, in the same
 * call, with the sample data's own visit rule (`deriveActivities` / `viewsInVisits` of scripts/sample-data/activities.ts,
 * the semantics the Apex state machine implements).
 *
 * - openCourse creates the running user's missing Not Viewed activities (records of the session's copy of the
 *   dataset) and returns the course, its sections and the user's activity on each.
 * - recordEvents validates the events like the org, appends the valid ones to the session's events (each key at most
 *   once), marks returns and previous sections as the subscriber does, and recomputes the user's activities of the
 *   course from all of the user's views with `deriveActivities`.
 *
 * What the workbench cannot have, it imitates: the running user may see (and, like the builder, edit) every course;
 * section pictures are SVG data URLs drawn from the title (`slidePicture`). The clock: `serverTime` is the wall clock,
 * and event times are accepted if they are valid against either the wall clock or the sample data's "now", so events
 * of a viewer in the browser and of tests dated in the sample world both pass.
 */
import type openCourseContract from '@salesforce/apex/ViewerController.openCourse';
import type recordEventsContract from '@salesforce/apex/ViewerController.recordEvents';
import type {
  ActivityState,
  ActivityView,
  Channel,
  ClientEvent,
  CourseView,
  EventLimits,
  MediaType,
  RecordResult,
  RenditionStatus,
  SectionView
} from '@salesforce/apex/ViewerController';
import { AuraHandledException, type ApexImplementation } from '../apex-runtime';
import type { SObject, WorkbenchData } from '../data';
import { deriveActivities, viewsInVisits, type ActivityEventInput } from '../../sample-data/activities';
import { fakeId, objectOfId } from '../../sample-data/ids';
import { fileUrl, slidePicture } from './CourseBuilderController';

// ------------------------------------------------------------------------------------------ limits, messages

export const EVENT_LIMITS: EventLimits = {
  maxEventsPerCall: 200,
  maxKeyLength: 64,
  maxDwellSeconds: 4 * 60 * 60,
  maxClockSkewSeconds: 5 * 60,
  maxEventAgeDays: 30
};
const CLIENT_TYPES = ['View', 'Present', 'Return', 'Complete', 'Watched', 'Download'] as const;
const VIEW_TYPES = new Set<string>(['View', 'Present', 'Return']);
const CHANNELS: Channel[] = ['Live', 'On_Demand', 'Portal'];
const KEY_PATTERN = /^[A-Za-z0-9_.:-]+$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export const COURSE_NOT_FOUND = "The course wasn't found, or it isn't shared with you.";
export const SECTION_NOT_FOUND_REASON = "The section wasn't found, or its course isn't shared with you.";
export const OTHER_COURSE_REASON = "The section isn't part of the course the event names.";

function fail(message: string): never {
  throw new AuraHandledException(message);
}

// ------------------------------------------------------------------------------------------------ indexes

interface Indexes {
  activityByKey: Map<string, SObject>;
  eventKeys: Set<string>;
}

const indexesBySession = new WeakMap<WorkbenchData, Indexes>();
let nextRecord = 900_000;

function indexesOf(data: WorkbenchData): Indexes {
  let indexes = indexesBySession.get(data);
  if (!indexes) {
    indexes = {
      activityByKey: new Map(
        data.records('Activity__c').map((a) => [String(a.Activity_Key__c).toLowerCase(), a])
      ),
      eventKeys: new Set(data.records('Engagement_Event__c').map((e) => String(e.Event_Key__c).toLowerCase()))
    };
    indexesBySession.set(data, indexes);
  }
  return indexes;
}

function newId(data: WorkbenchData, object: 'Activity__c' | 'Engagement_Event__c'): string {
  let id: string;
  do id = fakeId(object, nextRecord++);
  while (data.get(id));
  return id;
}

function add(
  data: WorkbenchData,
  objectApiName: 'Activity__c' | 'Engagement_Event__c',
  record: SObject
): void {
  data.records(objectApiName).push(record);
  data.byId.set(record.Id, { objectApiName, record });
}

// ------------------------------------------------------------------------------------------------- shapes

function courseOf(data: WorkbenchData, courseId: unknown): SObject {
  const found = typeof courseId === 'string' ? data.get(courseId) : undefined;
  if (found?.objectApiName !== 'Course__c') return fail(COURSE_NOT_FOUND);
  return found.record;
}

function sectionsOf(data: WorkbenchData, courseId: string): SObject[] {
  return data
    .records('Section__c')
    .filter((s) => s.Course__c === courseId)
    .sort((a, b) => Number(a.Order__c ?? 0) - Number(b.Order__c ?? 0));
}

const CAPTION: Record<MediaType, string> = {
  Slide_Page: 'Slide',
  Image: 'Image',
  Video: 'Video',
  HTML: 'Interactive HTML',
  Link: 'Link'
};

function sectionView(section: SObject, position: number): SectionView {
  const mediaType = section.Media_Type__c as MediaType;
  const title = String(section.Title__c ?? section.Name ?? '');
  const view: SectionView = {
    id: section.Id,
    position,
    title,
    mediaType,
    status: 'Ready'
  };
  if (typeof section.Description__c === 'string') view.description = section.Description__c;
  if (typeof section.Topic__c === 'string') view.topic = section.Topic__c;
  if (typeof section.Page_Number__c === 'number') view.pageNumber = section.Page_Number__c;
  if (mediaType === 'Link' || typeof section.Link_Url__c === 'string') {
    view.linkUrl = typeof section.Link_Url__c === 'string' ? section.Link_Url__c : undefined;
    view.status = view.linkUrl ? 'Ready' : 'Unavailable';
  } else {
    view.status = (section.Rendition_Status__c as RenditionStatus | undefined) ?? 'Ready';
    if (view.status === 'Ready') {
      const page = view.pageNumber ? ` ${view.pageNumber}` : '';
      view.imageUrl = slidePicture(title, CAPTION[mediaType] + page);
    }
  }
  const url = mediaType === 'Link' ? undefined : fileUrl(section.Content_Version_Id__c);
  if (url) view.mediaUrl = url;
  if (view.status === 'Pending') {
    view.message = 'A picture of this page is still being prepared. Open the file, or try again shortly.';
  } else if (view.status === 'Unavailable') {
    view.message = "A picture of this page isn't available. Open the file instead.";
  }
  return view;
}

function activityView(sectionId: string, activity: SObject | undefined): ActivityView {
  const view: ActivityView = {
    sectionId,
    state: (activity?.State__c as ActivityState | undefined) ?? 'Not_Viewed',
    viewCount: Number(activity?.View_Count__c ?? 0),
    visitCount: Number(activity?.Visit_Count__c ?? 0),
    totalDwellSeconds: Number(activity?.Total_Dwell_Seconds__c ?? 0)
  };
  if (typeof activity?.First_Viewed_At__c === 'string') view.firstViewedAt = activity.First_Viewed_At__c;
  if (typeof activity?.Last_Viewed_At__c === 'string') view.lastViewedAt = activity.Last_Viewed_At__c;
  return view;
}

const activityKey = (sectionId: string, viewerId: string): string => `${sectionId}:${viewerId}`;

/** The running user's missing Not Viewed activities on the sections (what ActivityService.ensureActivities does). */
function ensureActivities(data: WorkbenchData, userId: string, sections: SObject[]): void {
  const { activityByKey } = indexesOf(data);
  for (const section of sections) {
    const key = activityKey(section.Id, userId);
    if (activityByKey.has(key.toLowerCase())) continue;
    const activity: SObject = {
      Id: newId(data, 'Activity__c'),
      Activity_Key__c: key,
      Section__c: section.Id,
      Course__c: section.Course__c,
      User__c: userId,
      State__c: 'Not_Viewed',
      View_Count__c: 0,
      Visit_Count__c: 0,
      Total_Dwell_Seconds__c: 0
    };
    add(data, 'Activity__c', activity);
    activityByKey.set(key.toLowerCase(), activity);
  }
}

// ----------------------------------------------------------------------------------------------- the methods

export const openCourse: ApexImplementation<typeof openCourseContract> = ({ courseId }, { data, userId }) => {
  const course = courseOf(data, courseId);
  const sections = sectionsOf(data, course.Id);
  ensureActivities(data, userId, sections);
  const { activityByKey } = indexesOf(data);
  let resumeSectionId: string | undefined;
  let resumeAt = '';
  const activities = sections.map((section) => {
    const activity = activityByKey.get(activityKey(section.Id, userId).toLowerCase());
    const lastViewedAt = typeof activity?.Last_Viewed_At__c === 'string' ? activity.Last_Viewed_At__c : '';
    if (lastViewedAt && lastViewedAt > resumeAt) {
      resumeAt = lastViewedAt;
      resumeSectionId = section.Id;
    }
    return activityView(section.Id, activity);
  });
  const view: CourseView = {
    id: course.Id,
    name: String(course.Name ?? ''),
    status: (course.Status__c as CourseView['status'] | undefined) ?? 'Draft',
    sectionCount: sections.length,
    sections: sections.map((section, i) => sectionView(section, i + 1)),
    activities,
    channel: 'On_Demand',
    serverTime: new Date().toISOString(),
    eventLimits: { ...EVENT_LIMITS }
  };
  if (typeof course.Description__c === 'string') view.description = course.Description__c;
  if (typeof course.Topic__c === 'string') view.topic = course.Topic__c;
  if (typeof course.Published_At__c === 'string') view.publishedAt = course.Published_At__c;
  if (resumeSectionId) view.resumeSectionId = resumeSectionId;
  return view;
};

/** Why an event cannot be recorded (as ViewerService.cls words it), or undefined. */
function problemOf(event: ClientEvent, data: WorkbenchData, now: Date): string | undefined {
  const key = typeof event.key === 'string' ? event.key.trim() : '';
  if (!key) return 'The event has no key.';
  if (key.length > EVENT_LIMITS.maxKeyLength) {
    return `The event key is longer than ${EVENT_LIMITS.maxKeyLength} characters.`;
  }
  if (!KEY_PATTERN.test(key)) return 'The event key may contain only letters, digits and - _ . :';
  if (!typeOf(event.type)) return `The event type must be one of ${CLIENT_TYPES.join(', ')}.`;
  if (typeof event.sectionId !== 'string' || objectOfId(event.sectionId) !== 'Section__c') {
    return 'The event names no section.';
  }
  if (event.courseId && objectOfId(event.courseId) !== 'Course__c') return 'The event names no valid course.';
  const occurredAt = typeof event.occurredAt === 'string' ? Date.parse(event.occurredAt) : NaN;
  if (Number.isNaN(occurredAt)) return 'The event has no time.';
  const wallClock = Date.now();
  const latest = Math.max(now.getTime(), wallClock) + EVENT_LIMITS.maxClockSkewSeconds * 1000;
  if (occurredAt > latest) return 'The event is dated in the future. Check the device clock.';
  const earliest = Math.min(now.getTime(), wallClock) - EVENT_LIMITS.maxEventAgeDays * DAY_MS;
  if (occurredAt < earliest) {
    return `The event is older than ${EVENT_LIMITS.maxEventAgeDays} days and can no longer be recorded.`;
  }
  if (typeof event.dwellSeconds === 'number' && event.dwellSeconds < 0)
    return "Dwell time can't be negative.";
  const section = data.get(event.sectionId);
  if (section?.objectApiName !== 'Section__c') return SECTION_NOT_FOUND_REASON;
  if (event.courseId && event.courseId !== section.record.Course__c) return OTHER_COURSE_REASON;
  return undefined;
}

function typeOf(value: unknown): (typeof CLIENT_TYPES)[number] | undefined {
  return typeof value === 'string'
    ? CLIENT_TYPES.find((t) => t.toLowerCase() === value.trim().toLowerCase())
    : undefined;
}

export const recordEvents: ApexImplementation<typeof recordEventsContract> = (
  { events },
  { data, userId, now }
) => {
  const result: RecordResult = { accepted: [], rejected: [], retry: [] };
  const { eventKeys } = indexesOf(data);
  const added: SObject[] = [];
  const seen = new Set<string>();
  let taken = 0;
  for (const event of Array.isArray(events) ? events : []) {
    if (!event) continue;
    const key = typeof event.key === 'string' ? event.key.trim() : '';
    if (key && seen.has(key.toLowerCase())) {
      // A repeat within the call gets the answer of its first occurrence.
      const first = result.rejected.find((r) => r.key?.trim().toLowerCase() === key.toLowerCase());
      if (first) result.rejected.push({ key: event.key, reason: first.reason });
      else if (result.retry.some((k) => k.trim().toLowerCase() === key.toLowerCase()))
        result.retry.push(event.key);
      else result.accepted.push(event.key);
      continue;
    }
    if (taken >= EVENT_LIMITS.maxEventsPerCall) {
      result.retry.push(event.key);
      continue;
    }
    taken++;
    const problem = problemOf(event, data, now);
    if (problem) {
      result.rejected.push({ key: event.key, reason: problem });
      if (key) seen.add(key.toLowerCase());
      continue;
    }
    seen.add(key.toLowerCase());
    result.accepted.push(event.key);
    // Written at most once per key: a resend of a recorded key changes nothing.
    if (eventKeys.has(key.toLowerCase())) continue;
    eventKeys.add(key.toLowerCase());
    const type = typeOf(event.type)!;
    const section = data.get(event.sectionId)!.record;
    const session = typeof event.sessionId === 'string' ? data.get(event.sessionId) : undefined;
    const sessionId =
      session?.objectApiName === 'Presentation_Session__c' && session.record.Course__c === section.Course__c
        ? session.record.Id
        : undefined;
    let channel = CHANNELS.find((c) => c === event.channel) ?? (sessionId ? 'Live' : 'On_Demand');
    if (channel === 'Live' && !sessionId) channel = 'On_Demand';
    const record: SObject = {
      Id: newId(data, 'Engagement_Event__c'),
      Event_Key__c: key,
      Type__c: type,
      Occurred_At__c: new Date(Date.parse(event.occurredAt)).toISOString(),
      Section__c: section.Id,
      Course__c: section.Course__c,
      Channel__c: channel,
      User__c: userId,
      Processing_Status__c: 'Processed'
    };
    if (VIEW_TYPES.has(type)) {
      const dwell = typeof event.dwellSeconds === 'number' ? Math.round(event.dwellSeconds) : 0;
      record.Dwell_Seconds__c = Math.min(Math.max(dwell, 0), EVENT_LIMITS.maxDwellSeconds);
    } else if (
      event.previousSectionId &&
      data.get(event.previousSectionId)?.record.Course__c === section.Course__c
    ) {
      record.Previous_Section__c = event.previousSectionId;
    }
    if (sessionId) record.Session__c = sessionId;
    add(data, 'Engagement_Event__c', record);
    added.push(record);
  }
  for (const courseId of new Set(added.map((e) => String(e.Course__c)))) {
    applyViews(data, userId, courseId, new Set(added.filter((e) => e.Course__c === courseId)));
  }
  return result;
};

/**
 * What the event subscriber does with new views of a course: returns and previous sections by the visit rule, and
 * the user's activities recomputed from all of the user's views of the course.
 */
function applyViews(data: WorkbenchData, userId: string, courseId: string, added: Set<SObject>): void {
  const sections = sectionsOf(data, courseId).map((s) => ({ Id: s.Id, Course__c: String(s.Course__c) }));
  // The viewer of an event is its contact, else its user: the workbench user's own events have no contact.
  const events = data
    .records('Engagement_Event__c')
    .filter(
      (e) =>
        e.User__c === userId &&
        e.Contact__c === undefined &&
        e.Course__c === courseId &&
        (e.Processing_Status__c === undefined || e.Processing_Status__c === 'Processed')
    );
  const inputs = events as unknown as ActivityEventInput[];
  for (const view of viewsInVisits(inputs, sections)) {
    const event = events[view.index]!;
    if (!added.has(event)) continue;
    if (event.Type__c === 'View' || event.Type__c === 'Return')
      event.Type__c = view.isReturn ? 'Return' : 'View';
    if (view.previousSection) event.Previous_Section__c = view.previousSection;
    else delete event.Previous_Section__c;
  }
  const { activityByKey } = indexesOf(data);
  for (const derived of deriveActivities(inputs, sections)) {
    const values: Record<string, unknown> = { ...derived };
    delete values.Id;
    const existing = activityByKey.get(derived.Activity_Key__c.toLowerCase());
    if (existing) {
      Object.assign(existing, values);
    } else {
      const activity: SObject = { Id: newId(data, 'Activity__c'), ...values };
      add(data, 'Activity__c', activity);
      activityByKey.set(derived.Activity_Key__c.toLowerCase(), activity);
    }
  }
}
