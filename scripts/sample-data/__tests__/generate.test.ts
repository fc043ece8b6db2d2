import { deriveActivities, isView, viewerOf, viewsInVisits } from '../activities';
import { roleGroupOfTitle } from '../catalog';
import { DAY_MS, generateDataset, PERIOD_DAYS } from '../generate';
import { caseSafeSuffix, fakeId, isFakeId, objectOfId } from '../ids';
import { parseDataset, serializeDataset } from '../serialize';
import { findField } from '../../schema';
import type { Dataset, DatasetObject } from '../types';

const COLLECTIONS: [keyof Dataset, DatasetObject][] = [
  ['accounts', 'Account'],
  ['contacts', 'Contact'],
  ['users', 'User'],
  ['courses', 'Course__c'],
  ['sections', 'Section__c'],
  ['sessions', 'Presentation_Session__c'],
  ['events', 'Engagement_Event__c'],
  ['activities', 'Activity__c'],
  ['cases', 'Case'],
  ['opportunities', 'Opportunity']
];

function records(dataset: Dataset, key: keyof Dataset): Record<string, unknown>[] {
  return dataset[key] as unknown as Record<string, unknown>[];
}

describe('fake ids', () => {
  it('computes the case-safe suffix Salesforce does', () => {
    expect(caseSafeSuffix('a0D30000001n7Pi')).toBe('EAI');
  });

  it('are 18 characters with the object key prefix and recognisable', () => {
    const id = fakeId('Account', 123);
    expect(id).toHaveLength(18);
    expect(id.startsWith('001')).toBe(true);
    expect(isFakeId(id)).toBe(true);
    expect(objectOfId(id)).toBe('Account');
    expect(id.slice(15)).toBe(caseSafeSuffix(id.slice(0, 15)));
    expect(fakeId('Account', 124)).not.toBe(id);
    expect(isFakeId('001000000000001AAA')).toBe(false);
  });
});

describe('generateDataset options', () => {
  it('is deterministic: same options give identical JSON', () => {
    const a = serializeDataset(generateDataset({ seed: 7, scale: 0.1 }));
    const b = serializeDataset(generateDataset({ seed: 7, scale: 0.1 }));
    expect(a).toBe(b);
    expect(parseDataset(a)).toEqual(JSON.parse(b));
  });

  it('differs with another seed or as-of date', () => {
    const base = serializeDataset(generateDataset({ seed: 7, scale: 0.1 }));
    expect(serializeDataset(generateDataset({ seed: 8, scale: 0.1 }))).not.toBe(base);
    const later = generateDataset({ seed: 7, scale: 0.1, asOf: '2026-03-01' });
    expect(later.generatedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(serializeDataset(later)).not.toBe(base);
  });

  it('takes generatedAt and the period from asOf, never the clock', () => {
    const d = generateDataset({ scale: 0.05, asOf: '2025-06-30' });
    expect(d.generatedAt).toBe('2025-06-30T00:00:00.000Z');
    expect(Date.parse(d.generatedAt) - Date.parse(d.periodStart)).toBe(PERIOD_DAYS * DAY_MS);
  });

  it('rejects bad options with a clear message', () => {
    expect(() => generateDataset({ asOf: '2025-02-30' })).toThrow(/real date/);
    expect(() => generateDataset({ seed: -1 })).toThrow(/seed/);
    expect(() => generateDataset({ scale: 0 })).toThrow(/scale/);
  });

  it('scales counts with scale', () => {
    const small = generateDataset({ scale: 0.1 });
    const larger = generateDataset({ scale: 0.3 });
    expect(small.accounts).toHaveLength(30);
    expect(larger.accounts).toHaveLength(90);
    expect(larger.contacts.length / small.contacts.length).toBeGreaterThan(2);
    expect(larger.events.length / small.events.length).toBeGreaterThan(2);
    expect(small.courses).toHaveLength(12);
  });

  it('rejects a file that is not a dataset', () => {
    expect(() => parseDataset('{"version":2}')).toThrow(/not an Entatio sample dataset/);
  });
});

describe('the default dataset (scale 1)', () => {
  let dataset: Dataset;
  let json: string;
  beforeAll(() => {
    dataset = generateDataset();
    json = serializeDataset(dataset);
  });

  it('has the documented size', () => {
    expect(dataset.accounts).toHaveLength(300);
    expect(dataset.contacts.length).toBeGreaterThanOrEqual(1800);
    expect(dataset.contacts.length).toBeLessThanOrEqual(2200);
    expect(dataset.users.length).toBeGreaterThanOrEqual(3);
    expect(dataset.users.length).toBeLessThanOrEqual(10);
    expect(dataset.courses).toHaveLength(12);
    expect(dataset.sessions.length).toBeGreaterThan(100);
    expect(dataset.events.length).toBeGreaterThan(20000);
    expect(dataset.cases.length).toBeGreaterThan(500);
    expect(dataset.opportunities.length).toBeGreaterThan(300);
    expect(Buffer.byteLength(json)).toBeLessThan(30e6);
  });

  it('has a dozen courses of 10–60 sections on distinct topics', () => {
    expect(new Set(dataset.courses.map((c) => c.Topic__c)).size).toBe(12);
    for (const course of dataset.courses) {
      const own = dataset.sections.filter((s) => s.Course__c === course.Id);
      expect(own.length).toBeGreaterThanOrEqual(10);
      expect(own.length).toBeLessThanOrEqual(60);
      expect(course.Slide_Count__c).toBe(own.length);
      expect(own.map((s) => s.Order__c)).toEqual(own.map((_, i) => i + 1));
      expect(new Set(own.map((s) => s.Title__c)).size).toBe(own.length);
    }
    for (const section of dataset.sections) expect(section.Name.length).toBeLessThanOrEqual(80);
  });

  it('mixes account types, industries, sizes and tenure', () => {
    const distinct = (values: string[]) => new Set(values).size;
    expect(distinct(dataset.accounts.map((a) => a.Type))).toBeGreaterThanOrEqual(3);
    expect(distinct(dataset.accounts.map((a) => a.Industry))).toBeGreaterThanOrEqual(10);
    expect(distinct(dataset.accounts.map((a) => a.size))).toBe(3);
    expect(distinct(dataset.accounts.map((a) => a.tenureBand))).toBe(3);
    expect(distinct(dataset.accounts.map((a) => a.Name))).toBe(dataset.accounts.length);
    const asOf = Date.parse(dataset.generatedAt);
    for (const account of dataset.accounts) {
      const days = (asOf - Date.parse(account.CreatedDate)) / DAY_MS;
      expect(account.tenureBand).toBe(days < 180 ? 'New' : days < 730 ? 'Established' : 'Mature');
    }
  });

  it('derives every contact role group from its title, and emails are unique', () => {
    for (const contact of dataset.contacts) expect(roleGroupOfTitle(contact.Title)).toBe(contact.roleGroup);
    expect(new Set(dataset.contacts.map((c) => c.Email)).size).toBe(dataset.contacts.length);
    expect(new Set(dataset.contacts.map((c) => c.roleGroup)).size).toBe(6);
  });

  it('gives every record a unique, well-formed id of its object', () => {
    const all = new Set<string>();
    const problems: string[] = [];
    for (const [key, object] of COLLECTIONS) {
      for (const record of records(dataset, key)) {
        const id = record.Id as string;
        if (!isFakeId(id) || objectOfId(id) !== object) problems.push(`${key}: bad id ${id}`);
        if (all.has(id)) problems.push(`${key}: duplicate id ${id}`);
        all.add(id);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has referential integrity: every id-valued property points at an existing record', () => {
    const objectOf = new Map<string, DatasetObject>();
    for (const [key, object] of COLLECTIONS)
      for (const r of records(dataset, key)) objectOf.set(r.Id as string, object);
    const dangling: string[] = [];
    for (const [key] of COLLECTIONS) {
      for (const record of records(dataset, key)) {
        for (const [field, value] of Object.entries(record)) {
          if (field !== 'Id' && isFakeId(value) && objectOf.get(value) !== objectOfId(value))
            dangling.push(`${key}.${field}`);
        }
      }
    }
    expect(dangling).toEqual([]);
  });

  it('relates events consistently to sections, courses, contacts, accounts and sessions', () => {
    const section = new Map(dataset.sections.map((s) => [s.Id, s]));
    const contact = new Map(dataset.contacts.map((c) => [c.Id, c]));
    const session = new Map(dataset.sessions.map((s) => [s.Id, s]));
    const userIds = new Set(dataset.users.map((u) => u.Id));
    const problems = new Set<string>();
    const check = (ok: boolean, problem: string) => {
      if (!ok) problems.add(problem);
    };
    for (const e of dataset.events) {
      check(section.get(e.Section__c)!.Course__c === e.Course__c, 'section of another course');
      if (e.Previous_Section__c)
        check(
          section.get(e.Previous_Section__c)!.Course__c === e.Course__c,
          'previous section of another course'
        );
      if (e.Contact__c) {
        check(e.User__c === undefined, 'contact event with a user');
        check(contact.get(e.Contact__c)!.AccountId === e.Account__c, "account is not the contact's");
      } else {
        check(userIds.has(e.User__c!), 'neither contact nor user');
        check(
          e.Account__c === undefined && e.Channel__c === 'On_Demand',
          'user event with account or not on demand'
        );
      }
      if (e.Type__c === 'Present') {
        const s = session.get(e.Session__c!)!;
        check(
          s.Course__c === e.Course__c && s.Account__c === e.Account__c && e.Channel__c === 'Live',
          'present vs session'
        );
        const t = Date.parse(e.Occurred_At__c);
        check(
          t >= Date.parse(s.Started_At__c) && t < Date.parse(s.Ended_At__c!),
          'present outside its session'
        );
      } else if (e.Type__c !== 'Complete') {
        check(e.Session__c === undefined && e.Channel__c !== 'Live', 'on-demand view with a session');
      }
    }
    for (const s of dataset.sessions) {
      if (s.Status__c === 'Scheduled')
        check(s.Started_At__c > dataset.generatedAt, 'scheduled session in the past');
      else check(s.Ended_At__c! > s.Started_At__c, 'session ends before it starts');
    }
    expect([...problems]).toEqual([]);
  });

  it('keeps events inside the six months, sorted, with unique keys', () => {
    const problems = new Set<string>();
    let previous = '';
    for (const e of dataset.events) {
      if (e.Occurred_At__c < dataset.periodStart || e.Occurred_At__c >= dataset.generatedAt)
        problems.add('outside the period');
      const order = e.Occurred_At__c + e.Event_Key__c;
      if (order <= previous) problems.add('not sorted');
      previous = order;
      if (e.Event_Key__c.length > 64) problems.add('key too long');
      if (isView(e) !== (e.Dwell_Seconds__c !== undefined))
        problems.add('dwell on a non-view or missing on a view');
    }
    expect([...problems]).toEqual([]);
    expect(new Set(dataset.events.map((e) => e.Event_Key__c)).size).toBe(dataset.events.length);
    expect(new Set(dataset.sessions.map((s) => s.Join_Code__c)).size).toBe(dataset.sessions.length);
  });

  it('labels returns, previous sections and completions by the visit rule', () => {
    const visits = viewsInVisits(dataset.events, dataset.sections);
    let returns = 0;
    const problems = new Set<string>();
    for (const v of visits) {
      const e = dataset.events[v.index];
      if (e.Previous_Section__c !== v.previousSection)
        problems.add('previous section differs from the visit rule');
      if (e.Type__c !== 'Present' && (e.Type__c === 'Return') !== v.isReturn)
        problems.add('Return label differs');
      if (e.Type__c === 'Return') returns++;
    }
    expect([...problems]).toEqual([]);
    expect(returns).toBeGreaterThan(500);
    const lastSection = new Map<string, string>();
    for (const s of dataset.sections) {
      if (s.Order__c === dataset.courses.find((c) => c.Id === s.Course__c)!.Slide_Count__c)
        lastSection.set(s.Course__c, s.Id);
    }
    const completions = dataset.events.filter((e) => e.Type__c === 'Complete');
    const completed = new Set(completions.map((e) => `${viewerOf(e)}|${e.Course__c}`));
    expect(completed.size).toBe(completions.length);
    expect(completions.filter((e) => e.Section__c !== lastSection.get(e.Course__c))).toEqual([]);
    const reachedEnd = new Set(
      dataset.events
        .filter((e) => isView(e) && lastSection.get(e.Course__c) === e.Section__c)
        .map((e) => `${viewerOf(e)}|${e.Course__c}`)
    );
    expect(completed.size).toBeGreaterThan(reachedEnd.size * 0.95);
  });

  it('derives activities from the events (deriveActivities) in every state', () => {
    expect(deriveActivities(dataset.events, dataset.sections)).toEqual(dataset.activities);
    const states = new Set(dataset.activities.map((a) => a.State__c));
    expect([...states].sort()).toEqual(['Not_Viewed_Again', 'Viewed', 'Viewed_Again']);
  });

  it('dates cases and opportunities sensibly and records engagement before close', () => {
    const asOf = Date.parse(dataset.generatedAt);
    const from = Date.parse(dataset.periodStart);
    const contact = new Map(dataset.contacts.map((c) => [c.Id, c]));
    const badCases = dataset.cases.filter(
      (c) =>
        Date.parse(c.CreatedDate) < from ||
        Date.parse(c.CreatedDate) >= asOf ||
        contact.get(c.ContactId)!.AccountId !== c.AccountId
    );
    expect(badCases).toEqual([]);
    expect(new Set(dataset.cases.map((c) => c.Type)).size).toBe(4);
    const problems = new Set<string>();
    for (const o of dataset.opportunities) {
      const close = Date.parse(o.CloseDate + 'T00:00:00.000Z');
      const closed = o.StageName === 'Closed Won' || o.StageName === 'Closed Lost';
      if (closed !== close < asOf) problems.add('closed stage and close date disagree');
      if ((o.Entatio_Engagement_Before_Close__c !== undefined) !== closed)
        problems.add('engagement before close');
      const count = dataset.events.filter(
        (e) =>
          e.Account__c === o.AccountId &&
          isView(e) &&
          Date.parse(e.Occurred_At__c) >= close - 90 * DAY_MS &&
          Date.parse(e.Occurred_At__c) < close
      ).length;
      if (closed && o.Entatio_Engagement_Before_Close__c !== count) problems.add('engagement count differs');
    }
    expect([...problems]).toEqual([]);
  });

  it('uses only fields and picklist values the schema declares on our objects', () => {
    const custom: [keyof Dataset, string][] = [
      ['courses', 'Course__c'],
      ['sections', 'Section__c'],
      ['sessions', 'Presentation_Session__c'],
      ['events', 'Engagement_Event__c'],
      ['activities', 'Activity__c'],
      ['opportunities', 'Opportunity']
    ];
    const standard = new Set(['Id', 'Name', 'OwnerId', 'CreatedDate']);
    const standardOpportunity = new Set(['AccountId', 'Type', 'StageName', 'Amount', 'CloseDate']);
    for (const [key, object] of custom) {
      const problems: string[] = [];
      for (const record of records(dataset, key).slice(0, 2000)) {
        for (const [field, value] of Object.entries(record)) {
          if (standard.has(field) || (object === 'Opportunity' && standardOpportunity.has(field))) continue;
          const spec = findField(object, field);
          if (!spec) {
            problems.push(`${object}.${field} is not in the schema`);
            continue;
          }
          const values = spec.definition.valueSet?.valueSetDefinition?.value?.map((v) => v.fullName);
          if (values && !values.includes(String(value)))
            problems.push(`${object}.${field} has no value "${value}"`);
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    }
  });
});
