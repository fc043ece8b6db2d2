/**
 * The invite wizard's and sign-up form's rules, shared and unit-tested, without a template: how pasted text becomes
 * email addresses (the same rules as Apex `AudienceService.splitEmails` / `isEmail`, so the count the wizard shows
 * before the preview is the server's), and how row statuses read.
 */
import type { RowStatus, MemberStatus } from '@salesforce/apex/AudienceController';

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Most addresses one preview takes (Apex `AudienceService.MAX_ROWS`). */
export const MAX_ROWS = 2000;

export function isEmail(value: string): boolean {
  return value.length <= 80 && EMAIL.test(value);
}

/** Entries of pasted text: split at commas, semicolons, spaces and new lines; "Name <a@b.c>" and mailto: give a@b.c. */
export function splitEmails(text: string | null | undefined): string[] {
  if (!text || !text.trim()) return [];
  const cleaned = text.replace(/[^,;\n<>]*<([^<>\s]+)>/g, '$1');
  return cleaned
    .split(/[\s,;]+/)
    .map((part) => part.trim().replace(/^mailto:/, ''))
    .filter((part) => part.length > 0);
}

export interface PastedCount {
  total: number;
  valid: number;
  invalid: number;
  /** Valid addresses seen more than once (case-insensitive). */
  repeated: number;
}

export function countPasted(text: string | null | undefined): PastedCount {
  const entries = splitEmails(text);
  const seen = new Set<string>();
  let valid = 0;
  let repeated = 0;
  for (const entry of entries) {
    if (!isEmail(entry)) continue;
    valid++;
    const key = entry.toLowerCase();
    if (seen.has(key)) repeated++;
    seen.add(key);
  }
  return { total: entries.length, valid, invalid: entries.length - valid, repeated };
}

/** A sentence for the count under the paste box. */
export function describePasted(count: PastedCount): string {
  if (count.total === 0) return 'No addresses pasted.';
  const parts = [`${count.total} ${count.total === 1 ? 'address' : 'addresses'}`];
  if (count.invalid) parts.push(`${count.invalid} not valid`);
  if (count.repeated) parts.push(`${count.repeated} repeated`);
  return parts.join(', ') + '.';
}

const ROW_LABELS: Record<RowStatus, string> = {
  Ready: 'Ready',
  Already_Member: 'Already a member',
  Duplicate: 'Duplicate',
  Invalid_Email: 'Invalid email',
  Not_Found: 'Not found',
  Wrong_Tier: 'Wrong audience'
};

export function rowStatusLabel(status: RowStatus): string {
  return ROW_LABELS[status] ?? status;
}

/** SLDS badge class of a row status: success for Ready, warning for skips, error for problems. */
export function rowBadgeClass(status: RowStatus): string {
  if (status === 'Ready') return 'slds-badge slds-theme_success';
  if (status === 'Already_Member' || status === 'Duplicate') return 'slds-badge slds-badge_lightest';
  return 'slds-badge slds-theme_error';
}

const MEMBER_LABELS: Record<MemberStatus, string> = {
  Active: 'Active',
  Pending_Approval: 'Pending approval',
  Removed: 'Removed'
};

export function memberStatusLabel(status: MemberStatus): string {
  return MEMBER_LABELS[status] ?? status;
}

export interface SummaryCounts {
  added: number;
  reactivated: number;
  skipped: number;
  failed: number;
  emailsSent: number;
  loginsRequested: number;
}

/** One sentence summing up an invitation. */
export function describeSummary(summary: SummaryCounts): string {
  const people = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`;
  const parts = [`Added ${people(summary.added + summary.reactivated)}`];
  if (summary.skipped) parts.push(`${summary.skipped} already in the group`);
  if (summary.failed) parts.push(`${summary.failed} failed`);
  if (summary.emailsSent)
    parts.push(`${summary.emailsSent} invitation ${summary.emailsSent === 1 ? 'email' : 'emails'} sent`);
  if (summary.loginsRequested) parts.push(`${summary.loginsRequested} site logins requested`);
  return parts.join(', ') + '.';
}
