/**
 * Contract of the Apex class `ViewerController` (force-app/main/engagement/classes): the course viewer's server side.
 * Parameter names are the Apex parameter names (components pass parameters by name); result shapes are the
 * `ViewerDto` inner classes. Apex leaves null properties out of a result, so every property that can be null is
 * optional here. Ids are 18-character strings; date-times are ISO 8601 strings.
 *
 * Implemented in the org by ViewerController.cls and in the workbench by scripts/workbench/apex/ViewerController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/ViewerController' {
  /** `Section__c.Media_Type__c`. */
  export type MediaType = 'Slide_Page' | 'Image' | 'Video' | 'HTML' | 'Link';
  /** Whether a section's picture can be shown. */
  export type RenditionStatus = 'Pending' | 'Ready' | 'Unavailable';
  /** `Activity__c.State__c`. */
  export type ActivityState = 'Not_Viewed' | 'Viewed' | 'Not_Viewed_Again' | 'Viewed_Again';
  /** `Engagement_Event__c.Channel__c`. */
  export type Channel = 'Live' | 'On_Demand' | 'Portal';
  /**
   * What a viewer's client may send (Return is recorded as View or Return by the server's visit rule). Complete: the
   * viewer reached the course's last section; Watched: the viewer played a video section to its end.
   */
  export type ClientEventType = 'View' | 'Present' | 'Return' | 'Complete' | 'Watched' | 'Download';

  /** ViewerDto.CourseView: a course as the viewer shows it. */
  export interface CourseView {
    id: string;
    name: string;
    description?: string | null;
    topic?: string | null;
    /** Published; Draft or Archived only for a user who may edit the course (a preview). */
    status: 'Draft' | 'Published' | 'Archived';
    publishedAt?: string | null;
    sectionCount: number;
    /** In presentation order. */
    sections: SectionView[];
    /** The running viewer's activity on each section, in the order of `sections`. */
    activities: ActivityView[];
    /** The section the viewer saw last (where to resume); absent on a first visit. */
    resumeSectionId?: string | null;
    /** The channel events carry unless they belong to a live session. */
    channel: Channel;
    /** The server's clock: date events with `Date.now() + (serverTime - clientTimeAtResponse)`. */
    serverTime: string;
    eventLimits: EventLimits;
  }

  /** ViewerDto.SectionView: one section and how to show it. */
  export interface SectionView {
    id: string;
    /** 1-based position in the course. */
    position: number;
    title: string;
    description?: string | null;
    topic?: string | null;
    mediaType: MediaType;
    /** Slide_Page: the page of the file, from 1. */
    pageNumber?: number | null;
    status: RenditionStatus;
    /** A picture of the page (Slide_Page, when Ready) or the image itself (Image). For an <img> only. */
    imageUrl?: string | null;
    /** The file itself (download, video source, HTML package). */
    mediaUrl?: string | null;
    /** Links and video links: only for a sandboxed iframe or a new tab, never as HTML. */
    linkUrl?: string | null;
    /** For Pending and Unavailable: what to show instead of the picture. */
    message?: string | null;
  }

  /** ViewerDto.ActivityView: the running viewer's activity on one section. */
  export interface ActivityView {
    sectionId: string;
    state: ActivityState;
    viewCount: number;
    /** Visits in which the section was viewed. */
    visitCount: number;
    firstViewedAt?: string | null;
    lastViewedAt?: string | null;
    totalDwellSeconds: number;
  }

  /** ViewerDto.EventLimits: the rules recordEvents applies. */
  export interface EventLimits {
    /** Events per call; more come back as `retry`. */
    maxEventsPerCall: number;
    maxKeyLength: number;
    /** Dwell above this is counted as this. */
    maxDwellSeconds: number;
    /** Events dated further ahead of the server's clock are rejected. */
    maxClockSkewSeconds: number;
    /** Older events are rejected. */
    maxEventAgeDays: number;
  }

  /**
   * ViewerDto.ClientEvent: one event of the viewer's queue. There is no viewer property: the server always records
   * the running user (anything else the client sends is ignored).
   */
  export interface ClientEvent {
    /** Made by the client once per event (e.g. crypto.randomUUID()) and kept across resends: [A-Za-z0-9_.:-]{1,64}. */
    key: string;
    type: ClientEventType;
    sectionId: string;
    /** The section shown before (a hint; for views the server derives it from the visit rule). */
    previousSectionId?: string | null;
    courseId?: string | null;
    /** The live presentation session, for events of a live presentation. */
    sessionId?: string | null;
    /** ISO 8601, on the server's clock (see `CourseView.serverTime`). For a view: when the section was shown. */
    occurredAt: string;
    /** Views: seconds the section was shown (send the view when the viewer leaves the section). */
    dwellSeconds?: number | null;
    /** Default: `CourseView.channel` (Live when `sessionId` is set). */
    channel?: Channel | null;
  }

  /**
   * ViewerDto.RecordResult: drop `accepted` and `rejected` keys from the queue; keep `retry` keys (and every key of a
   * call that failed altogether) and send them again. Each key is recorded at most once, so resending is safe.
   */
  export interface RecordResult {
    accepted: string[];
    rejected: RejectedEvent[];
    retry: string[];
  }

  /** ViewerDto.RejectedEvent. */
  export interface RejectedEvent {
    /** The key as sent (absent when the event had none). */
    key?: string | null;
    reason: string;
  }
}

declare module '@salesforce/apex/ViewerController.openCourse' {
  import type { CourseView } from '@salesforce/apex/ViewerController';
  /** @AuraEnabled public static ViewerDto.CourseView openCourse(Id courseId) */
  const openCourse: ApexMethod<{ courseId: string }, CourseView>;
  export default openCourse;
}

declare module '@salesforce/apex/ViewerController.recordEvents' {
  import type { ClientEvent, RecordResult } from '@salesforce/apex/ViewerController';
  /** @AuraEnabled public static ViewerDto.RecordResult recordEvents(List<ViewerDto.ClientEvent> events) */
  const recordEvents: ApexMethod<{ events: ClientEvent[] }, RecordResult>;
  export default recordEvents;
}
