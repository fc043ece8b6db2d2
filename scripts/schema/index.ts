/**
 * The whole data model, in the order the generator writes it: one module per feature area. `objects` is
 * what `scripts/generate` renders and what `scripts/verify` checks SOQL field names against.
 */
import { app } from './app';
import { audiencesObjects } from './audiences';
import { coursesObjects } from './courses';
import { engagementObjects } from './engagement';
import { healthObjects } from './health';
import { insightsObjects } from './insights';
import { componentTabs, flexiPages } from './lightning-pages';
import { permissionSets } from './permission-sets';
import { presentingObjects } from './presenting';
import type { FieldSpec, ObjectSpec } from './types';

export const objects: ObjectSpec[] = [
  ...coursesObjects,
  ...engagementObjects,
  ...presentingObjects,
  ...audiencesObjects,
  ...healthObjects,
  ...insightsObjects
];

export { app, componentTabs, flexiPages, permissionSets };

/** Every spec of an object (standard objects may be split over areas, e.g. Account in health and insights). */
export function specsOf(objectName: string): ObjectSpec[] {
  const lower = objectName.toLowerCase();
  return objects.filter((o) => o.name.toLowerCase() === lower);
}

/** The fields we declare on an object (all areas), or `undefined` if we declare none. Case-insensitive. */
export function fieldsOf(objectName: string): FieldSpec[] | undefined {
  const specs = specsOf(objectName);
  return specs.length ? specs.flatMap((s) => s.fields) : undefined;
}

/** One declared field, looked up case-insensitively (as Apex and SOQL do). */
export function findField(objectName: string, fieldName: string): FieldSpec | undefined {
  const lower = fieldName.toLowerCase();
  return fieldsOf(objectName)?.find((f) => f.name.toLowerCase() === lower);
}
