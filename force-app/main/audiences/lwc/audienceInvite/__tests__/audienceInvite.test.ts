import {
  countPasted,
  describePasted,
  describeSummary,
  isEmail,
  rowBadgeClass,
  rowStatusLabel,
  splitEmails
} from 'c/audienceInvite';

describe('c/audienceInvite', () => {
  it('splits pasted text like the server', () => {
    expect(splitEmails('a@example.com, Bea <b@example.com>;\n mailto:c@example.com bad')).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
      'bad'
    ]);
    expect(splitEmails('  ')).toEqual([]);
    expect(splitEmails(undefined)).toEqual([]);
  });

  it('checks addresses like the server', () => {
    expect(isEmail('first.last+tag@sub.example.co.uk')).toBe(true);
    expect(isEmail('no-at.example.com')).toBe(false);
    expect(isEmail('a@b')).toBe(false);
    expect(isEmail(`${'a'.repeat(75)}@b.com`)).toBe(false);
  });

  it('counts valid, invalid and repeated addresses', () => {
    const count = countPasted('a@example.com\nA@Example.com\nnope\nb@example.com');
    expect(count).toEqual({ total: 4, valid: 3, invalid: 1, repeated: 1 });
    expect(describePasted(count)).toBe('4 addresses, 1 not valid, 1 repeated.');
    expect(describePasted(countPasted(''))).toBe('No addresses pasted.');
  });

  it('labels rows and sums up', () => {
    expect(rowStatusLabel('Invalid_Email')).toBe('Invalid email');
    expect(rowBadgeClass('Ready')).toContain('success');
    expect(rowBadgeClass('Not_Found')).toContain('error');
    expect(
      describeSummary({ added: 3, reactivated: 1, skipped: 1, failed: 0, emailsSent: 4, loginsRequested: 0 })
    ).toBe('Added 4 people, 1 already in the group, 4 invitation emails sent.');
  });
});
