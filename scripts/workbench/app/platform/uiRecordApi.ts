/**
 * `lightning/uiRecordApi` in the workbench, over the sample data on the server (`/__workbench/ui-api`).
 * Records come back in the UI API shape (`{ apiName, id, fields: { Name: { value, displayValue } } }`,
 * relationships nested), so `getFieldValue` and `getFieldDisplayValue` work as in Lightning.
 */
import { fetchJson } from './activity';

type FieldRef = string | { objectApiName?: string; fieldApiName?: string };

export interface RecordRepresentation {
  apiName: string;
  id: string;
  fields: Record<string, { value: unknown; displayValue: string | null }>;
}

type DataCallback = (value: { data: RecordRepresentation | undefined; error: unknown }) => void;

interface GetRecordConfig {
  recordId?: string;
  fields?: FieldRef | FieldRef[];
  optionalFields?: FieldRef | FieldRef[];
  layoutTypes?: string | string[];
}

function qualified(field: FieldRef): string {
  if (typeof field === 'string') return field;
  return field.fieldApiName ? `${field.objectApiName}.${field.fieldApiName}` : (field.objectApiName ?? '');
}

function list(value: FieldRef | FieldRef[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(qualified);
}

const active = new Set<GetRecordAdapter>();

class GetRecordAdapter {
  private config: GetRecordConfig = {};
  private generation = 0;

  constructor(private readonly dataCallback: DataCallback) {}

  connect(): void {
    active.add(this);
  }

  disconnect(): void {
    active.delete(this);
  }

  get recordId(): string | undefined {
    return this.config.recordId;
  }

  update(config: GetRecordConfig): void {
    this.config = config ?? {};
    if (!this.config.recordId) return;
    void this.fetch();
  }

  async fetch(): Promise<void> {
    const generation = ++this.generation;
    const query = new URLSearchParams();
    const fields = list(this.config.fields);
    const optional = list(this.config.optionalFields);
    if (fields.length) query.set('fields', fields.join(','));
    if (optional.length) query.set('optionalFields', optional.join(','));
    if (this.config.layoutTypes)
      query.set('layoutTypes', ([] as string[]).concat(this.config.layoutTypes).join(','));
    let value: { data: RecordRepresentation | undefined; error: unknown };
    try {
      const url = `/__workbench/ui-api/records/${encodeURIComponent(this.config.recordId!)}?${query}`;
      value = { data: await fetchJson<RecordRepresentation>(url), error: undefined };
    } catch (error) {
      value = { data: undefined, error };
    }
    if (generation === this.generation) this.dataCallback(value);
  }
}

export const getRecord = GetRecordAdapter;

function fieldOf(
  record: RecordRepresentation | undefined,
  field: FieldRef
): { value: unknown; displayValue: string | null } | undefined {
  if (!record) return undefined;
  const [, ...path] = qualified(field).split('.');
  let current: RecordRepresentation | undefined = record;
  for (let i = 0; i < path.length; i++) {
    const entry: { value: unknown; displayValue: string | null } | undefined = current?.fields[path[i]!];
    if (i === path.length - 1) return entry;
    current = entry?.value as RecordRepresentation | undefined;
  }
  return undefined;
}

export function getFieldValue(record: RecordRepresentation | undefined, field: FieldRef): unknown {
  return fieldOf(record, field)?.value;
}

export function getFieldDisplayValue(record: RecordRepresentation | undefined, field: FieldRef): unknown {
  const entry = fieldOf(record, field);
  return entry ? (entry.displayValue ?? entry.value) : undefined;
}

/** Re-provisions every `getRecord` wire on the given records. */
export async function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void> {
  const ids = new Set(items.map((i) => i.recordId));
  await Promise.all([...active].filter((a) => a.recordId && ids.has(a.recordId)).map((a) => a.fetch()));
}

/** `getRecordNotifyChange` (deprecated on the platform, kept for older components). */
export function getRecordNotifyChange(items: { recordId: string }[]): void {
  void notifyRecordUpdateAvailable(items);
}

interface RecordInput {
  apiName?: string;
  fields: Record<string, unknown>;
}

export async function updateRecord(input: RecordInput): Promise<RecordRepresentation> {
  const id = input.fields.Id;
  if (typeof id !== 'string') throw { body: { message: 'updateRecord needs fields.Id.' }, status: 400 };
  const record = await fetchJson<RecordRepresentation>(
    `/__workbench/ui-api/records/${encodeURIComponent(id)}`,
    {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input)
    }
  );
  await notifyRecordUpdateAvailable([{ recordId: id }]);
  return record;
}

export function createRecord(input: RecordInput): Promise<RecordRepresentation> {
  return fetchJson<RecordRepresentation>('/__workbench/ui-api/records', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input)
  });
}

export async function deleteRecord(recordId: string): Promise<void> {
  await fetchJson<null>(`/__workbench/ui-api/records/${encodeURIComponent(recordId)}`, { method: 'DELETE' });
}
