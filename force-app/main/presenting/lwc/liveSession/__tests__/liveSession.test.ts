import {
  adHocProblem,
  formatDuration,
  keyAction,
  mergeAudience,
  payloadField,
  presentationMessage,
  sameId,
  type AudienceMember
} from 'c/liveSession';

describe('c/liveSession', () => {
  it('maps keyboard and clicker keys to presenter actions', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
      expect(keyAction({ key })).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
      expect(keyAction({ key })).toBe('previous');
    expect(keyAction({ key: 'b' })).toBe('black');
    expect(keyAction({ key: 'B' })).toBe('black');
    expect(keyAction({ key: '.' })).toBe('black');
    expect(keyAction({ key: 'w' })).toBe('white');
    expect(keyAction({ key: 'Home' })).toBe('first');
    expect(keyAction({ key: 'End' })).toBe('last');
    expect(keyAction({ key: 'Escape' })).toBe('exit');
    expect(keyAction({ key: 'x' })).toBeUndefined();
    expect(keyAction({ key: 'toString' })).toBeUndefined();
    expect(keyAction({ key: 'ArrowRight', ctrlKey: true })).toBeUndefined();
    expect(keyAction({ key: 'b', metaKey: true })).toBeUndefined();
  });

  it('formats durations as a presenter reads them', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7.9)).toBe('0:07');
    expect(formatDuration(750)).toBe('12:30');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });

  it('never puts anybody in the audience twice', () => {
    const ana: AudienceMember = {
      key: '003A',
      contactId: '003A',
      name: 'Ana',
      email: 'ana@x.com',
      source: 'Account'
    };
    const typed: AudienceMember = {
      key: 'email:new@x.com',
      name: 'New',
      email: 'new@x.com',
      source: 'Ad_Hoc'
    };
    const merged = mergeAudience(
      [ana],
      [
        { ...ana, source: 'Campaign' },
        typed,
        { ...typed, key: 'email:NEW@x.com', email: 'NEW@x.com' },
        { key: '003B', contactId: '003B', name: 'Bo', source: 'Sharing_Group' }
      ]
    );
    expect(merged.map((m) => m.key)).toEqual(['003A', 'email:new@x.com', '003B']);
    expect(merged[0]!.source).toBe('Account');
  });

  it('says what is missing for a person typed in', () => {
    expect(adHocProblem({ lastName: '', email: 'a@b.co' })).toBe('Enter a last name.');
    expect(adHocProblem({ lastName: 'Li', email: ' ' })).toMatch(/email address/);
    expect(adHocProblem({ lastName: 'Li', email: 'not-an-email' })).toBe('Enter a valid email address.');
    expect(adHocProblem({ lastName: 'Li', email: 'li@example.com' })).toBeUndefined();
  });

  it('reads Presentation__e payloads with or without the namespace', () => {
    expect(
      presentationMessage({ Session_Id__c: 'a05A', Section_Id__c: 'a02B', Status__c: 'Live', Sequence__c: 3 })
    ).toEqual({ sessionId: 'a05A', sectionId: 'a02B', status: 'Live', sequence: 3 });
    expect(
      presentationMessage({ ent__Session_Id__c: 'a05A', ent__Status__c: 'Ended', ent__Section_Id__c: null })
    ).toEqual({ sessionId: 'a05A', sectionId: undefined, status: 'Ended', sequence: 0 });
    expect(presentationMessage({ Session_Id__c: 'a05A', Status__c: 'Paused' })).toBeUndefined();
    expect(presentationMessage(null)).toBeUndefined();
    expect(payloadField({ a__b__Status__c: 'x' }, 'Status__c')).toBeUndefined();
  });

  it('compares 15- and 18-character ids', () => {
    expect(sameId('a05Ex0000000001', 'a05Ex0000000001IAA')).toBe(true);
    expect(sameId('a05Ex0000000001IAA', 'a05Ex0000000002IAA')).toBe(false);
    expect(sameId(undefined, 'a05')).toBe(false);
  });
});
