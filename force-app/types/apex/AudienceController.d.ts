/**
 * Contract of the Apex class `AudienceController` (force-app/main/audiences/classes): sharing groups, their members
 * and courses, and the invite wizard. Result shapes are the `AudienceDto` inner classes; Apex leaves null properties
 * out, so properties that can be null are optional. Ids are 18-character strings; date-times ISO 8601 strings.
 *
 * Implemented in the org by AudienceController.cls and in the workbench by scripts/workbench/apex/AudienceController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/AudienceController' {
  export type Tier = 'Internal' | 'Customer';
  export type MemberStatus = 'Active' | 'Pending_Approval' | 'Removed';
  export type RowStatus =
    'Ready' | 'Already_Member' | 'Duplicate' | 'Invalid_Email' | 'Not_Found' | 'Wrong_Tier';

  /** AudienceDto.GroupSummary */
  export interface GroupSummary {
    id: string;
    name: string;
    tier: Tier;
    active: boolean;
    requiresApproval: boolean;
    allowedDomains: string[];
    memberCount: number;
    pendingCount: number;
    courseCount: number;
  }

  /** AudienceDto.GroupDetail */
  export interface GroupDetail {
    summary: GroupSummary;
    /** Pending members first, then by name; at most 200. */
    members: MemberView[];
    courses: CourseView[];
    canManage: boolean;
    canCreateLogins: boolean;
    loginMessage?: string | null;
  }

  /** AudienceDto.MemberView */
  export interface MemberView {
    id: string;
    name?: string | null;
    email?: string | null;
    kind: 'User' | 'Contact' | 'Email';
    status: MemberStatus;
    invitedAt?: string | null;
  }

  /** AudienceDto.CourseView */
  export interface CourseView {
    id: string;
    name: string;
    tier?: Tier | null;
    status?: string | null;
    /**
     * Whether the link gives the group's members access: false when the course's tier is not the group's (its tier
     * changed after it was shared; the link stays but grants nothing), absent when the user cannot see the course.
     */
    shared?: boolean | null;
    /** Why the course is not shared and what to do, when `shared` is false. */
    notSharedReason?: string | null;
  }

  /** AudienceDto.Source: an account (its contacts) or a campaign (its members). */
  export interface Source {
    id: string;
    name: string;
    kind: 'Account' | 'Campaign';
  }

  /** AudienceDto.InviteRow */
  export interface InviteRow {
    rowNumber: number;
    source: 'Account' | 'Campaign' | 'Pasted';
    input?: string | null;
    personId?: string | null;
    name?: string | null;
    email?: string | null;
    status: RowStatus;
    message?: string | null;
    hasLogin: boolean;
  }

  /** AudienceDto.InvitePreview */
  export interface InvitePreview {
    rows: InviteRow[];
    readyCount: number;
    problemCount: number;
    canCreateLogins: boolean;
    loginMessage?: string | null;
    canSendEmail: boolean;
  }

  /** AudienceDto.RowError */
  export interface RowError {
    personId?: string | null;
    message: string;
  }

  /** AudienceDto.InviteSummary */
  export interface InviteSummary {
    added: number;
    reactivated: number;
    skipped: number;
    failed: number;
    emailsSent: number;
    loginsRequested: number;
    errors: RowError[];
    messages: string[];
  }
}

declare module '@salesforce/apex/AudienceController.getGroups' {
  import type { GroupSummary } from '@salesforce/apex/AudienceController';
  /** @AuraEnabled public static List<AudienceDto.GroupSummary> getGroups() */
  const getGroups: ApexMethod<void, GroupSummary[]>;
  export default getGroups;
}

declare module '@salesforce/apex/AudienceController.getGroup' {
  import type { GroupDetail } from '@salesforce/apex/AudienceController';
  /** @AuraEnabled public static AudienceDto.GroupDetail getGroup(Id groupId) */
  const getGroup: ApexMethod<{ groupId: string }, GroupDetail>;
  export default getGroup;
}

declare module '@salesforce/apex/AudienceController.findSources' {
  import type { Source } from '@salesforce/apex/AudienceController';
  /** @AuraEnabled public static List<AudienceDto.Source> findSources(String searchTerm) */
  const findSources: ApexMethod<{ searchTerm: string }, Source[]>;
  export default findSources;
}

declare module '@salesforce/apex/AudienceController.previewInvites' {
  import type { InvitePreview } from '@salesforce/apex/AudienceController';
  /** @AuraEnabled public static AudienceDto.InvitePreview previewInvites(Id groupId, List<Id> sourceIds, String emails) */
  const previewInvites: ApexMethod<{ groupId: string; sourceIds: string[]; emails: string }, InvitePreview>;
  export default previewInvites;
}

declare module '@salesforce/apex/AudienceController.invite' {
  import type { InviteSummary } from '@salesforce/apex/AudienceController';
  /** @AuraEnabled public static AudienceDto.InviteSummary invite(Id groupId, List<Id> personIds, Boolean sendEmail, Boolean createLogins) */
  const invite: ApexMethod<
    { groupId: string; personIds: string[]; sendEmail: boolean; createLogins: boolean },
    InviteSummary
  >;
  export default invite;
}

declare module '@salesforce/apex/AudienceController.setMemberStatus' {
  import type { MemberStatus, MemberView } from '@salesforce/apex/AudienceController';
  /** @AuraEnabled public static AudienceDto.MemberView setMemberStatus(Id memberId, String status) */
  const setMemberStatus: ApexMethod<{ memberId: string; status: MemberStatus }, MemberView>;
  export default setMemberStatus;
}
