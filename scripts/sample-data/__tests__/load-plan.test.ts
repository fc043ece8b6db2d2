import { deriveActivities } from '../activities';
import { generateDataset } from '../generate';
import { fakeId, isFakeId, objectOfId } from '../ids';
import {
  activitiesForOrg,
  chunk,
  IdMap,
  isDatasetOnly,
  LOAD_STEPS,
  prepareStep,
  recordCreatedIds,
  shapeRecord,
  toCsv,
  type LoadContext,
  type OrgRecord
} from '../load-plan';
import type { Dataset, DatasetObject } from '../types';

const RUNNING_USER = '005000000000001AAA';
const context: LoadContext = { runningUserId: RUNNING_USER, includeAuditFields: false };

/** A fake "real" id for a fake id: same prefix, different body, as an org would hand out. */
function realIdFor(id: string): string {
  return id.slice(0, 3) + 'Rl' + id.slice(5);
}

describe('shapeRecord', () => {
  const ids = new IdMap();
  const account = fakeId('Account', 1);
  ids.set(account, '001RL0000000001AAA');

  it('drops Id, dataset-only and read-only properties, and CreatedDate without audit fields', () => {
    const contact = {
      Id: fakeId('Contact', 1),
      AccountId: account,
      FirstName: 'Ana',
      LastName: 'Silva',
      Name: 'Ana Silva',
      Email: 'ana.silva@x.example.com',
      CreatedDate: '2025-01-01T00:00:00.000Z',
      roleGroup: 'IT Admin'
    };
    expect(shapeRecord('Contact', contact, ids, context)).toEqual({
      AccountId: '001RL0000000001AAA',
      FirstName: 'Ana',
      LastName: 'Silva',
      Email: 'ana.silva@x.example.com'
    });
    expect(shapeRecord('Contact', contact, ids, { ...context, includeAuditFields: true }).CreatedDate).toBe(
      '2025-01-01T00:00:00.000Z'
    );
  });

  it('drops OwnerId and points other user lookups at the running user', () => {
    const session = {
      Id: fakeId('Presentation_Session__c', 1),
      Presenter__c: fakeId('User', 2),
      Account__c: account
    };
    expect(shapeRecord('Presentation_Session__c', session, ids, context)).toEqual({
      Presenter__c: RUNNING_USER,
      Account__c: '001RL0000000001AAA'
    });
    expect(
      shapeRecord('Course__c', { Name: 'X', OwnerId: fakeId('User', 6), Slide_Count__c: 3 }, ids, context)
    ).toEqual({
      Name: 'X'
    });
  });

  it('refuses references to records that were not loaded', () => {
    expect(() => shapeRecord('Contact', { AccountId: fakeId('Account', 2) }, ids, context)).toThrow(
      /Account 001Ex0000000002\w+ is referenced before it was loaded/
    );
  });

  it('recognises dataset-only properties by their lower-case first letter', () => {
    expect(['roleGroup', 'tenureBand', 'size'].every(isDatasetOnly)).toBe(true);
    expect(['Name', 'Order__c', 'AccountId'].some(isDatasetOnly)).toBe(false);
  });
});

describe('LOAD_STEPS', () => {
  let dataset: Dataset;
  beforeAll(() => {
    dataset = generateDataset({ scale: 0.05, seed: 3 });
  });

  it('covers every dataset collection except users, in dependency order', () => {
    expect(LOAD_STEPS.map((s) => s.from).sort()).toEqual(
      [
        'accounts',
        'contacts',
        'courses',
        'sections',
        'sessions',
        'activities',
        'events',
        'cases',
        'opportunities'
      ].sort()
    );
    const loaded = new Set<DatasetObject>(['User']);
    for (const step of LOAD_STEPS) {
      const referenced = new Set<DatasetObject>();
      for (const record of dataset[step.from] as unknown as Record<string, unknown>[]) {
        for (const [key, value] of Object.entries(record))
          if (key !== 'Id' && isFakeId(value)) referenced.add(objectOfId(value)!);
      }
      // Activities are re-derived from events in the org, events point at activities by external id.
      if (step.object === 'Activity__c') referenced.delete('Activity__c');
      for (const object of referenced)
        expect(`${step.object} → ${object}: ${loaded.has(object)}`).toBe(`${step.object} → ${object}: true`);
      loaded.add(step.object);
    }
  });

  it('prepares every step with real ids only, simulating the org along the way', () => {
    const ids = new IdMap();
    const problems = new Set<string>();
    let eventRecords: OrgRecord[] = [];
    for (const step of LOAD_STEPS) {
      const prepared = prepareStep(dataset, step, ids, context);
      for (const record of prepared.records) {
        if (Object.values(record).some((v) => typeof v === 'string' && v.includes('Ex000'))) {
          problems.add(`${step.object}: fake id left`);
        }
        if (Object.keys(record).some(isDatasetOnly))
          problems.add(`${step.object}: dataset-only property left`);
        if ('Id' in record) problems.add(`${step.object}: Id left`);
      }
      if (step.method === 'collections') {
        if (prepared.sourceIds.length !== prepared.records.length) problems.add(`${step.object}: source ids`);
        for (const part of chunk(prepared.sourceIds, 200)) {
          const results = part.map((id) => ({ success: true, id: realIdFor(id) }));
          recordCreatedIds(step.object, part, results, ids);
        }
      }
      if (step.object === 'Engagement_Event__c') eventRecords = prepared.records;
    }
    expect([...problems]).toEqual([]);
    expect(eventRecords).toHaveLength(dataset.events.length);
    const keys = new Set(activitiesForOrg(dataset, ids, context).map((a) => a.Activity_Key__c));
    expect(eventRecords.filter((e) => !keys.has(e['Activity__r.Activity_Key__c'] as string))).toEqual([]);
  });

  it('re-derives activities with the users merged into the running user', () => {
    const ids = new IdMap();
    for (const [key] of [['accounts'], ['contacts'], ['courses'], ['sections'], ['sessions']] as const) {
      for (const r of dataset[key]) ids.set(r.Id, realIdFor(r.Id));
    }
    const activities = activitiesForOrg(dataset, ids, context);
    const userActivities = activities.filter((a) => a.User__c !== undefined);
    expect(userActivities.length).toBeGreaterThan(0);
    expect(userActivities.every((a) => a.User__c === RUNNING_USER)).toBe(true);
    const contactActivities = activities.filter((a) => a.Contact__c !== undefined);
    expect(contactActivities).toHaveLength(dataset.activities.filter((a) => a.Contact__c).length);
    expect(new Set(activities.map((a) => a.Activity_Key__c)).size).toBe(activities.length);
    expect(activities.every((a) => a.Id === undefined)).toBe(true);
    expect(deriveActivities([], [])).toEqual([]);
  });
});

describe('recordCreatedIds', () => {
  it('maps results back in order and reports failures in one sentence', () => {
    const ids = new IdMap();
    const source = [fakeId('Account', 1), fakeId('Account', 2)];
    recordCreatedIds(
      'Account',
      source,
      [
        { success: true, id: 'A1' },
        { success: true, id: 'A2' }
      ],
      ids
    );
    expect([ids.resolve(source[0]), ids.resolve(source[1]), ids.size]).toEqual(['A1', 'A2', 2]);
    expect(() =>
      recordCreatedIds(
        'Account',
        source,
        [
          { success: true, id: 'A1' },
          { success: false, errors: [{ message: 'Bad name' }] }
        ],
        new IdMap()
      )
    ).toThrow('Account: 1 of 2 records were not created (first error: Bad name).');
    expect(() => recordCreatedIds('Account', source, [], new IdMap())).toThrow(/expected 2 results, got 0/);
  });
});

describe('chunk and toCsv', () => {
  it('chunks in order', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 200)).toEqual([]);
    expect(
      chunk(
        Array.from({ length: 401 }, (_, i) => i),
        200
      ).map((c) => c.length)
    ).toEqual([200, 200, 1]);
  });

  it('writes every column seen, escapes per RFC 4180 and leaves missing values empty', () => {
    const csv = toCsv([
      { Name: 'Plain', Amount: 5 },
      { Name: 'Comma, "quoted"', Description: 'two\nlines', IsWon: true },
      { Name: ' padded' }
    ]);
    expect(csv).toBe(
      'Name,Amount,Description,IsWon\n' +
        'Plain,5,,\n' +
        '"Comma, ""quoted""",,"two\nlines",true\n' +
        '" padded",,,\n'
    );
  });
});
