/**
 * The sign-up form's Apex contract (`AudienceSignUpController`) over the workbench's sample groups
 * (`audienceState` in ./AudienceController), with the rules and messages of AudienceSignUpService.cls: an active
 * Customer group with allowed domains, the address's domain (or a subdomain) allowed, Active when the group needs no
 * approval and exactly one contact has the address, else Pending approval; an existing membership gets the same
 * answer; at most 100 sign-ups per group and hour.
 */
import type signUpContract from '@salesforce/apex/AudienceSignUpController.signUp';
import type { SignUpResult } from '@salesforce/apex/AudienceSignUpController';
import type { ApexImplementation } from '../apex-runtime';
import { audienceState } from './AudienceController';
import { MEMBER_PREFIX, workbenchId } from '../audience-samples';
import { isEmail } from '../../../force-app/main/audiences/lwc/audienceInvite/audienceInvite';

const ACTIVE_MESSAGE = "Thanks, you're signed up. You'll find the courses when you log in to the site.";
const PENDING_MESSAGE = "Thanks, your request was received. You'll get access once it is approved.";
const DOMAIN_MESSAGE =
  'Sign-up is not open to this email address. Use your work email address, or ask your contact for an invitation.';
const CLOSED_MESSAGE = 'Sign-up is not available here. Ask your contact for an invitation.';
const BUSY_MESSAGE = "We're receiving many sign-ups right now. Try again in an hour.";
const MAX_SIGN_UPS_PER_HOUR = 100;

const refused = (message: string): SignUpResult => ({ status: 'Refused', message });

export const signUp: ApexImplementation<typeof signUpContract> = (
  { groupId, fullName, email },
  { data, now }
) => {
  const name = (fullName ?? '').replace(/\s+/g, ' ').trim();
  const address = (email ?? '').trim().toLowerCase();
  if (!name || name.length > 121) return refused('Enter your name (at most 121 characters).');
  if (address.length > 80 || !isEmail(address)) return refused('Enter a valid email address.');
  const state = audienceState(data);
  const group = state.groups.find((g) => g.id === groupId);
  if (!group || !group.active || group.tier !== 'Customer' || !group.allowedDomains.length) {
    return refused(CLOSED_MESSAGE);
  }
  const domain = address.split('@')[1] ?? '';
  if (!group.allowedDomains.some((d) => domain === d || domain.endsWith('.' + d)))
    return refused(DOMAIN_MESSAGE);
  const hourAgo = now.getTime() - 3600_000;
  const recent = state.members.filter(
    (m) => m.groupId === group.id && !m.invitedAt && Date.parse(m.createdAt) >= hourAgo
  ).length;
  if (recent >= MAX_SIGN_UPS_PER_HOUR) return refused(BUSY_MESSAGE);
  const contacts = data.records('Contact').filter((c) => String(c.Email).toLowerCase() === address);
  const contactId = contacts.length === 1 ? contacts[0]!.Id : undefined;
  const active = !group.requiresApproval && !!contactId;
  const existing = state.members.some(
    (m) =>
      m.groupId === group.id &&
      ((contactId && m.contactId === contactId) || m.email?.toLowerCase() === address)
  );
  if (!existing) {
    state.members.push({
      id: workbenchId(MEMBER_PREFIX, state.nextMember++),
      groupId: group.id,
      contactId,
      email: address,
      fullName: name,
      status: active ? 'Active' : 'Pending_Approval',
      createdAt: now.toISOString()
    });
  }
  return active
    ? { status: 'Active', message: ACTIVE_MESSAGE }
    : { status: 'Pending_Approval', message: PENDING_MESSAGE };
};
