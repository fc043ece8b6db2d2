/**
 * `@salesforce/apex` and `@salesforce/apex/<Class>.<method>` in the workbench. Each method import becomes
 * {@link apexMethod}: callable imperatively (`getCourse({ courseId })` → Promise) and usable with `@wire`
 * (it carries its wire adapter as `.adapter`, which the LWC engine picks up). Calls go to the workbench
 * server, which runs `scripts/workbench/apex/<Class>.ts` over the sample data and answers with JSON — so
 * values arrive serialized exactly as Apex sends them (dates as ISO strings), and errors arrive in the shape
 * Lightning gives components (`{ status, statusText, body: { message, exceptionType } }`).
 */
import { fetchJson } from './activity';

type Params = Record<string, unknown> | undefined;
type DataCallback = (value: { data: unknown; error: unknown }) => void;

export interface ApexMethod {
  (params?: Params): Promise<unknown>;
  adapter: new (dataCallback: DataCallback) => ApexWireAdapter;
}

interface ApexWireAdapter {
  connect(): void;
  disconnect(): void;
  update(config: Params): void;
}

/** The last value each wire adapter emitted, so `refreshApex(value)` can find its adapter. */
const adapterOfValue = new WeakMap<object, { refresh(): Promise<void> }>();

function invoke(className: string, methodName: string, params: Params): Promise<unknown> {
  return fetchJson<unknown>(
    `/__workbench/apex/${encodeURIComponent(className)}.${encodeURIComponent(methodName)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params ?? {})
    }
  );
}

export function apexMethod(className: string, methodName: string): ApexMethod {
  const call = ((params?: Params) => invoke(className, methodName, params)) as ApexMethod;

  call.adapter = class {
    private config: Params;
    private connected = false;
    private generation = 0;

    constructor(private readonly dataCallback: DataCallback) {}

    connect(): void {
      this.connected = true;
    }

    disconnect(): void {
      this.connected = false;
    }

    update(config: Params): void {
      this.config = config;
      // As on the platform, a wire with an undefined reactive parameter waits instead of calling Apex.
      if (config && Object.values(config).some((v) => v === undefined)) return;
      void this.fetch();
    }

    async fetch(): Promise<void> {
      const generation = ++this.generation;
      let value: { data: unknown; error: unknown };
      try {
        value = { data: await invoke(className, methodName, this.config), error: undefined };
      } catch (error) {
        value = { data: undefined, error };
      }
      // A newer config superseded this call, or the component went away.
      if (generation !== this.generation || !this.connected) return;
      adapterOfValue.set(value, { refresh: () => this.fetch() });
      this.dataCallback(value);
    }
  };
  return call;
}

/** `refreshApex(wiredValue)`: calls the wire's Apex method again and provisions the new value. */
export function refreshApex(wiredValue: unknown): Promise<void> {
  const adapter = wiredValue && typeof wiredValue === 'object' ? adapterOfValue.get(wiredValue) : undefined;
  return adapter ? adapter.refresh() : Promise.resolve();
}

/** `getSObjectValue(sobject, field)` for `@salesforce/schema` field references. */
export function getSObjectValue(
  sobject: Record<string, unknown>,
  field: { fieldApiName?: string } | string
): unknown {
  const path = typeof field === 'string' ? field : (field.fieldApiName ?? '');
  return path.split('.').reduce<unknown>((value, part) => {
    return value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }, sobject);
}
