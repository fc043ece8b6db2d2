import type { ApexContext } from '../apex-runtime';
import {
  endSession,
  getAudienceSources,
  showSection,
  startSession,
  SECTION_NOT_IN_COURSE
} from '../apex/PresenterController';
import { getSessionState, joinSession, JOIN_CODE_MESSAGE } from '../apex/FollowAlongController';
import { WorkbenchData } from '../data';
import { fakeId } from '../../sample-data/ids';
import { fixtureDataset, ids } from './fixtures/dataset';

const NOW = new Date('2025-07-01T00:00:00.000Z');
const section3 = fakeId('Section__c', 3);

function context(): ApexContext {
  const dataset = fixtureDataset();
  dataset.sections.push({ ...dataset.sections[0]!, Id: section3, Order__c: 3, Title__c: 'Third' });
  return { data: new WorkbenchData(dataset), userId: ids.csm, now: NOW };
}

describe('PresenterController and FollowAlongController (workbench)', () => {
  it('runs a session: audience without duplicates, shown slides, follower, Present events for shown slides only', async () => {
    const ctx = context();
    const sources = await getAudienceSources({ accountId: ids.acme }, ctx);
    expect(sources.accountContacts.map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(sources.campaigns).toEqual([]);

    const session = await startSession(
      {
        courseId: ids.course,
        accountId: ids.acme,
        attendees: [
          { contactId: ids.ada, source: 'Account' },
          { lastName: 'Lovelace', email: 'ADA.lovelace@acme.example.com', source: 'Ad_Hoc' },
          { firstName: 'Nia', lastName: 'Newcomer', email: 'nia@example.org', source: 'Ad_Hoc' }
        ]
      },
      ctx
    );
    expect(session.attendeeCount).toBe(2);
    expect(session.joinCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(ctx.data.records('Contact').filter((c) => c.Email === 'nia@example.org')).toHaveLength(1);

    await showSection({ sessionId: session.id, sectionId: ids.section1 }, ctx);
    await showSection({ sessionId: session.id, sectionId: section3 }, ctx);
    expect(() => showSection({ sessionId: session.id, sectionId: fakeId('Section__c', 99) }, ctx)).toThrow(
      SECTION_NOT_IN_COURSE
    );
    expect(
      ctx.data
        .platformEventsAfter(0)
        .events.map((e) => (e.payload as { Section_Id__c: string }).Section_Id__c)
    ).toEqual([ids.section1, section3]);

    expect(() => joinSession({ joinCode: 'NOPE2345' }, ctx)).toThrow(JOIN_CODE_MESSAGE);
    const joined = await joinSession({ joinCode: session.joinCode!.toLowerCase() }, ctx);
    expect(joined.currentSectionId).toBe(section3);
    expect((await getSessionState({ sessionId: session.id }, ctx)).status).toBe('Live');

    const summary = await endSession({ sessionId: session.id }, ctx);
    expect(summary.shownCount).toBe(2);
    expect(summary.skippedCount).toBe(1);
    expect(summary.slides.map((s) => s.shown)).toEqual([true, false, true]);
    expect(summary.followerCount).toBe(1);
    expect(summary.attendees).toHaveLength(3);
    const last = ctx.data.platformEventsAfter(2).events;
    expect(last.map((e) => (e.payload as { Status__c: string }).Status__c)).toEqual(['Ended']);

    const present = ctx.data.records('Engagement_Event__c').filter((e) => e.Session__c === session.id);
    expect(present).toHaveLength(4); // 2 contacts x 2 slides shown; the follower records their own views
    expect(present.every((e) => e.Type__c === 'Present' && e.Channel__c === 'Live')).toBe(true);
    expect(present.some((e) => e.Section__c === ids.section2)).toBe(false);
    const ada = ctx.data
      .records('Activity__c')
      .filter((a) => a.Contact__c === ids.ada && a.Course__c === ids.course);
    expect(ada.find((a) => a.Section__c === section3)?.State__c).toBe('Viewed');

    // Ending again records nothing twice.
    await endSession({ sessionId: session.id }, ctx);
    expect(ctx.data.records('Engagement_Event__c').filter((e) => e.Session__c === session.id)).toHaveLength(
      4
    );
    expect(() => joinSession({ joinCode: session.joinCode! }, ctx)).toThrow(JOIN_CODE_MESSAGE);
  });
});
