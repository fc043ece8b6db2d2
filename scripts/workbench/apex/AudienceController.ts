/**
 * The audience screens' Apex contract (`AudienceController`) over the workbench's sample data, with the rules and
 * messages of AudienceService.cls.
 *
 * Sharing groups, memberships and campaigns are not in the sample dataset: each session derives the same few
 * (`audienceState`) from it — an Internal "Customer Success Team" (the dataset's CSMs and account executives, with
 * an internal briefing course the workbench adds, since every dataset course is a Customer course), a Customer
 * "Customer Academy" (the contacts of two accounts, six customer courses, open sign-up for two customers' domains,
 * an Experience Cloud site) and a Customer "Partner Preview" (approval required, no site, two pending sign-ups) —
 * and two campaigns over every 7th and 11th contact. "Partner Preview" also keeps a course that became Internal
 * after it was shared (the workbench adds it too): the link stays, grants nothing and shows as not shared.
 * Changes live in the session (`POST /__workbench/reset`).
 * Sharing itself (Course__Share) is the org's business; the workbench keeps only memberships.
 */
import type getGroupsContract from '@salesforce/apex/AudienceController.getGroups';
import type getGroupContract from '@salesforce/apex/AudienceController.getGroup';
import type findSourcesContract from '@salesforce/apex/AudienceController.findSources';
import type previewInvitesContract from '@salesforce/apex/AudienceController.previewInvites';
import type inviteContract from '@salesforce/apex/AudienceController.invite';
import type setMemberStatusContract from '@salesforce/apex/AudienceController.setMemberStatus';
import type {
  CourseView,
  GroupDetail,
  GroupSummary,
  InviteRow,
  MemberStatus,
  MemberView,
  Source,
  Tier
} from '@salesforce/apex/AudienceController';
import { AuraHandledException, type ApexImplementation } from '../apex-runtime';
import type { WorkbenchData } from '../data';
import {
  ACADEMY_GROUP_ID,
  CAMPAIGN_PREFIX,
  INTERNAL_GROUP_ID,
  MEMBER_PREFIX,
  PARTNER_GROUP_ID,
  workbenchId
} from '../audience-samples';
import {
  isEmail,
  splitEmails,
  MAX_ROWS
} from '../../../force-app/main/audiences/lwc/audienceInvite/audienceInvite';

export interface WbGroup {
  id: string;
  name: string;
  tier: Tier;
  active: boolean;
  requiresApproval: boolean;
  allowedDomains: string[];
  networkId?: string;
  courseIds: string[];
}

export interface WbMember {
  id: string;
  groupId: string;
  userId?: string;
  contactId?: string;
  email?: string;
  fullName?: string;
  status: MemberStatus;
  invitedAt?: string;
  createdAt: string;
}

interface WbCampaign {
  id: string;
  name: string;
  contactIds: string[];
}

export interface AudienceState {
  groups: WbGroup[];
  members: WbMember[];
  campaigns: WbCampaign[];
  extraCourses: CourseView[];
  nextMember: number;
}

export const GROUP_NOT_FOUND = "The sharing group wasn't found, or you don't have access to it.";
export const NO_SITE_MESSAGE =
  'This group has no Experience Cloud site. Set its Experience Cloud Site Id to give contacts a login.';

const states = new WeakMap<WorkbenchData, AudienceState>();

type Row = Record<string, unknown> & { Id: string };

function domainOf(email: unknown): string {
  return (
    String(email ?? '')
      .split('@')[1]
      ?.toLowerCase() ?? ''
  );
}

/** The session's audiences, derived from the dataset on first use. */
export function audienceState(data: WorkbenchData): AudienceState {
  let state = states.get(data);
  if (state) return state;
  const accounts = data.records('Account') as Row[];
  const contacts = data.records('Contact') as Row[];
  const users = data.dataset.users;
  const customerCourses = (data.records('Course__c') as Row[]).filter(
    (c) => c.Audience_Tier__c === 'Customer'
  );
  const contactsOf = (accountId: string | undefined): Row[] =>
    contacts.filter((c) => c.AccountId === accountId);
  const academyAccounts = [accounts[1]?.Id, accounts[2]?.Id];
  const academyDomains = [accounts[0]?.Id, accounts[1]?.Id]
    .map((id) => domainOf(contactsOf(id)[0]?.Email))
    .filter(Boolean);
  const partnerDomain = domainOf(contactsOf(accounts[3]?.Id)[0]?.Email);
  const internalCourse: CourseView = {
    id: workbenchId('a01', 1),
    name: 'Product Briefing: Platform 5.0 for Customer Success',
    tier: 'Internal',
    status: 'Published'
  };
  const reclassifiedCourse: CourseView = {
    id: workbenchId('a01', 2),
    name: 'Pricing Roadmap 2027',
    tier: 'Internal',
    status: 'Published'
  };
  state = {
    groups: [
      {
        id: INTERNAL_GROUP_ID,
        name: 'Customer Success Team',
        tier: 'Internal',
        active: true,
        requiresApproval: false,
        allowedDomains: [],
        courseIds: [internalCourse.id]
      },
      {
        id: ACADEMY_GROUP_ID,
        name: 'Customer Academy',
        tier: 'Customer',
        active: true,
        requiresApproval: false,
        allowedDomains: academyDomains,
        networkId: '0DBEx0000000001',
        courseIds: customerCourses.slice(0, 6).map((c) => c.Id)
      },
      {
        id: PARTNER_GROUP_ID,
        name: 'Partner Preview',
        tier: 'Customer',
        active: true,
        requiresApproval: true,
        allowedDomains: partnerDomain ? [partnerDomain] : [],
        courseIds: [...customerCourses.slice(-1).map((c) => c.Id), reclassifiedCourse.id]
      }
    ],
    members: [],
    campaigns: [
      {
        id: workbenchId(CAMPAIGN_PREFIX, 1),
        name: 'Spring Customer Webinar',
        contactIds: contacts
          .filter((_, i) => i % 7 === 3)
          .slice(0, 40)
          .map((c) => c.Id)
      },
      {
        id: workbenchId(CAMPAIGN_PREFIX, 2),
        name: 'Platform 5.0 Upgrade Launch',
        contactIds: contacts
          .filter((_, i) => i % 11 === 5)
          .slice(0, 30)
          .map((c) => c.Id)
      }
    ],
    extraCourses: [internalCourse, reclassifiedCourse],
    nextMember: 1
  };
  const created = data.dataset.generatedAt;
  const add = (member: Omit<WbMember, 'id' | 'createdAt'>): void => {
    state!.members.push({
      ...member,
      id: workbenchId(MEMBER_PREFIX, state!.nextMember++),
      createdAt: created
    });
  };
  for (const user of users.filter((u) => u.role === 'CSM' || u.role === 'Account Executive')) {
    add({
      groupId: INTERNAL_GROUP_ID,
      userId: user.Id,
      email: user.Email,
      fullName: user.Name,
      status: 'Active'
    });
  }
  for (const contact of academyAccounts.flatMap((id) => contactsOf(id))) {
    add({
      groupId: ACADEMY_GROUP_ID,
      contactId: contact.Id,
      email: String(contact.Email),
      fullName: String(contact.Name),
      status: 'Active',
      invitedAt: created
    });
  }
  if (partnerDomain) {
    add({
      groupId: PARTNER_GROUP_ID,
      email: `sam.lee@${partnerDomain}`,
      fullName: 'Sam Lee',
      status: 'Pending_Approval'
    });
    add({
      groupId: PARTNER_GROUP_ID,
      email: `ida.novak@${partnerDomain}`,
      fullName: 'Ida Novak',
      status: 'Pending_Approval'
    });
  }
  states.set(data, state);
  return state;
}

/** AudienceSharingService.tierAllows: a group receives only courses of its own tier. */
export function tierAllows(groupTier: Tier | null | undefined, courseTier: Tier | null | undefined): boolean {
  return !!groupTier && groupTier === courseTier;
}

/** AudienceService.notSharedReason. */
export function notSharedReason(groupTier: Tier, courseTier: Tier | null | undefined): string {
  const customer = groupTier === 'Customer';
  return (
    'Not shared: ' +
    (courseTier ? `the course is ${courseTier} now` : 'the course has no audience tier') +
    `, and ${customer ? 'a Customer' : 'an Internal'} group receives only ${customer ? 'Customer' : 'Internal'} ` +
    "courses. Remove it from the group, or change the course's tier back."
  );
}

function withAccess(group: WbGroup, course: CourseView): CourseView {
  const shared = tierAllows(group.tier, course.tier);
  return shared
    ? { ...course, shared }
    : { ...course, shared, notSharedReason: notSharedReason(group.tier, course.tier) };
}

function requireGroup(state: AudienceState, groupId: string | undefined): WbGroup {
  const group = state.groups.find((g) => g.id === groupId);
  if (!group) throw new AuraHandledException(GROUP_NOT_FOUND);
  return group;
}

function summaryOf(state: AudienceState, group: WbGroup): GroupSummary {
  const members = state.members.filter((m) => m.groupId === group.id);
  return {
    id: group.id,
    name: group.name,
    tier: group.tier,
    active: group.active,
    requiresApproval: group.requiresApproval,
    allowedDomains: group.allowedDomains,
    memberCount: members.filter((m) => m.status === 'Active').length,
    pendingCount: members.filter((m) => m.status === 'Pending_Approval').length,
    courseCount: group.courseIds.length
  };
}

function memberView(data: WorkbenchData, member: WbMember): MemberView {
  const user = member.userId ? data.get(member.userId)?.record : undefined;
  const contact = member.contactId ? data.get(member.contactId)?.record : undefined;
  const person = user ?? contact;
  return {
    id: member.id,
    name: person ? String(person.Name) : (member.fullName ?? member.email),
    email: person ? String(person.Email) : member.email,
    kind: user ? 'User' : contact ? 'Contact' : 'Email',
    status: member.status,
    invitedAt: member.invitedAt
  };
}

function personKey(member: WbMember): string | undefined {
  return member.contactId ?? member.userId;
}

const STATUS_ORDER: Record<MemberStatus, number> = { Pending_Approval: 0, Active: 1, Removed: 2 };

export const getGroups: ApexImplementation<typeof getGroupsContract> = (_params, { data }) => {
  const state = audienceState(data);
  return [...state.groups].sort((a, b) => a.name.localeCompare(b.name)).map((g) => summaryOf(state, g));
};

export const getGroup: ApexImplementation<typeof getGroupContract> = ({ groupId }, { data }) => {
  const state = audienceState(data);
  const group = requireGroup(state, groupId);
  const members = state.members
    .filter((m) => m.groupId === group.id)
    .map((m) => memberView(data, m))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        String(a.name ?? '').localeCompare(String(b.name ?? ''))
    )
    .slice(0, 200);
  const courses: CourseView[] = group.courseIds
    .map((id): CourseView | undefined => {
      const extra = state.extraCourses.find((c) => c.id === id);
      if (extra) return extra;
      const course = data.get(id)?.record;
      return course
        ? {
            id,
            name: String(course.Name),
            tier: course.Audience_Tier__c as Tier,
            status: String(course.Status__c)
          }
        : undefined;
    })
    .filter((c): c is CourseView => !!c)
    .map((c) => withAccess(group, c))
    .sort((a, b) => a.name.localeCompare(b.name));
  const detail: GroupDetail = {
    summary: summaryOf(state, group),
    members,
    courses,
    canManage: true,
    canCreateLogins: group.tier === 'Customer' && !!group.networkId,
    loginMessage:
      group.tier === 'Internal'
        ? 'Internal groups use internal users: they already have a login.'
        : group.networkId
          ? undefined
          : NO_SITE_MESSAGE
  };
  return detail;
};

export const findSources: ApexImplementation<typeof findSourcesContract> = ({ searchTerm }, { data }) => {
  const term = (searchTerm ?? '').trim().toLowerCase();
  if (term.length < 2) return [];
  const state = audienceState(data);
  const accounts: Source[] = (data.records('Account') as Row[])
    .filter((a) => String(a.Name).toLowerCase().includes(term))
    .sort((a, b) => String(a.Name).localeCompare(String(b.Name)))
    .slice(0, 10)
    .map((a) => ({ id: a.Id, name: String(a.Name), kind: 'Account' }));
  const campaigns: Source[] = state.campaigns
    .filter((c) => c.name.toLowerCase().includes(term))
    .map((c) => ({ id: c.id, name: c.name, kind: 'Campaign' }));
  return [...accounts, ...campaigns];
};

function newRow(source: InviteRow['source'], input: string, person?: Row): InviteRow {
  return {
    rowNumber: 0,
    source,
    input,
    personId: person?.Id,
    name: person ? String(person.Name) : undefined,
    email: person ? String(person.Email) : source === 'Pasted' ? input : undefined,
    status: 'Ready',
    hasLogin: false
  };
}

export const previewInvites: ApexImplementation<typeof previewInvitesContract> = (
  { groupId, sourceIds, emails },
  { data }
) => {
  const state = audienceState(data);
  const group = requireGroup(state, groupId);
  const customer = group.tier === 'Customer';
  const rows: InviteRow[] = [];
  const contacts = data.records('Contact') as Row[];
  const ids = sourceIds ?? [];
  const accountIds = ids.filter((id) => id.startsWith('001'));
  const campaignIds = ids.filter((id) => id.startsWith(CAMPAIGN_PREFIX));
  if (accountIds.length || campaignIds.length) {
    if (!customer) {
      rows.push({
        ...newRow('Account', 'Accounts and campaigns'),
        status: 'Wrong_Tier',
        message: 'Internal groups are for internal users: paste their email addresses.'
      });
    } else {
      for (const contact of contacts
        .filter((c) => accountIds.includes(String(c.AccountId)))
        .sort((a, b) => String(a.Name).localeCompare(String(b.Name)))) {
        rows.push(newRow('Account', String(data.get(String(contact.AccountId))?.record.Name ?? ''), contact));
      }
      for (const campaign of state.campaigns.filter((c) => campaignIds.includes(c.id))) {
        for (const contactId of campaign.contactIds) {
          const contact = data.get(contactId)?.record as Row | undefined;
          if (contact) rows.push(newRow('Campaign', campaign.name, contact));
        }
      }
    }
  }
  const entries = splitEmails(emails);
  if (entries.length > MAX_ROWS) {
    throw new AuraHandledException(`Paste at most ${MAX_ROWS} email addresses at a time.`);
  }
  const people = customer ? contacts : (data.records('User') as Row[]);
  for (const entry of entries) {
    if (!isEmail(entry)) {
      rows.push({
        ...newRow('Pasted', entry),
        status: 'Invalid_Email',
        message: 'Not a valid email address.'
      });
      continue;
    }
    const person = people.find((p) => String(p.Email).toLowerCase() === entry.toLowerCase());
    if (!person) {
      rows.push({
        ...newRow('Pasted', entry),
        status: 'Not_Found',
        message: customer
          ? 'No contact has this email address. Add the contact first.'
          : 'No active internal user has this email address.'
      });
      continue;
    }
    rows.push(newRow('Pasted', entry, person));
  }
  if (rows.length > MAX_ROWS) {
    throw new AuraHandledException(
      `Invite at most ${MAX_ROWS} people at a time. Split the list and invite the rest next.`
    );
  }
  const memberByPerson = new Map<string, WbMember>();
  for (const member of state.members.filter((m) => m.groupId === group.id)) {
    const key = personKey(member);
    if (key) memberByPerson.set(key, member);
  }
  const firstRow = new Map<string, number>();
  rows.forEach((row, index) => {
    row.rowNumber = index + 1;
    if (row.status !== 'Ready' || !row.personId) return;
    const first = firstRow.get(row.personId);
    if (first !== undefined) {
      row.status = 'Duplicate';
      row.message = `Also in row ${first}.`;
      return;
    }
    firstRow.set(row.personId, row.rowNumber);
    const member = memberByPerson.get(row.personId);
    if (member?.status === 'Active') {
      row.status = 'Already_Member';
      row.message = 'Already a member.';
    } else if (member?.status === 'Pending_Approval') {
      row.message = 'Waiting for approval: inviting approves the request.';
    } else if (member) {
      row.message = 'Removed earlier: inviting adds them again.';
    }
  });
  const readyCount = rows.filter((r) => r.status === 'Ready').length;
  return {
    rows,
    readyCount,
    problemCount: rows.length - readyCount,
    canCreateLogins: customer && !!group.networkId,
    loginMessage: customer ? (group.networkId ? undefined : NO_SITE_MESSAGE) : undefined,
    canSendEmail: true
  };
};

export const invite: ApexImplementation<typeof inviteContract> = (
  { groupId, personIds, sendEmail, createLogins },
  { data, now }
) => {
  const state = audienceState(data);
  const group = requireGroup(state, groupId);
  const people = [...new Set((personIds ?? []).filter(Boolean))];
  if (!people.length) throw new AuraHandledException('Choose at least one person to invite.');
  if (people.length > MAX_ROWS)
    throw new AuraHandledException(`Invite at most ${MAX_ROWS} people at a time.`);
  const summary = {
    added: 0,
    reactivated: 0,
    skipped: 0,
    failed: 0,
    emailsSent: 0,
    loginsRequested: 0,
    errors: [] as { personId?: string; message: string }[],
    messages: [] as string[]
  };
  const invitedAt = now.toISOString();
  const invited: Row[] = [];
  for (const personId of people) {
    const found = data.get(personId);
    const isContact = found?.objectApiName === 'Contact';
    const isUser = found?.objectApiName === 'User';
    if (!found || (!isContact && !isUser)) {
      summary.failed++;
      summary.errors.push({ personId, message: "Not found, or you don't have access to this person." });
      continue;
    }
    if ((group.tier === 'Internal') !== isUser) {
      summary.failed++;
      summary.errors.push({
        personId,
        message:
          group.tier === 'Internal'
            ? 'Members of an Internal group are internal users. Add contacts and Experience Cloud users to a Customer group.'
            : 'Members of a Customer group are contacts or Experience Cloud users. Add internal users to an Internal group.'
      });
      continue;
    }
    const existing = state.members.find((m) => m.groupId === group.id && personKey(m) === personId);
    if (existing?.status === 'Active') {
      summary.skipped++;
      continue;
    }
    if (existing) {
      existing.status = 'Active';
      existing.invitedAt = invitedAt;
      summary.reactivated++;
    } else {
      state.members.push({
        id: workbenchId(MEMBER_PREFIX, state.nextMember++),
        groupId: group.id,
        contactId: isContact ? personId : undefined,
        userId: isUser ? personId : undefined,
        email: String(found.record.Email ?? ''),
        fullName: String(found.record.Name ?? ''),
        status: 'Active',
        invitedAt,
        createdAt: invitedAt
      });
      summary.added++;
    }
    invited.push(found.record as Row);
  }
  if (sendEmail && invited.length) summary.emailsSent = invited.filter((p) => p.Email).length;
  if (createLogins && group.tier === 'Customer') {
    if (!group.networkId) {
      summary.messages.push(NO_SITE_MESSAGE);
    } else {
      summary.loginsRequested = invited.length;
      if (invited.length) {
        summary.messages.push(
          `${invited.length} Experience Cloud logins are being created; Salesforce emails each person a welcome with their username.`
        );
      }
    }
  }
  return summary;
};

export const setMemberStatus: ApexImplementation<typeof setMemberStatusContract> = (
  { memberId, status },
  { data }
) => {
  if (status !== 'Active' && status !== 'Removed' && status !== 'Pending_Approval') {
    throw new AuraHandledException('Choose Active, Pending approval or Removed.');
  }
  const state = audienceState(data);
  const member = state.members.find((m) => m.id === memberId);
  if (!member) throw new AuraHandledException("The member wasn't found, or you don't have access to it.");
  if (status === 'Active' && !member.contactId && !member.userId) {
    throw new AuraHandledException(
      `This sign-up has no matching contact yet. Create a contact with ${member.email}, then invite it.`
    );
  }
  member.status = status;
  return memberView(data, member);
};
