import { WorkbenchData, UiApiError } from '../data';
import { fixtureDataset, ids } from './fixtures/dataset';

const data = new WorkbenchData(fixtureDataset());

describe('WorkbenchData', () => {
  it('runs as the first customer success manager', () => {
    expect(data.runningUser.Id).toBe(ids.csm);
  });

  it('shows a record with labels from the schema and the platform, and display values', () => {
    const view = data.recordView(ids.acme)!;
    expect(view).toMatchObject({
      objectApiName: 'Account',
      objectLabel: 'Account',
      name: 'Acme Corporation',
      pageId: 'account'
    });
    const field = (name: string) => view.fields.find((f) => f.apiName === name);
    expect(view.fields[0]).toMatchObject({
      apiName: 'Name',
      label: 'Account Name',
      display: 'Acme Corporation'
    });
    expect(field('AnnualRevenue')).toMatchObject({ label: 'Annual Revenue', display: '$12,500,000' });
    expect(field('NumberOfEmployees')).toMatchObject({ label: 'Employees', display: '420' });
    expect(field('OwnerId')).toMatchObject({ label: 'Account Owner', display: 'Casey Morgan' });
    expect(field('CreatedDate')).toMatchObject({ display: 'Mar 14, 2023, 9:30 AM' });
    // Dataset-only facts (lower-case properties) are not fields.
    expect(field('tenureBand')).toBeUndefined();
    expect(field('Id')).toBeUndefined();
    expect(view.highlights.map((h) => h.apiName)).toEqual([
      'Type',
      'Industry',
      'BillingCountry',
      'AnnualRevenue',
      'OwnerId'
    ]);
  });

  it('links lookups to record pages and labels custom fields from scripts/schema', () => {
    const contact = data.recordView(ids.ada)!;
    expect(contact.fields.map((f) => f.apiName)).not.toContain('FirstName');
    expect(contact.fields.find((f) => f.apiName === 'AccountId')).toMatchObject({
      label: 'Account Name',
      display: 'Acme Corporation',
      link: `/#/account/${ids.acme}`
    });
    const course = data.recordView(ids.course)!;
    expect(course).toMatchObject({ objectLabel: 'Course', iconName: 'custom:custom84' });
    expect(course.fields.find((f) => f.apiName === 'Name')?.label).toBe('Course Name');
    expect(course.fields.find((f) => f.apiName === 'Status__c')).toMatchObject({
      label: 'Status',
      display: 'Published'
    });
    expect(course.fields.find((f) => f.apiName === 'Published_At__c')?.display).toBe('Jan 15, 2025, 8:00 AM');
  });

  it('has no record page for records the workbench has no page for', () => {
    expect(data.recordView(ids.section1)).toBeUndefined();
    expect(data.recordView('001000000000000AAA')).toBeUndefined();
  });

  it('lists records by name for object homes and the index', () => {
    const list = data.listView('account')!;
    expect(list).toMatchObject({ label: 'Accounts', total: 2 });
    expect(list.rows.map((r) => r.name)).toEqual(['Acme Corporation', 'Globex']);
    expect(list.columns[0]).toEqual({ apiName: 'Name', label: 'Account Name' });
    expect(data.listView('health')).toBeUndefined();
    const index = data.indexView(1);
    expect(index.samples.map((s) => [s.pageId, s.rows.length])).toEqual([
      ['account', 1],
      ['contact', 1],
      ['course', 1]
    ]);
    expect(index.dataset.counts.find((c) => c.label === 'Accounts')?.count).toBe(2);
  });

  it('answers getRecord in the UI API shape, relationships nested', () => {
    const record = data.uiApiRecord(ids.ada, [
      'Contact.Name',
      'Contact.Account.Name',
      'Contact.Account.Owner.Name'
    ]);
    expect(record).toEqual({
      apiName: 'Contact',
      id: ids.ada,
      fields: {
        Name: { value: 'Ada Lovelace', displayValue: null },
        Account: {
          displayValue: null,
          value: {
            apiName: 'Account',
            id: ids.acme,
            fields: {
              Name: { value: 'Acme Corporation', displayValue: null },
              Owner: {
                displayValue: null,
                value: {
                  apiName: 'User',
                  id: ids.csm,
                  fields: { Name: { value: 'Casey Morgan', displayValue: null } }
                }
              }
            }
          }
        }
      }
    });
    expect(data.uiApiRecord(ids.acme, ['Account.AnnualRevenue']).fields.AnnualRevenue).toEqual({
      value: 12500000,
      displayValue: '$12,500,000'
    });
  });

  it('fails like the UI API for unknown records and fields, except optional ones', () => {
    expect(() => data.uiApiRecord('001000000000000AAA', ['Account.Name'])).toThrow(UiApiError);
    expect(() => data.uiApiRecord(ids.acme, ['Account.Nope__c'])).toThrow(/No such column 'Nope__c'/);
    expect(() => data.uiApiRecord(ids.acme, ['Contact.Name'])).toThrow(/not on Account/);
    expect(data.uiApiRecord(ids.acme, [], ['Account.Nope__c']).fields).toEqual({});
  });
});
