/** The browser-side platform modules, run in Node against a stubbed `fetch`. */
import { apexMethod, getSObjectValue, refreshApex } from '../app/platform/apex';
import { pendingCalls, whenIdle } from '../app/platform/activity';
import { hasPermission } from '../app/platform/config';
import { publish, subscribe, unsubscribe } from '../app/platform/empApi';
import { routeFor } from '../app/platform/navigation';
import { getFieldDisplayValue, getFieldValue, type RecordRepresentation } from '../app/platform/uiRecordApi';

const realFetch = global.fetch;
let calls: { url: string; body: unknown }[] = [];

function answer(status: number, body: unknown): void {
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
}

afterEach(() => {
  global.fetch = realFetch;
  calls = [];
});

describe('@salesforce/apex in the workbench', () => {
  it('calls the workbench server imperatively and tracks the call', async () => {
    answer(200, { id: 'a01' });
    const getCourse = apexMethod('CourseController', 'getCourse');
    const pending = getCourse({ courseId: 'a01' });
    expect(pendingCalls()).toBe(1);
    await expect(pending).resolves.toEqual({ id: 'a01' });
    await whenIdle();
    expect(calls).toEqual([
      { url: '/__workbench/apex/CourseController.getCourse', body: { courseId: 'a01' } }
    ]);
  });

  it('rejects with the error body Lightning gives components', async () => {
    answer(500, { status: 500, body: { message: 'No course.' } });
    await expect(apexMethod('CourseController', 'getCourse')({})).rejects.toEqual({
      status: 500,
      body: { message: 'No course.' }
    });
  });

  it('works as a wire adapter: waits for defined parameters, provisions data or error, refreshes', async () => {
    answer(200, { n: 1 });
    const values: { data: unknown; error: unknown }[] = [];
    const Adapter = apexMethod('CourseController', 'getCourse').adapter;
    const adapter = new Adapter((value) => values.push(value));
    adapter.connect();
    adapter.update({ courseId: undefined });
    await whenIdle();
    expect(calls).toHaveLength(0);
    adapter.update({ courseId: 'a01' });
    await whenIdle();
    await new Promise((resolve) => setImmediate(resolve));
    expect(values).toEqual([{ data: { n: 1 }, error: undefined }]);
    answer(200, { n: 2 });
    await refreshApex(values[0]);
    expect(values[1]).toEqual({ data: { n: 2 }, error: undefined });
    answer(500, { body: { message: 'gone' } });
    await refreshApex(values[1]);
    expect(values[2]).toEqual({ data: undefined, error: { body: { message: 'gone' } } });
    await expect(refreshApex({ not: 'wired' })).resolves.toBeUndefined();
  });

  it('reads sobject fields by schema reference', () => {
    const record = { Name: 'Acme', Owner: { Name: 'Casey' } };
    expect(getSObjectValue(record, { fieldApiName: 'Name' })).toBe('Acme');
    expect(getSObjectValue(record, 'Owner.Name')).toBe('Casey');
  });
});

describe('lightning/uiRecordApi in the workbench', () => {
  const record: RecordRepresentation = {
    apiName: 'Contact',
    id: '003',
    fields: {
      Name: { value: 'Ada', displayValue: null },
      Account: {
        value: { apiName: 'Account', id: '001', fields: { AnnualRevenue: { value: 5, displayValue: '$5' } } },
        displayValue: null
      }
    }
  };

  it('reads field values and display values, across relationships', () => {
    expect(getFieldValue(record, { objectApiName: 'Contact', fieldApiName: 'Name' })).toBe('Ada');
    expect(getFieldValue(record, 'Contact.Account.AnnualRevenue')).toBe(5);
    expect(getFieldDisplayValue(record, 'Contact.Account.AnnualRevenue')).toBe('$5');
    expect(getFieldDisplayValue(record, 'Contact.Name')).toBe('Ada');
    expect(getFieldValue(record, 'Contact.Title')).toBeUndefined();
    expect(getFieldValue(undefined, 'Contact.Name')).toBeUndefined();
  });
});

describe('lightning/navigation in the workbench', () => {
  it('maps page references to workbench routes', () => {
    expect(
      routeFor({
        type: 'standard__recordPage',
        attributes: { recordId: '001Ex0000000001IAA', actionName: 'view' }
      })
    ).toEqual({
      page: 'account',
      recordId: '001Ex0000000001IAA'
    });
    expect(
      routeFor({ type: 'standard__recordPage', attributes: { recordId: 'x', objectApiName: 'Course__c' } })
    ).toEqual({ page: 'course', recordId: 'x' });
    expect(routeFor({ type: 'standard__objectPage', attributes: { objectApiName: 'Contact' } })).toEqual({
      page: 'contact'
    });
    expect(routeFor({ type: 'standard__navItemPage', attributes: { apiName: 'Entatio_Insights' } })).toEqual({
      page: 'insights'
    });
    expect(
      routeFor({ type: 'standard__recordPage', attributes: { recordId: '006Ex0000000001IAA' } })
    ).toBeUndefined();
    expect(
      routeFor({ type: 'standard__webPage', attributes: { url: 'https://example.com' } })
    ).toBeUndefined();
  });
});

describe('other platform modules', () => {
  it('grants custom permissions unless withheld', () => {
    expect(hasPermission('Entatio_Admin')).toBe(true);
  });

  it('delivers empApi messages to subscribers of the channel', async () => {
    const received: unknown[] = [];
    const subscription = await subscribe('/event/Engagement__e', -1, (m) => received.push(m));
    publish('/event/Engagement__e', { Section__c: 'a02' });
    publish('/event/Other__e', {});
    await unsubscribe(subscription);
    publish('/event/Engagement__e', {});
    expect(received).toEqual([
      { channel: '/event/Engagement__e', data: { event: { replayId: 1 }, payload: { Section__c: 'a02' } } }
    ]);
  });
});
