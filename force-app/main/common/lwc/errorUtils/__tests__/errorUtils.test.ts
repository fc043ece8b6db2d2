import { isNoAccess, reduceErrors } from 'c/errorUtils';

describe('c/errorUtils', () => {
  it('returns the message an AuraHandledException set', () => {
    expect(reduceErrors({ body: { message: 'Course not found.' }, status: 500 })).toEqual([
      'Course not found.'
    ]);
  });

  it('collects UI API page and field errors', () => {
    const error = {
      body: {
        message: 'An error occurred while trying to update the record.',
        pageErrors: [{ message: 'Publish needs at least one section.' }],
        fieldErrors: { Title__c: [{ message: 'Title is required.' }] }
      }
    };
    expect(reduceErrors(error)).toEqual(['Publish needs at least one section.', 'Title is required.']);
  });

  it('handles arrays of bodies, plain errors and strings, and removes duplicates', () => {
    const errors = [
      { body: [{ message: 'First' }, { message: 'Second' }] },
      new Error('Third'),
      'First',
      null,
      undefined
    ];
    expect(reduceErrors(errors)).toEqual(['First', 'Second', 'Third']);
  });

  it('falls back to a human sentence when nothing readable was reported', () => {
    const [message] = reduceErrors({ body: {} });
    expect(message).toMatch(/^Something went wrong/);
  });

  it('returns nothing for no error', () => {
    expect(reduceErrors(undefined)).toEqual([]);
    expect(reduceErrors([])).toEqual([]);
  });

  it('recognises access errors', () => {
    expect(isNoAccess({ status: 403, body: { message: 'Forbidden' } })).toBe(true);
    expect(isNoAccess({ body: { message: "You don't have access to this course." } })).toBe(true);
    expect(isNoAccess({ body: { message: 'Course not found.' } })).toBe(false);
    expect(isNoAccess('insufficient access')).toBe(false);
  });
});
