/**
 * The pure part of loading a dataset into an org (`scripts/org/load-sample-data.ts` does the I/O):
 * the load order, turning dataset records into org records (dropping dataset-only and read-only properties,
 * replacing fake ids with the real ids of records loaded before), mapping results back, chunking and CSV.
 *
 * Internal users are never created: `OwnerId` is dropped (records belong to the loading user) and every
 * other user lookup (`Presenter__c`, `User__c`) points at the loading user. Because that can merge several
 * dataset users into one viewer, activities are re-derived from the loaded events with `deriveActivities`
 * instead of being copied.
 */
import { deriveActivities, viewerOf } from './activities';
import { isFakeId, objectOfId } from './ids';
import type { Dataset, DatasetEvent, DatasetObject, SfId } from './types';

export type OrgRecord = Record<string, string | number | boolean>;

export interface LoadContext {
  /** Id of the user running the load; every user lookup points here. */
  runningUserId: SfId;
  /** Whether the loading user may set `CreatedDate` (permission "Set Audit Fields upon Record Creation"). */
  includeAuditFields: boolean;
}

export type LoadMethod = 'collections' | 'bulk-insert' | 'bulk-upsert';

export interface LoadStep {
  object: Exclude<DatasetObject, 'User'>;
  /** The dataset array the step loads. */
  from:
    | 'accounts'
    | 'contacts'
    | 'courses'
    | 'sections'
    | 'sessions'
    | 'activities'
    | 'events'
    | 'cases'
    | 'opportunities';
  /**
   * collections: sObject Collections in chunks of 200, results in order, so real ids map back to fake ids
   * (needed for every object something else points at). bulk-*: Bulk API 2.0, one job, for the leaves.
   */
  method: LoadMethod;
  externalIdField?: string;
}

/**
 * Dependency order. Activities come before events so that each event can point at its activity through the
 * activity's external id (`Activity__r.Activity_Key__c`); both are upserts on their unique keys, so a
 * repeated load of the same events and activities does not duplicate them.
 */
export const LOAD_STEPS: readonly LoadStep[] = [
  { object: 'Account', from: 'accounts', method: 'collections' },
  { object: 'Contact', from: 'contacts', method: 'collections' },
  { object: 'Course__c', from: 'courses', method: 'collections' },
  { object: 'Section__c', from: 'sections', method: 'collections' },
  { object: 'Presentation_Session__c', from: 'sessions', method: 'collections' },
  { object: 'Activity__c', from: 'activities', method: 'bulk-upsert', externalIdField: 'Activity_Key__c' },
  { object: 'Engagement_Event__c', from: 'events', method: 'bulk-upsert', externalIdField: 'Event_Key__c' },
  { object: 'Case', from: 'cases', method: 'bulk-insert' },
  { object: 'Opportunity', from: 'opportunities', method: 'bulk-insert' }
];

/** sObject Collections accept at most 200 records per request. */
export const COLLECTION_CHUNK = 200;

/** Fields of the dataset that the org computes or that cannot be written on insert. */
const READ_ONLY: Partial<Record<DatasetObject, readonly string[]>> = {
  Contact: ['Name'],
  Course__c: ['Slide_Count__c']
};

/** Objects whose `CreatedDate` carries meaning (tenure, case dates) and is written when audit fields are allowed. */
const AUDIT_FIELD = 'CreatedDate';

/** Fake id → real id, filled as records are created. */
export class IdMap {
  private readonly ids = new Map<SfId, SfId>();

  set(fakeId: SfId, realId: SfId): void {
    this.ids.set(fakeId, realId);
  }

  has(fakeId: SfId): boolean {
    return this.ids.has(fakeId);
  }

  get size(): number {
    return this.ids.size;
  }

  resolve(fakeId: SfId): SfId {
    const real = this.ids.get(fakeId);
    if (!real) {
      throw new Error(`${objectOfId(fakeId) ?? 'A record'} ${fakeId} is referenced before it was loaded.`);
    }
    return real;
  }
}

/** True for properties that exist only in the dataset (lower-case first letter; see README). */
export function isDatasetOnly(property: string): boolean {
  return /^[a-z]/.test(property);
}

/**
 * The org record for one dataset record: no `Id`, no dataset-only or read-only properties, `CreatedDate`
 * only with audit fields, `OwnerId` dropped, other user lookups → the running user, every other fake id →
 * its real id.
 */
export function shapeRecord(
  object: DatasetObject,
  record: object,
  ids: IdMap,
  context: LoadContext
): OrgRecord {
  const out: OrgRecord = {};
  for (const [key, value] of Object.entries(record) as [string, unknown][]) {
    if (key === 'Id' || isDatasetOnly(key) || value === undefined || value === null) continue;
    if (READ_ONLY[object]?.includes(key)) continue;
    if (key === AUDIT_FIELD && !context.includeAuditFields) continue;
    if (isFakeId(value)) {
      if (objectOfId(value) === 'User') {
        if (key !== 'OwnerId') out[key] = context.runningUserId;
        continue;
      }
      out[key] = ids.resolve(value);
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new Error(`${object}.${key} is not a scalar value.`);
    }
    out[key] = value;
  }
  return out;
}

export interface PreparedStep {
  step: LoadStep;
  /** Fake ids of the source records, in the order of `records` (empty for re-derived activities). */
  sourceIds: SfId[];
  records: OrgRecord[];
}

/**
 * The records of one step, ready for the org. Steps must be prepared in `LOAD_STEPS` order after the
 * results of the previous collection steps were recorded in `ids`.
 */
export function prepareStep(
  dataset: Dataset,
  step: LoadStep,
  ids: IdMap,
  context: LoadContext
): PreparedStep {
  if (step.from === 'activities') {
    return { step, sourceIds: [], records: activitiesForOrg(dataset, ids, context) };
  }
  const source = dataset[step.from] as readonly { Id: SfId }[];
  const records = source.map((record) => shapeRecord(step.object, record, ids, context));
  if (step.from === 'events') {
    for (const record of records) {
      record['Activity__r.Activity_Key__c'] = activityKeyOf(record);
    }
  }
  return { step, sourceIds: source.map((r) => r.Id), records };
}

function activityKeyOf(event: OrgRecord): string {
  const viewer = (event.Contact__c ?? event.User__c) as string;
  return `${event.Section__c as string}:${viewer}`;
}

/** Activities re-derived from the events as they will be in the org (real ids, users merged). */
export function activitiesForOrg(dataset: Dataset, ids: IdMap, context: LoadContext): OrgRecord[] {
  const events = dataset.events.map((e) =>
    shapeRecord('Engagement_Event__c', e, ids, context)
  ) as unknown as Pick<
    DatasetEvent,
    | 'Event_Key__c'
    | 'Type__c'
    | 'Occurred_At__c'
    | 'Section__c'
    | 'Dwell_Seconds__c'
    | 'Contact__c'
    | 'Account__c'
    | 'User__c'
  >[];
  for (const event of events) {
    if (!viewerOf(event)) throw new Error(`Event ${event.Event_Key__c} has no viewer.`);
  }
  const sections = dataset.sections.map((s) => ({
    Id: ids.resolve(s.Id),
    Course__c: ids.resolve(s.Course__c)
  }));
  return deriveActivities(events, sections).map(({ Id: _id, ...rest }) => rest as OrgRecord);
}

/** Records results of a collections insert: source fake id i → created id i. Throws on any failure. */
export function recordCreatedIds(
  object: string,
  sourceIds: readonly SfId[],
  results: readonly { success: boolean; id?: string; errors?: readonly { message: string }[] }[],
  ids: IdMap
): void {
  if (results.length !== sourceIds.length) {
    throw new Error(`${object}: expected ${sourceIds.length} results, got ${results.length}.`);
  }
  const failed = results.filter((r) => !r.success || !r.id);
  if (failed.length) {
    const message = failed[0].errors?.map((e) => e.message).join('; ') || 'unknown error';
    throw new Error(
      `${object}: ${failed.length} of ${results.length} records were not created (first error: ${message}).`
    );
  }
  results.forEach((result, i) => ids.set(sourceIds[i], result.id!));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(size > 0)) throw new Error('chunk size must be positive');
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** RFC 4180 CSV for Bulk API 2.0: a header of every column (first-seen order) and one line per record. */
export function toCsv(records: readonly OrgRecord[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const cell = (value: string | number | boolean | undefined): string => {
    if (value === undefined) return '';
    const text = String(value);
    return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => cell(c)).join(',')];
  for (const record of records) lines.push(columns.map((c) => cell(record[c])).join(','));
  return lines.join('\n') + '\n';
}
