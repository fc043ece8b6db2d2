/**
 * The sample dataset as the workbench serves it: records indexed by id, field labels and display values as
 * Lightning shows them (labels from `scripts/schema` for our fields, the platform's labels for standard
 * ones), record views for the shell pages and UI API records for `lightning/uiRecordApi`.
 *
 * Only properties named like Salesforce fields (upper-case first letter) are fields; the dataset's
 * lower-case properties are generator facts that do not exist in an org, so they are never shown.
 */
import type { IndexView, FieldView, ListView, RecordView } from './api-types';
import { findField, specsOf } from '../schema';
import type { Dataset, DatasetUser } from '../sample-data/types';
import { PAGES, routeHref, recordPageFor, type PageId } from './pages';

export type SObject = Record<string, unknown> & { Id: string };

/** Dataset collection → object API name. */
export const COLLECTIONS: Record<string, string> = {
  accounts: 'Account',
  contacts: 'Contact',
  users: 'User',
  courses: 'Course__c',
  sections: 'Section__c',
  sessions: 'Presentation_Session__c',
  events: 'Engagement_Event__c',
  activities: 'Activity__c',
  cases: 'Case',
  opportunities: 'Opportunity'
};

/** Labels of standard objects and fields the dataset uses (ours come from scripts/schema). */
const STANDARD_OBJECT_LABELS: Record<string, [string, string]> = {
  Account: ['Account', 'Accounts'],
  Contact: ['Contact', 'Contacts'],
  User: ['User', 'Users'],
  Case: ['Case', 'Cases'],
  Opportunity: ['Opportunity', 'Opportunities']
};

const STANDARD_FIELD_LABELS: Record<string, string> = {
  'Account.Name': 'Account Name',
  'Account.OwnerId': 'Account Owner',
  'Account.NumberOfEmployees': 'Employees',
  'Contact.AccountId': 'Account Name',
  'Contact.OwnerId': 'Contact Owner',
  'Opportunity.Name': 'Opportunity Name',
  'Opportunity.AccountId': 'Account Name',
  'Opportunity.OwnerId': 'Opportunity Owner',
  'Opportunity.StageName': 'Stage',
  'Case.AccountId': 'Account Name',
  'Case.ContactId': 'Contact Name',
  'Case.OwnerId': 'Case Owner',
  OwnerId: 'Owner',
  CreatedDate: 'Created Date',
  AnnualRevenue: 'Annual Revenue',
  BillingCountry: 'Billing Country',
  FirstName: 'First Name',
  LastName: 'Last Name',
  CloseDate: 'Close Date'
};

type FieldKind = 'text' | 'id' | 'date' | 'datetime' | 'number' | 'currency' | 'picklist' | 'url' | 'email';

const STANDARD_FIELD_KINDS: Record<string, FieldKind> = {
  AnnualRevenue: 'currency',
  Amount: 'currency',
  NumberOfEmployees: 'number',
  CreatedDate: 'datetime',
  CloseDate: 'date',
  Email: 'email'
};

/** Fields of the compact layout (highlights panel) and list views, per object. */
const HIGHLIGHTS: Record<string, string[]> = {
  Account: ['Type', 'Industry', 'BillingCountry', 'AnnualRevenue', 'OwnerId'],
  Contact: ['Title', 'AccountId', 'Email', 'Department'],
  Course__c: ['Status__c', 'Audience_Tier__c', 'Topic__c', 'Slide_Count__c', 'OwnerId']
};
const LIST_COLUMNS: Record<string, string[]> = {
  Account: ['Type', 'Industry', 'BillingCountry', 'OwnerId'],
  Contact: ['Title', 'AccountId', 'Email'],
  Course__c: ['Status__c', 'Topic__c', 'Slide_Count__c', 'Audience_Tier__c']
};
/** Compound name parts Lightning shows as one Name field. */
const NAME_PARTS = new Set(['FirstName', 'LastName']);

const isFieldName = (key: string): boolean => /^[A-Z]/.test(key);

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC'
});
const numberFormat = new Intl.NumberFormat('en-US');
const currencyFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0
});

export interface IndexedRecord {
  objectApiName: string;
  record: SObject;
}

export class WorkbenchData {
  readonly byId = new Map<string, IndexedRecord>();
  readonly byObject = new Map<string, SObject[]>();
  /** The user the workbench runs as: the first customer success manager (whose accounts CSMs see). */
  readonly runningUser: DatasetUser;

  constructor(readonly dataset: Dataset) {
    for (const [collection, objectApiName] of Object.entries(COLLECTIONS)) {
      const records = (dataset as unknown as Record<string, SObject[] | undefined>)[collection] ?? [];
      this.byObject.set(objectApiName, records);
      for (const record of records) this.byId.set(record.Id, { objectApiName, record });
    }
    const user = dataset.users.find((u) => u.role === 'CSM') ?? dataset.users[0];
    if (!user) throw new Error('The sample dataset has no users; the workbench needs one to run as.');
    this.runningUser = user;
  }

  /** Platform events Apex implementations published in this session (`lightning/empApi` polls them). */
  readonly platformEvents: { replayId: number; channel: string; payload: unknown }[] = [];

  /** Publishes a platform event to the session's subscribers, e.g. `publishEvent('/event/Presentation__e', {...})`. */
  publishEvent(channel: string, payload: unknown): void {
    const replayId = (this.platformEvents.at(-1)?.replayId ?? 0) + 1;
    this.platformEvents.push({ replayId, channel, payload });
    // A session keeps the latest events only: followers poll every few hundred milliseconds.
    if (this.platformEvents.length > 1000) this.platformEvents.splice(0, this.platformEvents.length - 1000);
  }

  /** The events after `replayId` (none for -1: a new subscriber gets only what comes next) and the latest id. */
  platformEventsAfter(replayId: number): { latest: number; events: WorkbenchData['platformEvents'] } {
    const latest = this.platformEvents.at(-1)?.replayId ?? 0;
    return { latest, events: replayId < 0 ? [] : this.platformEvents.filter((e) => e.replayId > replayId) };
  }

  records(objectApiName: string): SObject[] {
    return this.byObject.get(objectApiName) ?? [];
  }

  get(id: string): IndexedRecord | undefined {
    return this.byId.get(id);
  }

  objectLabel(objectApiName: string, plural = false): string {
    const standard = STANDARD_OBJECT_LABELS[objectApiName];
    if (standard) return standard[plural ? 1 : 0];
    const definition = specsOf(objectApiName).find((s) => s.definition)?.definition;
    const label = plural ? definition?.pluralLabel : definition?.label;
    return label ?? objectApiName.replace(/__c$/, '').replace(/_/g, ' ');
  }

  fieldLabel(objectApiName: string, field: string): string {
    const ours = findField(objectApiName, field)?.definition.label;
    if (ours) return ours;
    const standard = STANDARD_FIELD_LABELS[`${objectApiName}.${field}`] ?? STANDARD_FIELD_LABELS[field];
    if (standard) return standard;
    if (field === 'Name') {
      const nameField = specsOf(objectApiName).find((s) => s.definition?.nameField)?.definition?.nameField;
      return nameField?.label ?? 'Name';
    }
    return field
      .replace(/__c$/, '')
      .replace(/Id$/, '')
      .replace(/_/g, ' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2');
  }

  private fieldKind(objectApiName: string, field: string, value: unknown): FieldKind {
    const type = findField(objectApiName, field)?.definition.type;
    switch (type) {
      case 'Date':
        return 'date';
      case 'DateTime':
        return 'datetime';
      case 'Currency':
        return 'currency';
      case 'Number':
      case 'Summary':
      case 'Percent':
        return 'number';
      case 'Picklist':
      case 'MultiselectPicklist':
        return 'picklist';
      case 'Url':
        return 'url';
      case 'Email':
        return 'email';
      case 'Lookup':
      case 'MasterDetail':
        return 'id';
    }
    if (STANDARD_FIELD_KINDS[field]) return STANDARD_FIELD_KINDS[field];
    if (typeof value === 'string' && this.byId.has(value)) return 'id';
    if (typeof value === 'number') return 'number';
    return 'text';
  }

  /** The display value Lightning would show, and a link for lookups to pages the workbench has. */
  fieldView(objectApiName: string, field: string, value: unknown): FieldView {
    const label = this.fieldLabel(objectApiName, field);
    const view: FieldView = { apiName: field, label, value, display: '' };
    if (value === undefined || value === null || value === '') return view;
    switch (this.fieldKind(objectApiName, field, value)) {
      case 'id': {
        const target = this.get(String(value));
        view.display = target ? this.nameOf(target.record) : String(value);
        const page = target ? recordPageFor(target.objectApiName) : undefined;
        if (page && target) view.link = routeHref({ page: page.id, recordId: target.record.Id });
        break;
      }
      case 'date':
        view.display = dateFormat.format(new Date(`${String(value)}T00:00:00Z`));
        break;
      case 'datetime':
        view.display = dateTimeFormat.format(new Date(String(value)));
        break;
      case 'currency':
        view.display = currencyFormat.format(Number(value));
        break;
      case 'number':
        view.display = numberFormat.format(Number(value));
        break;
      case 'picklist': {
        const values = findField(objectApiName, field)?.definition.valueSet?.valueSetDefinition?.value ?? [];
        view.display = values.find((v) => v.fullName === value)?.label ?? String(value);
        break;
      }
      default:
        view.display = String(value);
    }
    return view;
  }

  nameOf(record: SObject): string {
    if (typeof record.Name === 'string') return record.Name;
    const parts = [record.FirstName, record.LastName].filter((p) => typeof p === 'string');
    return parts.length ? parts.join(' ') : record.Id;
  }

  /** The record as the shell's record page shows it, or `undefined` for an unknown id. */
  recordView(id: string): RecordView | undefined {
    const found = this.get(id);
    const page = found ? recordPageFor(found.objectApiName) : undefined;
    if (!found || !page) return undefined;
    const { objectApiName, record } = found;
    const keys = Object.keys(record).filter((k) => isFieldName(k) && k !== 'Id' && !NAME_PARTS.has(k));
    const ordered = ['Name', ...keys.filter((k) => k !== 'Name')].filter((k) => k in record || k === 'Name');
    return {
      id: record.Id,
      objectApiName,
      objectLabel: this.objectLabel(objectApiName),
      name: this.nameOf(record),
      pageId: page.id,
      iconName: page.iconName,
      highlights: (HIGHLIGHTS[objectApiName] ?? [])
        .filter((f) => record[f] !== undefined)
        .map((f) => this.fieldView(objectApiName, f, record[f])),
      fields: ordered.map((f) =>
        this.fieldView(objectApiName, f, f === 'Name' ? this.nameOf(record) : record[f])
      )
    };
  }

  /** The first `limit` records of a record page's object, sorted by name. */
  listView(pageId: PageId, limit = 50): ListView | undefined {
    const page = PAGES.find((p) => p.id === pageId);
    if (!page || page.kind !== 'record') return undefined;
    const { objectApiName } = page;
    const all = [...this.records(objectApiName)].sort((a, b) => this.nameOf(a).localeCompare(this.nameOf(b)));
    const columns = LIST_COLUMNS[objectApiName] ?? [];
    return {
      pageId,
      objectApiName,
      label: this.objectLabel(objectApiName, true),
      total: all.length,
      columns: [
        { apiName: 'Name', label: this.fieldLabel(objectApiName, 'Name') },
        ...columns.map((c) => ({ apiName: c, label: this.fieldLabel(objectApiName, c) }))
      ],
      rows: all.slice(0, limit).map((record) => ({
        id: record.Id,
        name: this.nameOf(record),
        link: routeHref({ page: pageId, recordId: record.Id }),
        cells: columns.map((c) => this.fieldView(objectApiName, c, record[c]))
      }))
    };
  }

  indexView(samplesPerObject = 5): IndexView {
    const { dataset } = this;
    return {
      dataset: {
        seed: dataset.seed,
        scale: dataset.scale,
        asOf: dataset.asOf,
        counts: Object.values(COLLECTIONS).map((objectApiName) => ({
          label: this.objectLabel(objectApiName, true),
          count: this.records(objectApiName).length
        }))
      },
      runningUser: { id: this.runningUser.Id, name: this.runningUser.Name, title: this.runningUser.Title },
      samples: PAGES.filter((p) => p.kind === 'record')
        .map((p) => this.listView(p.id, samplesPerObject))
        .filter((v): v is ListView => !!v)
    };
  }

  /**
   * A record in the UI API shape `getRecord` provisions: the requested fields (`Account.Name`,
   * `Contact.Account.Name`), relationships nested. Unknown required fields fail like the UI API does.
   */
  uiApiRecord(id: string, fields: string[], optionalFields: string[] = []): UiApiRecord {
    const found = this.get(id);
    if (!found) throw new UiApiError(404, 'The requested resource does not exist');
    const result: UiApiRecord = { apiName: found.objectApiName, id, fields: {} };
    const add = (qualified: string, optional: boolean): void => {
      const [objectApiName, ...path] = qualified.split('.');
      if (objectApiName !== found.objectApiName || path.length === 0) {
        if (!optional) throw new UiApiError(400, `The field ${qualified} is not on ${found.objectApiName}.`);
        return;
      }
      this.addPath(result, found.record, found.objectApiName, path, optional, qualified);
    };
    fields.forEach((f) => add(f, false));
    optionalFields.forEach((f) => add(f, true));
    return result;
  }

  private addPath(
    target: UiApiRecord,
    record: SObject,
    objectApiName: string,
    path: string[],
    optional: boolean,
    qualified: string
  ): void {
    const [head, ...rest] = path as [string, ...string[]];
    if (rest.length === 0) {
      const value = head === 'Name' ? this.nameOf(record) : record[head];
      if (value === undefined && !(head in record) && !findField(objectApiName, head) && head !== 'Id') {
        if (!optional) throw new UiApiError(400, `No such column '${head}' on entity '${objectApiName}'.`);
        return;
      }
      const view = this.fieldView(objectApiName, head, value);
      target.fields[head] = {
        value: value ?? null,
        displayValue: view.display && view.display !== value ? view.display : null
      };
      return;
    }
    // A relationship: Account → AccountId, Course__r → Course__c.
    const idField = head.endsWith('__r') ? head.replace(/__r$/, '__c') : `${head}Id`;
    const relatedId = record[idField];
    const related = typeof relatedId === 'string' ? this.get(relatedId) : undefined;
    if (!related) {
      target.fields[head] = target.fields[head] ?? { value: null, displayValue: null };
      if (relatedId === undefined && !optional && !(idField in record)) {
        throw new UiApiError(400, `No such relationship '${head}' on ${objectApiName} (${qualified}).`);
      }
      return;
    }
    const existing = target.fields[head]?.value as UiApiRecord | null | undefined;
    const nested: UiApiRecord = existing ?? {
      apiName: related.objectApiName,
      id: related.record.Id,
      fields: {}
    };
    target.fields[head] = { value: nested, displayValue: null };
    this.addPath(nested, related.record, related.objectApiName, rest, optional, qualified);
  }
}

export interface UiApiRecord {
  apiName: string;
  id: string;
  fields: Record<string, { value: unknown; displayValue: string | null }>;
}

export class UiApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}
