/**
 * Contract of the Apex class `PresenterController` (force-app/main/presenting/classes): the live presenter's server
 * side. Result shapes are the `PresentationDto` inner classes; Apex leaves null properties out, so every property that
 * can be null is optional. Ids are 18-character strings; date-times are ISO 8601 strings.
 *
 * Implemented in the org by PresenterController.cls and in the workbench by scripts/workbench/apex/PresenterController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/PresenterController' {
  /** `Presentation_Attendee__c.Source__c`. */
  export type AttendeeSource = 'Account' | 'Campaign' | 'Sharing_Group' | 'Ad_Hoc' | 'Join';
  /** `Presentation_Session__c.Status__c`. */
  export type SessionStatus = 'Scheduled' | 'Live' | 'Ended';

  /** PresentationDto.Person: someone who can be put in the audience. */
  export interface Person {
    contactId: string;
    name: string;
    title?: string | null;
    email?: string | null;
    accountName?: string | null;
  }

  /** PresentationDto.Source: a campaign or sharing group. */
  export interface Source {
    id: string;
    name: string;
    kind: 'Campaign' | 'Sharing_Group';
  }

  /** PresentationDto.CourseOption. */
  export interface CourseOption {
    id: string;
    name: string;
    slideCount: number;
  }

  /** PresentationDto.SlideNote. */
  export interface SlideNote {
    sectionId: string;
    notes: string;
  }

  /** PresentationDto.AudienceSources. */
  export interface AudienceSources {
    accountContacts: Person[];
    campaigns: Source[];
    sharingGroups: Source[];
  }

  /** PresentationDto.AttendeeInput: a contact picked, or a person typed in (matched to a contact by email). */
  export interface AttendeeInput {
    contactId?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    email?: string | null;
    source: Exclude<AttendeeSource, 'Join'>;
  }

  /** PresentationDto.SessionView. */
  export interface SessionView {
    id: string;
    name?: string | null;
    courseId: string;
    courseName?: string | null;
    accountId?: string | null;
    status: SessionStatus;
    joinCode?: string | null;
    startedAt?: string | null;
    endedAt?: string | null;
    currentSectionId?: string | null;
    attendeeCount?: number | null;
    presenterName?: string | null;
    /** The lightning/empApi channel of slide changes (`/event/Presentation__e`, namespaced in the package). */
    channel: string;
  }

  /** PresentationDto.SlideSummary. */
  export interface SlideSummary {
    sectionId: string;
    position: number;
    title: string;
    shown: boolean;
    timesShown: number;
    dwellSeconds: number;
  }

  /** PresentationDto.AttendeeSummary. */
  export interface AttendeeSummary {
    id: string;
    name?: string | null;
    source?: AttendeeSource | null;
    followedAlong: boolean;
    joinedAt?: string | null;
  }

  /** PresentationDto.Summary. */
  export interface Summary {
    session: SessionView;
    slides: SlideSummary[];
    attendees: AttendeeSummary[];
    shownCount: number;
    skippedCount: number;
    totalSeconds: number;
    followerCount: number;
    recordingStatus?: 'Queued' | 'Recorded' | 'Failed' | null;
  }
}

declare module '@salesforce/apex/PresenterController.getPresentableCourses' {
  import type { CourseOption } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static List<PresentationDto.CourseOption> getPresentableCourses() */
  const getPresentableCourses: ApexMethod<void, CourseOption[]>;
  export default getPresentableCourses;
}

declare module '@salesforce/apex/PresenterController.getSpeakerNotes' {
  import type { SlideNote } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static List<PresentationDto.SlideNote> getSpeakerNotes(Id courseId) */
  const getSpeakerNotes: ApexMethod<{ courseId: string }, SlideNote[]>;
  export default getSpeakerNotes;
}

declare module '@salesforce/apex/PresenterController.getAudienceSources' {
  import type { AudienceSources } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static PresentationDto.AudienceSources getAudienceSources(Id accountId) */
  const getAudienceSources: ApexMethod<{ accountId?: string | null }, AudienceSources>;
  export default getAudienceSources;
}

declare module '@salesforce/apex/PresenterController.getMembers' {
  import type { Person } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static List<PresentationDto.Person> getMembers(Id sourceId) */
  const getMembers: ApexMethod<{ sourceId: string }, Person[]>;
  export default getMembers;
}

declare module '@salesforce/apex/PresenterController.startSession' {
  import type { AttendeeInput, SessionView } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static PresentationDto.SessionView startSession(Id courseId, Id accountId, List<AttendeeInput> attendees) */
  const startSession: ApexMethod<
    { courseId: string; accountId?: string | null; attendees: AttendeeInput[] },
    SessionView
  >;
  export default startSession;
}

declare module '@salesforce/apex/PresenterController.showSection' {
  import type { SessionView } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static PresentationDto.SessionView showSection(Id sessionId, Id sectionId) */
  const showSection: ApexMethod<{ sessionId: string; sectionId: string }, SessionView>;
  export default showSection;
}

declare module '@salesforce/apex/PresenterController.endSession' {
  import type { Summary } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static PresentationDto.Summary endSession(Id sessionId) */
  const endSession: ApexMethod<{ sessionId: string }, Summary>;
  export default endSession;
}

declare module '@salesforce/apex/PresenterController.getSummary' {
  import type { Summary } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static PresentationDto.Summary getSummary(Id sessionId) */
  const getSummary: ApexMethod<{ sessionId: string }, Summary>;
  export default getSummary;
}
