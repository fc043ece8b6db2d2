import { deriveActivities, VISIT_GAP_MS, viewsInVisits, type ActivityEventInput } from '../activities';
import { fakeId } from '../ids';
import type { DatasetActivity, EventType } from '../types';

const COURSE = fakeId('Course__c', 1);
const OTHER_COURSE = fakeId('Course__c', 2);
const A = fakeId('Section__c', 1);
const B = fakeId('Section__c', 2);
const C = fakeId('Section__c', 3);
const X = fakeId('Section__c', 4);
const sections = [
  { Id: A, Course__c: COURSE },
  { Id: B, Course__c: COURSE },
  { Id: C, Course__c: COURSE },
  { Id: X, Course__c: OTHER_COURSE }
];
const CONTACT = fakeId('Contact', 1);
const ACCOUNT = fakeId('Account', 1);
const USER = fakeId('User', 1);

const T0 = Date.parse('2025-09-01T14:00:00.000Z');
const MIN = 60 * 1000;
let keySeq = 0;

/** A view of `section` by the contact `minutes` after T0. */
function view(section: string, minutes: number, extra: Partial<ActivityEventInput> = {}): ActivityEventInput {
  keySeq++;
  return {
    Event_Key__c: `k${String(keySeq).padStart(4, '0')}`,
    Type__c: 'View' as EventType,
    Occurred_At__c: new Date(T0 + minutes * MIN).toISOString(),
    Section__c: section,
    Dwell_Seconds__c: 30,
    Contact__c: CONTACT,
    Account__c: ACCOUNT,
    ...extra
  };
}

function states(activities: DatasetActivity[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of activities)
    out[a.Section__c === A ? 'A' : a.Section__c === B ? 'B' : a.Section__c === C ? 'C' : 'X'] = a.State__c;
  return out;
}

describe('deriveActivities', () => {
  it('a first view makes the section Viewed, with counts, times and dwell', () => {
    const [activity] = deriveActivities([view(A, 0)], sections);
    expect(activity).toEqual({
      Id: fakeId('Activity__c', 1),
      Activity_Key__c: `${A}:${CONTACT}`,
      Section__c: A,
      Course__c: COURSE,
      Contact__c: CONTACT,
      Account__c: ACCOUNT,
      State__c: 'Viewed',
      View_Count__c: 1,
      Visit_Count__c: 1,
      First_Viewed_At__c: '2025-09-01T14:00:00.000Z',
      Last_Viewed_At__c: '2025-09-01T14:00:00.000Z',
      Total_Dwell_Seconds__c: 30,
      Last_Visit_Started_At__c: '2025-09-01T14:00:00.000Z'
    });
  });

  it('sections without views get no activity (they are Not Viewed)', () => {
    expect(deriveActivities([], sections)).toEqual([]);
    expect(deriveActivities([view(A, 0)], sections).map((a) => a.Section__c)).toEqual([A]);
  });

  it('views within one visit stay Viewed and count one visit', () => {
    const [activity] = deriveActivities([view(A, 0), view(B, 1), view(A, 10)], sections);
    expect(activity).toMatchObject({
      State__c: 'Viewed',
      View_Count__c: 2,
      Visit_Count__c: 1,
      Total_Dwell_Seconds__c: 60
    });
  });

  it('a new visit makes re-viewed sections Viewed Again and the others Not Viewed Again', () => {
    const activities = deriveActivities([view(A, 0), view(B, 1), view(A, 120)], sections);
    expect(states(activities)).toEqual({ A: 'Viewed_Again', B: 'Not_Viewed_Again' });
    const a = activities.find((x) => x.Section__c === A)!;
    expect(a).toMatchObject({
      View_Count__c: 2,
      Visit_Count__c: 2,
      Last_Visit_Started_At__c: '2025-09-01T16:00:00.000Z'
    });
    expect(activities.find((x) => x.Section__c === B)!.Last_Visit_Started_At__c).toBe(
      '2025-09-01T14:00:00.000Z'
    );
  });

  it('a section first seen in the latest visit is Viewed, not Viewed Again', () => {
    expect(states(deriveActivities([view(A, 0), view(B, 120)], sections))).toEqual({
      A: 'Not_Viewed_Again',
      B: 'Viewed'
    });
  });

  it('a gap of exactly 30 minutes starts a new visit; 29:59 does not', () => {
    const exactly = [
      view(A, 0),
      { ...view(A, 0), Occurred_At__c: new Date(T0 + VISIT_GAP_MS).toISOString() }
    ];
    expect(deriveActivities(exactly, sections)[0]).toMatchObject({
      State__c: 'Viewed_Again',
      Visit_Count__c: 2
    });
    const under = [
      view(A, 0),
      { ...view(A, 0), Occurred_At__c: new Date(T0 + VISIT_GAP_MS - 1000).toISOString() }
    ];
    expect(deriveActivities(under, sections)[0]).toMatchObject({ State__c: 'Viewed', Visit_Count__c: 1 });
  });

  it('the gap is measured between consecutive views, so a long chain of short gaps is one visit', () => {
    const chain = [view(A, 0), view(B, 20), view(C, 40), view(A, 60), view(B, 80)];
    expect(states(deriveActivities(chain, sections))).toEqual({ A: 'Viewed', B: 'Viewed', C: 'Viewed' });
  });

  it('views of another course neither end nor extend a visit', () => {
    const activities = deriveActivities([view(A, 0), view(X, 20), view(B, 40)], sections);
    expect(states(activities)).toEqual({ A: 'Not_Viewed_Again', B: 'Viewed', X: 'Viewed' });
  });

  it('Complete events are not views and do not extend a visit', () => {
    const complete = view(C, 25, { Type__c: 'Complete', Dwell_Seconds__c: undefined });
    const activities = deriveActivities([view(A, 0), complete, view(B, 50)], sections);
    expect(states(activities)).toEqual({ A: 'Not_Viewed_Again', B: 'Viewed' });
  });

  it('follows the state machine over four visits', () => {
    // visit 1: A; visit 2: A; visit 3: B; visit 4: A
    const events = [view(A, 0), view(A, 60), view(B, 120), view(A, 180)];
    expect(states(deriveActivities(events.slice(0, 1), sections))).toEqual({ A: 'Viewed' });
    expect(states(deriveActivities(events.slice(0, 2), sections))).toEqual({ A: 'Viewed_Again' });
    expect(states(deriveActivities(events.slice(0, 3), sections))).toEqual({
      A: 'Not_Viewed_Again',
      B: 'Viewed'
    });
    const all = deriveActivities(events, sections);
    expect(states(all)).toEqual({ A: 'Viewed_Again', B: 'Not_Viewed_Again' });
    expect(all.find((a) => a.Section__c === A)).toMatchObject({ View_Count__c: 3, Visit_Count__c: 3 });
  });

  it('counts Present and Return events as views', () => {
    const activities = deriveActivities(
      [view(A, 0, { Type__c: 'Present' }), view(A, 90, { Type__c: 'Return' })],
      sections
    );
    expect(activities[0]).toMatchObject({ State__c: 'Viewed_Again', View_Count__c: 2 });
  });

  it('keys the viewer by Contact, or by User when there is no Contact', () => {
    const byUser = view(A, 0, { Contact__c: undefined, Account__c: undefined, User__c: USER });
    const [contactActivity, userActivity] = deriveActivities(
      [view(A, 0, { User__c: USER }), byUser],
      sections
    );
    expect(contactActivity).toMatchObject({ Activity_Key__c: `${A}:${CONTACT}`, Contact__c: CONTACT });
    expect(contactActivity.User__c).toBeUndefined();
    expect(userActivity).toMatchObject({ Activity_Key__c: `${A}:${USER}`, User__c: USER });
    expect(userActivity.Contact__c).toBeUndefined();
    expect(userActivity.Account__c).toBeUndefined();
  });

  it('keeps viewers apart', () => {
    const other = fakeId('Contact', 2);
    const activities = deriveActivities([view(A, 0), view(A, 120, { Contact__c: other })], sections);
    expect(activities.map((a) => a.State__c)).toEqual(['Viewed', 'Viewed']);
  });

  it('does not depend on input order (ties broken by event key)', () => {
    const events = [view(A, 0), view(B, 5), view(A, 5), view(C, 100), view(B, 101)];
    const shuffled = [events[3], events[1], events[4], events[0], events[2]];
    expect(deriveActivities(shuffled, sections)).toEqual(deriveActivities(events, sections));
  });

  it('rejects events on unknown sections or without a viewer', () => {
    expect(() => deriveActivities([view(fakeId('Section__c', 99), 0)], sections)).toThrow(/unknown section/);
    expect(() => deriveActivities([view(A, 0, { Contact__c: undefined })], sections)).toThrow(
      /neither a Contact nor a User/
    );
  });
});

describe('viewsInVisits', () => {
  it('numbers visits, tracks the previous section within a visit and marks returns', () => {
    const events = [view(A, 0), view(B, 1), view(A, 2), view(B, 100), view(C, 101), view(B, 102)];
    const result = viewsInVisits(events, sections);
    expect(result.map((v) => [v.visit, v.previousSection, v.isReturn, v.firstViewOfSection])).toEqual([
      [1, undefined, false, true],
      [1, A, false, true],
      [1, B, false, false],
      [2, undefined, true, false],
      [2, B, false, true],
      [2, C, false, false]
    ]);
    expect(result[3].visitStartedAt).toBe(T0 + 100 * MIN);
  });
});
