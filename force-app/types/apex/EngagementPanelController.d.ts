/**
 * Contract of the Apex class `EngagementPanelController` (force-app/main/engagement/classes): the engagement panel of
 * Account and Contact record pages. Result shapes are the `EngagementPanelDto` inner classes; Apex leaves null
 * properties out, so every property that can be null is optional. Ids are 18-character strings; date-times ISO 8601.
 *
 * Implemented in the org by EngagementPanelController.cls and in the workbench by
 * scripts/workbench/apex/EngagementPanelController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/EngagementPanelController' {
  /** EngagementPanelDto.Summary */
  export interface Summary {
    /** View, Present and Return events. */
    views: number;
    engagedContacts: number;
    coursesEngaged: number;
    lastEngagedAt?: string | null;
    /** Account/Contact `Entatio_Engagement_Score__c` (0-100), absent until the roll-up ran. */
    engagementScore?: number | null;
    awaitingReturnCount: number;
  }
  /** EngagementPanelDto.ContactRow */
  export interface ContactRow {
    id: string;
    name: string;
    title?: string | null;
    views: number;
    sections: number;
    lastEngagedAt?: string | null;
  }
  /** EngagementPanelDto.CourseRow */
  export interface CourseRow {
    id: string;
    name: string;
    topic?: string | null;
    views: number;
    sectionsViewed: number;
    sectionCount?: number | null;
    contacts: number;
  }
  /** EngagementPanelDto.HeatCell: views of one contact on one course. */
  export interface HeatCell {
    contactId: string;
    courseId: string;
    views: number;
  }
  /** EngagementPanelDto.SectionRow */
  export interface SectionRow {
    sectionId: string;
    title?: string | null;
    order?: number | null;
    topic?: string | null;
    courseId: string;
    courseName?: string | null;
    contactId?: string | null;
    contactName?: string | null;
    views?: number | null;
    lastViewedAt?: string | null;
  }
  /** EngagementPanelDto.Period: one calendar month (UTC), `YYYY-MM`. */
  export interface Period {
    month: string;
    views: number;
    wonAmount: number;
  }
  /** EngagementPanelDto.ListLimits */
  export interface ListLimits {
    contacts: number;
    courses: number;
    sections: number;
    months: number;
  }
  /** EngagementPanelDto.Panel */
  export interface Panel {
    scope: 'Account' | 'Contact';
    recordId: string;
    accountId?: string | null;
    summary: Summary;
    contacts: ContactRow[];
    courses: CourseRow[];
    heatMap: HeatCell[];
    topSections: SectionRow[];
    awaitingReturn: SectionRow[];
    notViewed: SectionRow[];
    overTime: Period[];
    limits: ListLimits;
  }
}

declare module '@salesforce/apex/EngagementPanelController.getPanel' {
  import type { Panel } from '@salesforce/apex/EngagementPanelController';
  /** @AuraEnabled(cacheable=true) public static EngagementPanelDto.Panel getPanel(Id recordId) */
  const getPanel: ApexMethod<{ recordId: string }, Panel>;
  export default getPanel;
}
