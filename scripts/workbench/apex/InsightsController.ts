/**
 * The insights Apex contract (`InsightsController`) over the workbench's sample data: the same aggregates
 * InsightsService.cls computes with `COUNT(Id) GROUP BY` queries, here computed by `aggregateDataset` /
 * `aggregateCourseJourney` (scripts/insights/aggregate.ts, the code `npm run insights` uses) from the session's
 * copy of the dataset. The app-wide input is cached per session and recomputed when events were added (the
 * slide viewer writes some); nothing here hits a row limit, so `truncated` is always empty.
 */
import type getCourseJourneyInputContract from '@salesforce/apex/InsightsController.getCourseJourneyInput';
import type getInsightsInputContract from '@salesforce/apex/InsightsController.getInsightsInput';
import type { InsightsInput } from '@salesforce/apex/InsightsController';
import { AuraHandledException, type ApexImplementation } from '../apex-runtime';
import type { WorkbenchData } from '../data';
import { aggregateCourseJourney, aggregateDataset } from '../../insights/aggregate';

export const COURSE_NOT_FOUND = "The course wasn't found, or it isn't shared with you.";

const cache = new WeakMap<WorkbenchData, { events: number; input: InsightsInput }>();

export const getCourseJourneyInput: ApexImplementation<typeof getCourseJourneyInputContract> = (
  { courseId },
  { data }
) => {
  const course = courseId ? data.get(courseId) : undefined;
  if (course?.objectApiName !== 'Course__c') throw new AuraHandledException(COURSE_NOT_FOUND);
  const input = aggregateCourseJourney(data.dataset, courseId);
  if (!input) throw new AuraHandledException(COURSE_NOT_FOUND);
  return { ...input, truncated: false };
};

export const getInsightsInput: ApexImplementation<typeof getInsightsInputContract> = (_params, { data }) => {
  const events = data.dataset.events.length;
  const cached = cache.get(data);
  if (cached && cached.events === events) return cached.input;
  const input: InsightsInput = { ...aggregateDataset(data.dataset), truncated: [] };
  cache.set(data, { events, input });
  return input;
};
