import { AuraHandledException, type ApexContext } from '../apex-runtime';
import { COURSE_NOT_FOUND, getCourseJourneyInput, getInsightsInput } from '../apex/InsightsController';
import { WorkbenchData } from '../data';
import { aggregateCourseJourney, aggregateDataset } from '../../insights/aggregate';
import { fakeId } from '../../sample-data/ids';
import { fixtureDataset, ids } from './fixtures/dataset';

function context(): ApexContext {
  return {
    data: new WorkbenchData(fixtureDataset()),
    userId: ids.csm,
    now: new Date('2025-07-01T00:00:00Z')
  };
}

describe('InsightsController (workbench)', () => {
  it("answers a course's journey input as aggregateCourseJourney computes it, with nothing truncated", async () => {
    const ctx = context();
    const input = await getCourseJourneyInput({ courseId: ids.course }, ctx);
    expect(input).toEqual({ ...aggregateCourseJourney(ctx.data.dataset, ids.course), truncated: false });
    expect(input.course.id).toBe(ids.course);
  });

  it('refuses a course that does not exist', () => {
    const ctx = context();
    for (const courseId of [fakeId('Course__c', 999), ids.csm, '']) {
      expect(() => getCourseJourneyInput({ courseId }, ctx)).toThrow(
        new AuraHandledException(COURSE_NOT_FOUND)
      );
    }
  });

  it('answers the app-wide input with every journey, cached until events are added', async () => {
    const ctx = context();
    const first = await getInsightsInput({}, ctx);
    expect(first).toEqual({ ...aggregateDataset(ctx.data.dataset), truncated: [] });
    expect(await getInsightsInput({}, ctx)).toBe(first);
    ctx.data.dataset.events.push({ ...ctx.data.dataset.events[0]!, Id: fakeId('Engagement_Event__c', 999) });
    expect(await getInsightsInput({}, ctx)).not.toBe(first);
  });
});
