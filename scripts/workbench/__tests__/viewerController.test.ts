import type { ClientEvent } from '@salesforce/apex/ViewerController';
import { AuraHandledException, type ApexContext } from '../apex-runtime';
import {
  COURSE_NOT_FOUND,
  OTHER_COURSE_REASON,
  SECTION_NOT_FOUND_REASON,
  openCourse,
  recordEvents
} from '../apex/ViewerController';
import { WorkbenchData } from '../data';
import { fakeId } from '../../sample-data/ids';
import { fixtureDataset, ids } from './fixtures/dataset';

const NOW = new Date('2025-07-01T00:00:00.000Z');
const MINUTE = 60 * 1000;
const otherCourse = fakeId('Course__c', 2);
const otherSection = fakeId('Section__c', 3);

function context(): ApexContext {
  const dataset = fixtureDataset();
  dataset.courses.push({ ...dataset.courses[0]!, Id: otherCourse, Name: 'Another course' });
  dataset.sections.push({ ...dataset.sections[0]!, Id: otherSection, Course__c: otherCourse, Order__c: 1 });
  return { data: new WorkbenchData(dataset), userId: ids.csm, now: NOW };
}

const at = (minutesBeforeNow: number): string =>
  new Date(NOW.getTime() - minutesBeforeNow * MINUTE).toISOString();

function view(key: string, sectionId: string, occurredAt: string, dwellSeconds = 30): ClientEvent {
  return { key, type: 'View', sectionId, courseId: ids.course, occurredAt, dwellSeconds };
}

const activitiesOf = (ctx: ApexContext) =>
  ctx.data.records('Activity__c').filter((a) => String(a.Activity_Key__c).endsWith(`:${ids.csm}`));
const eventsOf = (ctx: ApexContext) => ctx.data.records('Engagement_Event__c');

describe('ViewerController (workbench)', () => {
  it('opens a course with its sections in order and creates the Not Viewed activities once', async () => {
    const ctx = context();
    const course = await openCourse({ courseId: ids.course }, ctx);
    expect(course.sections.map((s) => s.id)).toEqual([ids.section1, ids.section2]);
    expect(course.sections[0]).toMatchObject({ position: 1, title: 'Why upgrade', status: 'Ready' });
    expect(course.sections[0]!.imageUrl).toMatch(/^data:image\/svg\+xml/);
    expect(course.activities.map((a) => a.state)).toEqual(['Not_Viewed', 'Not_Viewed']);
    expect(course.resumeSectionId).toBeUndefined();
    expect(course.eventLimits.maxEventsPerCall).toBe(200);
    expect(activitiesOf(ctx)).toHaveLength(2);

    await openCourse({ courseId: ids.course }, ctx);
    expect(activitiesOf(ctx)).toHaveLength(2);
  });

  it('refuses a course it cannot find', async () => {
    await expect(async () => openCourse({ courseId: 'a01Ex0000000999AAA' }, context())).rejects.toThrow(
      new AuraHandledException(COURSE_NOT_FOUND)
    );
  });

  it('applies the visit rule: a view 30 minutes after the last one starts a new visit and is a return', async () => {
    const ctx = context();
    await openCourse({ courseId: ids.course }, ctx);
    let result = await recordEvents(
      { events: [view('k1', ids.section1, at(120), 30), view('k2', ids.section2, at(115), 20)] },
      ctx
    );
    expect(result).toEqual({ accepted: ['k1', 'k2'], rejected: [], retry: [] });
    let course = await openCourse({ courseId: ids.course }, ctx);
    expect(course.activities.map((a) => [a.state, a.viewCount, a.visitCount])).toEqual([
      ['Viewed', 1, 1],
      ['Viewed', 1, 1]
    ]);
    expect(course.resumeSectionId).toBe(ids.section2);
    expect(eventsOf(ctx).find((e) => e.Event_Key__c === 'k2')!.Previous_Section__c).toBe(ids.section1);

    // Exactly 30 minutes after the last view: a new visit.
    result = await recordEvents({ events: [view('k3', ids.section1, at(85), 15)] }, ctx);
    expect(result.accepted).toEqual(['k3']);
    course = await openCourse({ courseId: ids.course }, ctx);
    expect(course.activities[0]).toMatchObject({
      state: 'Viewed_Again',
      viewCount: 2,
      visitCount: 2,
      totalDwellSeconds: 45,
      firstViewedAt: at(120),
      lastViewedAt: at(85)
    });
    expect(course.activities[1]).toMatchObject({ state: 'Not_Viewed_Again', viewCount: 1, visitCount: 1 });
    const k3 = eventsOf(ctx).find((e) => e.Event_Key__c === 'k3')!;
    expect(k3.Type__c).toBe('Return');
    expect(k3.Previous_Section__c).toBeUndefined();
  });

  it('records each key at most once: resending changes nothing', async () => {
    const ctx = context();
    const events = [view('once-1', ids.section1, at(60)), view('once-2', ids.section2, at(59))];
    await recordEvents({ events }, ctx);
    const countBefore = eventsOf(ctx).length;
    const again = await recordEvents({ events: [...events, events[0]!] }, ctx);
    expect(again.accepted).toEqual(['once-1', 'once-2', 'once-1']);
    expect(eventsOf(ctx)).toHaveLength(countBefore);
    const course = await openCourse({ courseId: ids.course }, ctx);
    expect(course.activities.map((a) => a.viewCount)).toEqual([1, 1]);
  });

  it('rejects invalid events with a reason and still records the valid ones', async () => {
    const ctx = context();
    const future = new Date(Math.max(Date.now(), NOW.getTime()) + 60 * MINUTE).toISOString();
    const result = await recordEvents(
      {
        events: [
          view('ok', ids.section1, at(10)),
          { ...view('other', otherSection, at(10)), courseId: ids.course },
          view('gone', fakeId('Section__c', 99), at(10)),
          view('future', ids.section1, future),
          view('old', ids.section1, new Date(Date.UTC(2024, 0, 1)).toISOString()),
          view('negative', ids.section1, at(10), -5),
          view('bad key!', ids.section1, at(10)),
          { ...view('odd-type', ids.section1, at(10)), type: 'Invite' as ClientEvent['type'] }
        ]
      },
      ctx
    );
    expect(result.accepted).toEqual(['ok']);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.key, r.reason]));
    expect(reasons).toEqual({
      other: OTHER_COURSE_REASON,
      gone: SECTION_NOT_FOUND_REASON,
      future: 'The event is dated in the future. Check the device clock.',
      old: 'The event is older than 30 days and can no longer be recorded.',
      negative: "Dwell time can't be negative.",
      'bad key!': 'The event key may contain only letters, digits and - _ . :',
      'odd-type': 'The event type must be one of View, Present, Return, Complete, Watched, Download.'
    });
    expect(eventsOf(ctx).map((e) => e.Event_Key__c)).toEqual(['ok']);
  });

  it('attributes events to the running user whatever viewer the client names', async () => {
    const ctx = context();
    const spoofed = { ...view('spoof', ids.section1, at(5)), userId: ids.enablement, contactId: ids.ada };
    await recordEvents({ events: [spoofed as ClientEvent] }, ctx);
    const [event] = eventsOf(ctx);
    expect(event).toMatchObject({ User__c: ids.csm, Course__c: ids.course, Channel__c: 'On_Demand' });
    expect(event!.Contact__c).toBeUndefined();
  });

  it('takes at most 200 events per call and asks for the rest again', async () => {
    const ctx = context();
    const events = Array.from({ length: 201 }, (_, i) =>
      view(`bulk-${i}`, i % 2 ? ids.section2 : ids.section1, at(300 - i))
    );
    const result = await recordEvents({ events }, ctx);
    expect(result.accepted).toHaveLength(200);
    expect(result.retry).toEqual(['bulk-200']);
    const course = await openCourse({ courseId: ids.course }, ctx);
    expect(course.activities.map((a) => a.viewCount)).toEqual([100, 100]);
  });
});
