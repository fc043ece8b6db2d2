/**
 * Pure logic of live presenting, shared by c/presenter and c/followAlong (no template, no Apex, no DOM): the
 * presenter's keys (keyboards and presentation clickers, which send PageUp/PageDown, arrows, B and period), durations
 * as a presenter reads them, the audience list (nobody twice) and the fields of `Presentation__e` messages whatever
 * the package namespace.
 */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'black' | 'white' | 'exit';

const KEY_ACTIONS: Record<string, KeyAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  w: 'white',
  W: 'white',
  ',': 'white',
  Escape: 'exit'
};

/** What a key does in the presenter, or undefined for keys it leaves alone (with a modifier: always). */
export function keyAction(event: {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}): KeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return Object.prototype.hasOwnProperty.call(KEY_ACTIONS, event.key) ? KEY_ACTIONS[event.key] : undefined;
}

/** "0:07", "12:30", "1:02:03". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Someone in the audience being put together (before the session starts). */
export interface AudienceMember {
  /** contactId, or `email:<address>` for a person typed in by hand. */
  key: string;
  contactId?: string | null;
  // eslint-disable-next-line no-restricted-globals -- a property, not window.name
  name: string;
  detail?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  source: 'Account' | 'Campaign' | 'Sharing_Group' | 'Ad_Hoc';
}

/** The audience with `additions` appended, nobody twice (same contact, or same email typed twice). */
export function mergeAudience(audience: AudienceMember[], additions: AudienceMember[]): AudienceMember[] {
  const keys = new Set(audience.map((m) => m.key.toLowerCase()));
  const emails = new Set(audience.map((m) => m.email?.trim().toLowerCase()).filter((e): e is string => !!e));
  const merged = [...audience];
  for (const member of additions) {
    const email = member.email?.trim().toLowerCase();
    if (keys.has(member.key.toLowerCase()) || (!member.contactId && email && emails.has(email))) continue;
    keys.add(member.key.toLowerCase());
    if (email) emails.add(email);
    merged.push(member);
  }
  return merged;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why a person typed in by hand can't be added, or undefined when they can. */
export function adHocProblem(person: {
  lastName?: string | null;
  email?: string | null;
}): string | undefined {
  if (!person.lastName?.trim()) return 'Enter a last name.';
  if (!person.email?.trim()) return 'Enter an email address: it finds the existing contact.';
  if (!EMAIL.test(person.email.trim())) return 'Enter a valid email address.';
  return undefined;
}

/** A field of a platform event payload, with or without the package namespace (`ns__Session_Id__c`). */
export function payloadField(payload: unknown, field: string): unknown {
  if (!payload || typeof payload !== 'object') return undefined;
  const record = payload as Record<string, unknown>;
  if (field in record) return record[field];
  const suffix = `__${field}`;
  const key = Object.keys(record).find(
    (k) => k.endsWith(suffix) && !k.slice(0, -suffix.length).includes('__')
  );
  return key === undefined ? undefined : record[key];
}

/** A slide change or end of a session, read from a `Presentation__e` message. */
export interface PresentationMessage {
  sessionId: string;
  sectionId?: string;
  // eslint-disable-next-line no-restricted-globals -- a property, not window.status
  status: 'Live' | 'Ended';
  sequence: number;
}

export function presentationMessage(payload: unknown): PresentationMessage | undefined {
  const sessionId = payloadField(payload, 'Session_Id__c');
  const status = payloadField(payload, 'Status__c');
  if (typeof sessionId !== 'string' || (status !== 'Live' && status !== 'Ended')) return undefined;
  const sectionId = payloadField(payload, 'Section_Id__c');
  const sequence = Number(payloadField(payload, 'Sequence__c'));
  return {
    sessionId,
    sectionId: typeof sectionId === 'string' && sectionId ? sectionId : undefined,
    status,
    sequence: Number.isFinite(sequence) ? sequence : 0
  };
}

/** Salesforce ids compare equal in their 15- and 18-character forms. */
export function sameId(a?: string | null, b?: string | null): boolean {
  return !!a && !!b && a.slice(0, 15) === b.slice(0, 15);
}
