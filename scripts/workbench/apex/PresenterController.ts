/**
 * The live presenter's Apex contract (`PresenterController`) over the workbench's sample data. Rules and messages
 * follow PresentationService.cls:
 *
 * - Audience: the account's contacts; campaigns (the sample data has none, so the picker shows its empty state);
 *   sharing groups and their contact members when the dataset has them. People added by hand are matched to a
 *   contact by email (case-insensitive) and created on the account only when none matches; nobody is added twice.
 * - Slide changes append to the session's `Shown_Sections__c` (the same JSON as Apex) on the wall clock and publish
 *   `Presentation__e` to the workbench session's event bus (`WorkbenchData.publishEvent`), which the workbench's
 *   `lightning/empApi` delivers to every page of the session.
 * - Ending records at once what `PresentationRecordingJob` records in chunks in the org: one Present event per
 *   attendee x section shown (key `P:<session>:<contact>:<section>`, Channel Live), skipping followers (their own
 *   viewer recorded their views), and the attendees' activities of the course recomputed with the sample data's
 *   visit rule (`deriveActivities`).
 */
import type getPresentableCoursesContract from '@salesforce/apex/PresenterController.getPresentableCourses';
import type getSpeakerNotesContract from '@salesforce/apex/PresenterController.getSpeakerNotes';
import type getAudienceSourcesContract from '@salesforce/apex/PresenterController.getAudienceSources';
import type getMembersContract from '@salesforce/apex/PresenterController.getMembers';
import type startSessionContract from '@salesforce/apex/PresenterController.startSession';
import type showSectionContract from '@salesforce/apex/PresenterController.showSection';
import type endSessionContract from '@salesforce/apex/PresenterController.endSession';
import type getSummaryContract from '@salesforce/apex/PresenterController.getSummary';
import type {
  AttendeeInput,
  AttendeeSource,
  Person,
  SessionView,
  Summary
} from '@salesforce/apex/PresenterController';
import { AuraHandledException, type ApexImplementation } from '../apex-runtime';
import type { SObject, WorkbenchData } from '../data';
import { deriveActivities, type ActivityEventInput } from '../../sample-data/activities';

export const SESSION_NOT_FOUND = "The session wasn't found, or you don't have access to it.";
export const NOT_PRESENTER = 'Only the presenter can change this session.';
export const SESSION_ENDED = 'This session has ended.';
export const COURSE_NOT_FOUND = "The course wasn't found, or it isn't shared with you.";
export const SECTION_NOT_IN_COURSE = "That slide isn't part of the course being presented.";
export const AD_HOC_INCOMPLETE = 'A person added by hand needs a last name and an email address.';
export const CHANNEL = '/event/Presentation__e';
const MAX_PICK_ROWS = 500;
const MAX_ATTENDEES = 2000;
const JOIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function fail(message: string): never {
  throw new AuraHandledException(message);
}

/** One entry of `Shown_Sections__c`, as Apex serializes `ShownSection`. */
interface ShownEntry {
  sectionId: string;
  shownAt: string;
  dwellSeconds?: number | null;
}

// ------------------------------------------------------------------------------------------------- records

let nextRecord = 0;

/** A new record id of the object's key prefix (18 characters, unique in the session). */
function newId(data: WorkbenchData, prefix: string): string {
  let id: string;
  do id = `${prefix}Wp${String(++nextRecord).padStart(10, '0')}AAA`;
  while (data.get(id));
  return id;
}

export function insert(data: WorkbenchData, objectApiName: string, record: SObject): SObject {
  let records = data.byObject.get(objectApiName);
  if (!records) {
    records = [];
    data.byObject.set(objectApiName, records);
  }
  records.push(record);
  data.byId.set(record.Id, { objectApiName, record });
  return record;
}

const PREFIX: Record<string, string> = {
  Presentation_Session__c: 'a05',
  Presentation_Attendee__c: 'a0P',
  Contact: '003',
  Engagement_Event__c: 'a04',
  Activity__c: 'a03'
};

function create(data: WorkbenchData, objectApiName: string, fields: Record<string, unknown>): SObject {
  return insert(data, objectApiName, { ...fields, Id: newId(data, PREFIX[objectApiName] ?? 'a0X') });
}

function recordOf(data: WorkbenchData, id: unknown, objectApiName: string): SObject | undefined {
  const found = typeof id === 'string' ? data.get(id) : undefined;
  return found?.objectApiName === objectApiName ? found.record : undefined;
}

export function sectionsOf(data: WorkbenchData, courseId: string): SObject[] {
  return data
    .records('Section__c')
    .filter((s) => s.Course__c === courseId)
    .sort((a, b) => Number(a.Order__c ?? 0) - Number(b.Order__c ?? 0));
}

export function attendeesOf(data: WorkbenchData, sessionId: string): SObject[] {
  return data.records('Presentation_Attendee__c').filter((a) => a.Session__c === sessionId);
}

function person(contact: SObject, data: WorkbenchData): Person {
  const account = recordOf(data, contact.AccountId, 'Account');
  return {
    contactId: contact.Id,
    name: String(
      contact.Name ?? `${String(contact.FirstName ?? '')} ${String(contact.LastName ?? '')}`.trim()
    ),
    title: (contact.Title as string | undefined) ?? null,
    email: (contact.Email as string | undefined) ?? null,
    accountName: (account?.Name as string | undefined) ?? null
  };
}

function userName(data: WorkbenchData, userId: unknown): string | null {
  const user = data.dataset.users.find((u) => u.Id === userId);
  return user ? `${user.FirstName} ${user.LastName}` : null;
}

export function sessionView(data: WorkbenchData, session: SObject, attendeeCount?: number): SessionView {
  const course = recordOf(data, session.Course__c, 'Course__c');
  return {
    id: session.Id,
    name: (session.Name as string | undefined) ?? null,
    courseId: String(session.Course__c),
    courseName: (course?.Name as string | undefined) ?? null,
    accountId: (session.Account__c as string | undefined) ?? null,
    status: session.Status__c as SessionView['status'],
    joinCode: (session.Join_Code__c as string | undefined) ?? null,
    startedAt: (session.Started_At__c as string | undefined) ?? null,
    endedAt: (session.Ended_At__c as string | undefined) ?? null,
    currentSectionId: (session.Current_Section__c as string | undefined) ?? null,
    attendeeCount: attendeeCount ?? null,
    presenterName: userName(data, session.Presenter__c),
    channel: CHANNEL
  };
}

function shownOf(session: SObject): ShownEntry[] {
  try {
    const parsed: unknown = JSON.parse(String(session.Shown_Sections__c ?? '[]'));
    return Array.isArray(parsed) ? (parsed as ShownEntry[]) : [];
  } catch {
    return [];
  }
}

function close(shown: ShownEntry[], nowMs: number): void {
  const last = shown.at(-1);
  if (last && (last.dwellSeconds === undefined || last.dwellSeconds === null)) {
    last.dwellSeconds = Math.max(0, Math.floor((nowMs - Date.parse(last.shownAt)) / 1000));
  }
}

function presenterSession(data: WorkbenchData, sessionId: unknown, userId: string, live: boolean): SObject {
  const session = recordOf(data, sessionId, 'Presentation_Session__c') ?? fail(SESSION_NOT_FOUND);
  if (session.Presenter__c !== userId) fail(NOT_PRESENTER);
  if (live && session.Status__c !== 'Live') fail(SESSION_ENDED);
  return session;
}

function newJoinCode(data: WorkbenchData): string {
  const taken = new Set(data.records('Presentation_Session__c').map((s) => String(s.Join_Code__c)));
  let code: string;
  do {
    code = '';
    for (let i = 0; i < 8; i++) code += JOIN_ALPHABET[Math.floor(Math.random() * JOIN_ALPHABET.length)];
  } while (taken.has(code));
  return code;
}

function publish(
  data: WorkbenchData,
  sessionId: string,
  sectionId: string | null,
  status: string,
  sequence: number
) {
  data.publishEvent(CHANNEL, {
    Session_Id__c: sessionId,
    Section_Id__c: sectionId,
    Status__c: status,
    Sequence__c: sequence,
    CreatedDate: new Date().toISOString()
  });
}

// ------------------------------------------------------------------------------------------------ methods

export const getPresentableCourses: ApexImplementation<typeof getPresentableCoursesContract> = (
  _params,
  { data }
) =>
  data
    .records('Course__c')
    .filter((c) => c.Status__c === 'Published')
    .sort((a, b) => String(a.Name).localeCompare(String(b.Name)))
    .map((c) => ({ id: c.Id, name: String(c.Name), slideCount: sectionsOf(data, c.Id).length }));

/** The sample data's sections carry no speaker notes; a deck uploaded in the workbench's course builder may. */
export const getSpeakerNotes: ApexImplementation<typeof getSpeakerNotesContract> = ({ courseId }, { data }) =>
  sectionsOf(data, courseId)
    .filter((s) => typeof s.Speaker_Notes__c === 'string' && s.Speaker_Notes__c.trim())
    .map((s) => ({ sectionId: s.Id, notes: String(s.Speaker_Notes__c) }));

export const getAudienceSources: ApexImplementation<typeof getAudienceSourcesContract> = (
  { accountId },
  { data }
) => {
  const accountContacts = accountId
    ? data
        .records('Contact')
        .filter((c) => c.AccountId === accountId)
        .sort((a, b) => String(a.Name).localeCompare(String(b.Name)))
        .slice(0, MAX_PICK_ROWS)
        .map((c) => person(c, data))
    : [];
  return {
    accountContacts,
    // The sample data has no campaigns.
    campaigns: data
      .records('Campaign')
      .map((c) => ({ id: c.Id, name: String(c.Name), kind: 'Campaign' as const })),
    sharingGroups: data
      .records('Sharing_Group__c')
      .filter((g) => g.Active__c !== false)
      .map((g) => ({ id: g.Id, name: String(g.Name), kind: 'Sharing_Group' as const }))
  };
};

export const getMembers: ApexImplementation<typeof getMembersContract> = ({ sourceId }, { data }) => {
  const contactIds =
    data.get(sourceId)?.objectApiName === 'Sharing_Group__c'
      ? data
          .records('Sharing_Group_Member__c')
          .filter((m) => m.Sharing_Group__c === sourceId && m.Contact__c)
          .map((m) => String(m.Contact__c))
      : data
          .records('CampaignMember')
          .filter((m) => m.CampaignId === sourceId && m.ContactId)
          .map((m) => String(m.ContactId));
  return contactIds
    .map((id) => recordOf(data, id, 'Contact'))
    .filter((c): c is SObject => !!c)
    .slice(0, MAX_PICK_ROWS)
    .map((c) => person(c, data));
};

export const startSession: ApexImplementation<typeof startSessionContract> = (
  { courseId, accountId, attendees },
  { data, userId }
) => {
  const course = recordOf(data, courseId, 'Course__c') ?? fail(COURSE_NOT_FOUND);
  const inputs = (Array.isArray(attendees) ? attendees : []).filter((a): a is AttendeeInput => !!a);
  if (inputs.length > MAX_ATTENDEES) fail(`A session takes at most ${MAX_ATTENDEES} attendees.`);
  const sourceByContact = new Map<string, AttendeeSource>();
  const adHoc = new Map<string, AttendeeInput>();
  for (const input of inputs) {
    if (input.contactId) {
      if (recordOf(data, input.contactId, 'Contact') && !sourceByContact.has(input.contactId))
        sourceByContact.set(input.contactId, input.source ?? 'Account');
    } else if (input.email?.trim() && input.lastName?.trim()) {
      adHoc.set(input.email.trim().toLowerCase(), input);
    } else {
      fail(AD_HOC_INCOMPLETE);
    }
  }
  if (adHoc.size) {
    const byEmail = new Map<string, SObject>();
    for (const contact of data.records('Contact')) {
      const email = String(contact.Email ?? '').toLowerCase();
      if (adHoc.has(email) && (!byEmail.has(email) || contact.AccountId === accountId))
        byEmail.set(email, contact);
    }
    for (const [email, input] of adHoc) {
      let contact = byEmail.get(email);
      if (!contact) {
        const firstName = input.firstName?.trim() ?? '';
        const lastName = input.lastName!.trim();
        contact = create(data, 'Contact', {
          FirstName: firstName,
          LastName: lastName,
          Name: `${firstName} ${lastName}`.trim(),
          Email: input.email!.trim(),
          AccountId: accountId ?? undefined
        });
      }
      if (!sourceByContact.has(contact.Id)) sourceByContact.set(contact.Id, 'Ad_Hoc');
    }
  }
  const session = create(data, 'Presentation_Session__c', {
    Name: `PS-${String(data.records('Presentation_Session__c').length + 1).padStart(6, '0')}`,
    Course__c: course.Id,
    Account__c: accountId ?? undefined,
    Presenter__c: userId,
    Status__c: 'Live',
    Started_At__c: new Date().toISOString(),
    Join_Code__c: newJoinCode(data),
    Audience_Size__c: sourceByContact.size
  });
  for (const [contactId, source] of sourceByContact) {
    create(data, 'Presentation_Attendee__c', {
      Session__c: session.Id,
      Contact__c: contactId,
      Attendee_Key__c: `${session.Id}:${contactId}`,
      Source__c: source
    });
  }
  return sessionView(data, session, sourceByContact.size);
};

export const showSection: ApexImplementation<typeof showSectionContract> = (
  { sessionId, sectionId },
  { data, userId }
) => {
  const session = presenterSession(data, sessionId, userId, true);
  if (!sectionsOf(data, String(session.Course__c)).some((s) => s.Id === sectionId))
    fail(SECTION_NOT_IN_COURSE);
  const now = Date.now();
  const shown = shownOf(session);
  close(shown, now);
  shown.push({ sectionId, shownAt: new Date(now).toISOString() });
  session.Shown_Sections__c = JSON.stringify(shown);
  session.Current_Section__c = sectionId;
  publish(data, session.Id, sectionId, 'Live', shown.length);
  return sessionView(data, session);
};

export const endSession: ApexImplementation<typeof endSessionContract> = ({ sessionId }, context) => {
  const { data, userId } = context;
  const session = presenterSession(data, sessionId, userId, false);
  if (session.Status__c !== 'Ended') {
    const now = Date.now();
    const shown = shownOf(session);
    close(shown, now);
    Object.assign(session, {
      Status__c: 'Ended',
      Ended_At__c: new Date(now).toISOString(),
      Shown_Sections__c: JSON.stringify(shown),
      Audience_Size__c: attendeesOf(data, session.Id).length,
      Recording_Status__c: 'Recorded'
    });
    publish(data, session.Id, null, 'Ended', shown.length);
    record(data, session, shown);
  }
  return summaryOf(data, session);
};

export const getSummary: ApexImplementation<typeof getSummaryContract> = ({ sessionId }, { data }) =>
  summaryOf(data, recordOf(data, sessionId, 'Presentation_Session__c') ?? fail(SESSION_NOT_FOUND));

// ------------------------------------------------------------------------------------------------ summary

function summaryOf(data: WorkbenchData, session: SObject): Summary {
  const attendees = attendeesOf(data, session.Id);
  const shown = shownOf(session);
  if (session.Status__c === 'Live') close(shown, Date.now());
  const slides = sectionsOf(data, String(session.Course__c)).map((s, i) => ({
    sectionId: s.Id,
    position: i + 1,
    title: String(s.Title__c ?? s.Name),
    shown: false,
    timesShown: 0,
    dwellSeconds: 0
  }));
  const bySection = new Map(slides.map((s) => [s.sectionId, s]));
  let totalSeconds = 0;
  for (const entry of shown) {
    const slide = bySection.get(entry.sectionId);
    if (!slide) continue;
    slide.shown = true;
    slide.timesShown++;
    slide.dwellSeconds += entry.dwellSeconds ?? 0;
    totalSeconds += entry.dwellSeconds ?? 0;
  }
  const rows = attendees
    .map((a) => {
      const contact = recordOf(data, a.Contact__c, 'Contact');
      return {
        id: a.Id,
        name: contact ? String(contact.Name) : userName(data, a.User__c),
        source: (a.Source__c as AttendeeSource | undefined) ?? null,
        followedAlong: !!a.Joined_At__c,
        joinedAt: (a.Joined_At__c as string | undefined) ?? null
      };
    })
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
  const shownCount = slides.filter((s) => s.shown).length;
  return {
    session: sessionView(data, session, attendees.length),
    slides,
    attendees: rows,
    shownCount,
    skippedCount: slides.length - shownCount,
    totalSeconds,
    followerCount: rows.filter((r) => r.followedAlong).length,
    recordingStatus: (session.Recording_Status__c as Summary['recordingStatus']) ?? null
  };
}

// ---------------------------------------------------------------------------------------------- recording

/** What PresentationRecordingJob does, at once: Present events per attendee x section shown, and activities. */
function record(data: WorkbenchData, session: SObject, shown: ShownEntry[]): void {
  const firstBySection = new Map<string, { shownAt: string; dwellSeconds: number }>();
  for (const entry of shown) {
    const merged = firstBySection.get(entry.sectionId) ?? { shownAt: entry.shownAt, dwellSeconds: 0 };
    merged.dwellSeconds += entry.dwellSeconds ?? 0;
    firstBySection.set(entry.sectionId, merged);
  }
  const courseId = String(session.Course__c);
  const keys = new Set(data.records('Engagement_Event__c').map((e) => String(e.Event_Key__c).toLowerCase()));
  const contacts = new Set<string>();
  for (const attendee of attendeesOf(data, session.Id)) {
    if (attendee.Joined_At__c || !attendee.Contact__c) continue;
    const contact = recordOf(data, attendee.Contact__c, 'Contact');
    if (!contact) continue;
    contacts.add(contact.Id);
    for (const [sectionId, view] of firstBySection) {
      const key = `P:${session.Id}:${contact.Id}:${sectionId}`;
      if (keys.has(key.toLowerCase())) continue;
      keys.add(key.toLowerCase());
      create(data, 'Engagement_Event__c', {
        Event_Key__c: key,
        Type__c: 'Present',
        Channel__c: 'Live',
        Occurred_At__c: view.shownAt,
        Dwell_Seconds__c: view.dwellSeconds,
        Section__c: sectionId,
        Course__c: courseId,
        Session__c: session.Id,
        Contact__c: contact.Id,
        Account__c: contact.AccountId,
        Processing_Status__c: 'Processed'
      });
    }
  }
  if (!contacts.size) return;
  const sections = sectionsOf(data, courseId).map((s) => ({ Id: s.Id, Course__c: courseId }));
  const events = data
    .records('Engagement_Event__c')
    .filter((e) => e.Course__c === courseId && contacts.has(String(e.Contact__c)))
    .sort((a, b) => String(a.Occurred_At__c).localeCompare(String(b.Occurred_At__c)));
  const activityByKey = new Map(
    data
      .records('Activity__c')
      .filter((a) => a.Course__c === courseId && contacts.has(String(a.Contact__c)))
      .map((a) => [String(a.Activity_Key__c).toLowerCase(), a])
  );
  for (const derived of deriveActivities(events as unknown as ActivityEventInput[], sections)) {
    const values: Record<string, unknown> = { ...derived };
    delete values.Id;
    const existing = activityByKey.get(derived.Activity_Key__c.toLowerCase());
    if (existing) Object.assign(existing, values);
    else create(data, 'Activity__c', values);
  }
}
