/**
 * node build/scripts/org/load-sample-data.js [--file dataset.json | --seed N --as-of YYYY-MM-DD --scale X]
 *
 * Loads the sample dataset (scripts/sample-data) into the default org: Accounts → Contacts → Courses →
 * Sections → Presentation Sessions with sObject Collections (200 per request, so fake ids map to real ids),
 * then Activities, Engagement Events, Cases and Opportunities with Bulk API 2.0 jobs. Internal users are not
 * created: records belong to the loading user and user lookups point at it (see load-plan.ts).
 * `CreatedDate` (account tenure, case and opportunity dates) is written only when the loading user has the
 * "Set Audit Fields upon Record Creation" permission; otherwise those records are dated at load time.
 * Meant for a fresh scratch org: it stops if the sample courses already exist.
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Connection } from '@salesforce/core';
import { generateDataset } from '../sample-data/generate';
import {
  chunk,
  COLLECTION_CHUNK,
  IdMap,
  LOAD_STEPS,
  prepareStep,
  recordCreatedIds,
  toCsv,
  type LoadContext,
  type PreparedStep
} from '../sample-data/load-plan';
import { parseDataset } from '../sample-data/serialize';
import type { Dataset } from '../sample-data/types';
import { connect, runOrgScript } from './connection';

/** Parses the options; the returned function reads or generates the dataset. */
function datasetSource(): () => Dataset {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      scale: { type: 'string' }
    }
  });
  if (values.file) {
    const file = values.file;
    if (!fs.existsSync(file)) throw new Error(`The dataset file ${file} does not exist.`);
    return () => parseDataset(fs.readFileSync(file, 'utf8'));
  }
  return () =>
    generateDataset({
      seed: values.seed === undefined ? undefined : Number(values.seed),
      asOf: values['as-of'],
      scale: values.scale === undefined ? undefined : Number(values.scale)
    });
}

async function canSetAuditFields(connection: Connection): Promise<boolean> {
  try {
    const result = await connection.query<{ PermissionsCreateAuditFields: boolean }>(
      'SELECT PermissionsCreateAuditFields FROM UserPermissionAccess'
    );
    return result.records[0]?.PermissionsCreateAuditFields === true;
  } catch {
    return false;
  }
}

async function assertNotLoaded(connection: Connection, dataset: Dataset): Promise<void> {
  const names = dataset.courses
    .map((c) => `'${c.Name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
    .join(',');
  const existing = await connection.query<{ Name: string }>(
    `SELECT Name FROM Course__c WHERE Name IN (${names}) LIMIT 1`
  );
  if (existing.records.length) {
    throw new Error(
      `Sample data already seems to be loaded (the course "${existing.records[0].Name}" exists): use a fresh scratch org.`
    );
  }
}

async function loadWithCollections(
  connection: Connection,
  prepared: PreparedStep,
  ids: IdMap
): Promise<void> {
  const sourceChunks = chunk(prepared.sourceIds, COLLECTION_CHUNK);
  const recordChunks = chunk(prepared.records, COLLECTION_CHUNK);
  for (let i = 0; i < recordChunks.length; i++) {
    const results = await connection
      .sobject(prepared.step.object)
      .create(recordChunks[i], { allOrNone: true });
    recordCreatedIds(prepared.step.object, sourceChunks[i], results, ids);
  }
}

async function loadWithBulk(connection: Connection, prepared: PreparedStep): Promise<void> {
  const { step } = prepared;
  const results = await connection.bulk2.loadAndWaitForResults({
    object: step.object,
    operation: step.method === 'bulk-upsert' ? 'upsert' : 'insert',
    externalIdFieldName: step.externalIdField,
    lineEnding: 'LF',
    input: toCsv(prepared.records),
    pollInterval: 5000,
    pollTimeout: 30 * 60 * 1000
  });
  if (results.failedResults.length) {
    throw new Error(
      `${step.object}: ${results.failedResults.length} of ${prepared.records.length} records failed ` +
        `(first error: ${results.failedResults[0].sf__Error}).`
    );
  }
}

runOrgScript(async () => {
  const readDataset = datasetSource();
  const { connection } = await connect('target-org');
  const dataset = readDataset();
  const identity = await connection.identity();
  const context: LoadContext = {
    runningUserId: identity.user_id,
    includeAuditFields: await canSetAuditFields(connection)
  };
  await assertNotLoaded(connection, dataset);
  if (!context.includeAuditFields) {
    console.log(
      'Note: without "Set Audit Fields upon Record Creation", records are dated today (tenure, case dates).'
    );
  }
  const ids = new IdMap();
  for (const step of LOAD_STEPS) {
    const prepared = prepareStep(dataset, step, ids, context);
    if (prepared.records.length === 0) continue;
    if (step.method === 'collections') await loadWithCollections(connection, prepared, ids);
    else await loadWithBulk(connection, prepared);
    console.log(`${step.object}: ${prepared.records.length} loaded`);
  }
  console.log(
    `Sample data (seed ${dataset.seed}, as of ${dataset.asOf}) is loaded into ${identity.username}'s org.`
  );
});
