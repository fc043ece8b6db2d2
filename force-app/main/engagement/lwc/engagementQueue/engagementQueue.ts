/**
 * The viewer's event queue: no engagement lost, none recorded twice, and the UI never waits for it.
 *
 * - `enqueue` gives each event a key made here (crypto.randomUUID, else a random fallback) and writes the queue to
 *   storage at once, so events survive reloads, crashes and offline periods.
 * - Events are sent in batches of `maxBatch` (CourseView.eventLimits.maxEventsPerCall) after a short debounce, at
 *   once when the device comes back online and when the page is hidden or left (`connectWindow`).
 * - The server's answer decides what leaves the queue: `accepted` and `rejected` keys go, `retry` keys stay, and a call
 *   that fails altogether keeps all its keys. Resending is safe because the server writes each key at most once.
 * - Failures back off exponentially (capped); a key is never in two calls at the same time.
 * - Nothing here throws into the caller: storage that is full, disabled or corrupt, and sends that throw, are absorbed
 *   (the queue then lives in memory and keeps retrying).
 *
 * Pure TypeScript with injected dependencies (storage, send, clock, timers, online signal), unit-tested on its own.
 */

/** Local storage as far as the queue needs it (window.localStorage fits). */
export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the server answers for a batch (ViewerDto.RecordResult). */
export interface SendResult {
  accepted: string[];
  rejected: { key?: string | null; reason: string }[];
  retry: string[];
}

/** Anything with a key; the queue keeps the rest of the event as it was given. */
export interface KeyedEvent {
  key: string;
}

export interface QueueOptions<E extends KeyedEvent> {
  /** Where the queue is kept, e.g. `queueStorageKey(userId)`. */
  storageKey: string;
  /** Sends one batch. May reject; the batch's keys then stay queued. */
  send: (events: E[]) => Promise<SendResult>;
  /** Default: window.localStorage when usable, else memory only. Pass null for memory only. */
  storage?: QueueStorage | null;
  /** Default: Date.now. */
  now?: () => number;
  /** Default: setTimeout / clearTimeout. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Whether the device is online at the start. Default: navigator.onLine (true when unknown). */
  online?: boolean;
  /** Events per call. Default 200. */
  maxBatch?: number;
  /** Wait after an enqueue before sending, so a burst goes in one call. Default 2000 ms. */
  debounceMs?: number;
  /** First wait after a failure; doubled per consecutive failure up to `maxBackoffMs`. Defaults 2 s, 5 min. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** At most this many events are kept; the oldest go first beyond it. Default 5000. */
  maxQueued?: number;
  /** Default: newEventKey. */
  makeKey?: () => string;
  /** Told about rejected events and failed calls (never required). */
  onProblem?: (problem: QueueProblem) => void;
}

export type QueueProblem =
  | { kind: 'rejected'; key: string; reason: string }
  | { kind: 'send-failed'; error: unknown; attempt: number }
  | { kind: 'storage'; error: unknown };

interface StoredQueue {
  v: 1;
  events: unknown[];
}

const STORAGE_PREFIX = 'entatio:queue:';
const DEFAULTS = {
  maxBatch: 200,
  debounceMs: 2000,
  backoffMs: 2000,
  maxBackoffMs: 5 * 60 * 1000,
  maxQueued: 5000
};
/** Keys acknowledged recently: not written back when another instance's copy still lists them. */
const MAX_FORGOTTEN = 2000;

/** The storage key of a user's queue. */
export function queueStorageKey(userId: string | undefined): string {
  return STORAGE_PREFIX + (userId || 'anonymous');
}

let fallbackCounter = 0;

/**
 * A key for one event, valid for the server ([A-Za-z0-9_.:-]{1,64}): a random UUID where the browser makes one,
 * else a v4-style UUID from crypto.getRandomValues, else time + counter + Math.random (unique enough within a user).
 */
export function newEventKey(): string {
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  try {
    if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  } catch {
    // Not a secure context: fall through.
  }
  try {
    if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
      const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
      bytes[6] = (bytes[6]! & 0x0f) | 0x40;
      bytes[8] = (bytes[8]! & 0x3f) | 0x80;
      const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
  } catch {
    // Fall through.
  }
  fallbackCounter = (fallbackCounter + 1) % 0x100000;
  const random = () => Math.floor(Math.random() * 0x100000000).toString(36);
  return `k-${Date.now().toString(36)}-${fallbackCounter.toString(36)}-${random()}${random()}`;
}

function defaultStorage(): QueueStorage | null {
  try {
    const storage = (globalThis as { localStorage?: QueueStorage }).localStorage;
    if (!storage) return null;
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function isKeyed(value: unknown): value is KeyedEvent {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as KeyedEvent).key === 'string' &&
    (value as KeyedEvent).key.length > 0
  );
}

export class EngagementQueue<E extends KeyedEvent = KeyedEvent> {
  private readonly options: QueueOptions<E>;
  private readonly storage: QueueStorage | null;
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private events: E[] = [];
  private readonly inFlight = new Set<string>();
  private readonly forgotten = new Set<string>();
  private maxBatch: number;
  private online: boolean;
  private failures = 0;
  private timer: unknown;
  private timerDue = Infinity;
  private sending: Promise<void> | undefined;
  private disposed = false;

  constructor(options: QueueOptions<E>) {
    this.options = options;
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.now = options.now ?? (() => Date.now());
    // Debounce and back-off: waiting on time, there is no event to listen to.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.maxBatch = Math.max(1, options.maxBatch ?? DEFAULTS.maxBatch);
    const navigatorOnline = (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine;
    this.online = options.online ?? navigatorOnline !== false;
    this.events = this.load();
    if (this.events.length) this.schedule(0);
  }

  /** Events waiting to be acknowledged (copies), oldest first. */
  get pending(): E[] {
    return this.events.map((e) => ({ ...e }));
  }

  get size(): number {
    return this.events.length;
  }

  get isOnline(): boolean {
    return this.online;
  }

  /**
   * Queues an event and returns its key (the one given, or a new one). Persisted before this returns; sent after the
   * debounce. Never throws.
   */
  enqueue(event: Omit<E, 'key'> & { key?: string }): string {
    let key = '';
    try {
      key = event.key || (this.options.makeKey ?? newEventKey)();
      const queued = { ...event, key } as E;
      this.events = this.events.filter((e) => e.key !== key);
      this.events.push(queued);
      const max = this.options.maxQueued ?? DEFAULTS.maxQueued;
      if (this.events.length > max) {
        this.events = this.events.filter((e, i) => i >= this.events.length - max || this.inFlight.has(e.key));
      }
      this.persist();
      this.schedule(this.options.debounceMs ?? DEFAULTS.debounceMs);
    } catch (error) {
      this.report({ kind: 'storage', error });
    }
    return key;
  }

  /** The server's limit per call (from CourseView.eventLimits). */
  setMaxBatch(maxBatch: number | undefined): void {
    if (typeof maxBatch === 'number' && maxBatch >= 1) this.maxBatch = Math.floor(maxBatch);
  }

  /** The device's connectivity: offline stops sending; online sends at once (and forgets the back-off). */
  setOnline(online: boolean): void {
    this.online = online;
    if (online) {
      this.failures = 0;
      this.schedule(0, true);
    } else {
      this.cancelTimer();
    }
  }

  /**
   * Sends what is queued now (batch after batch) unless offline. Resolves when done or when a call failed (a retry
   * is then scheduled). Never rejects. A flush asked for while one runs waits for it and then sends what is left.
   */
  flush(): Promise<void> {
    if (this.disposed || !this.online) return Promise.resolve();
    if (this.sending) {
      const running = this.sending;
      return running.then(() => (this.sending ? this.sending : this.flush()));
    }
    this.cancelTimer();
    const run = this.drain().finally(() => {
      this.sending = undefined;
    });
    this.sending = run;
    return run;
  }

  /** Stops timers. Queued events stay in storage for the next instance. */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  // --------------------------------------------------------------------------------------------- sending

  private async drain(): Promise<void> {
    for (;;) {
      if (this.disposed || !this.online) return;
      const batch = this.events.filter((e) => !this.inFlight.has(e.key)).slice(0, this.maxBatch);
      if (!batch.length) return;
      batch.forEach((e) => this.inFlight.add(e.key));
      let result: SendResult | undefined;
      let error: unknown;
      try {
        // One call at a time, on purpose: the next batch goes once this one is answered.
        // eslint-disable-next-line no-await-in-loop
        result = await this.options.send(batch.map((e) => ({ ...e })));
        if (!result || !Array.isArray(result.accepted) || !Array.isArray(result.retry)) {
          throw new Error('The server gave no answer for the events.');
        }
      } catch (e) {
        error = e;
        result = undefined;
      } finally {
        batch.forEach((e) => this.inFlight.delete(e.key));
      }
      if (!result) {
        this.failed(error);
        return;
      }
      const done = new Set<string>(result.accepted);
      for (const rejected of result.rejected ?? []) {
        if (!rejected?.key) continue;
        done.add(rejected.key);
        this.report({ kind: 'rejected', key: rejected.key, reason: rejected.reason });
      }
      const sentKeys = new Set(batch.map((e) => e.key));
      const progress = [...done].some((key) => sentKeys.has(key));
      this.drop(done);
      if (!progress) {
        // Everything came back as retry (or unanswered): wait before asking again.
        this.failed(new Error('The server asked to send the events again later.'));
        return;
      }
      this.failures = 0;
    }
  }

  private failed(error: unknown): void {
    this.failures++;
    this.report({ kind: 'send-failed', error, attempt: this.failures });
    const base = this.options.backoffMs ?? DEFAULTS.backoffMs;
    const max = this.options.maxBackoffMs ?? DEFAULTS.maxBackoffMs;
    const wait = Math.min(max, base * 2 ** Math.min(this.failures - 1, 30));
    this.schedule(wait, true);
  }

  private drop(keys: Set<string>): void {
    if (!keys.size) return;
    this.events = this.events.filter((e) => !keys.has(e.key));
    for (const key of keys) {
      this.forgotten.add(key);
      if (this.forgotten.size > MAX_FORGOTTEN) {
        this.forgotten.delete(this.forgotten.values().next().value as string);
      }
    }
    this.persist();
  }

  // ---------------------------------------------------------------------------------------------- timers

  /** Plans a flush in `ms` unless one is due sooner; `force` replaces a sooner one (a back-off after a failure). */
  private schedule(ms: number, force = false): void {
    if (this.disposed || !this.online) return;
    const due = this.now() + ms;
    if (this.timer !== undefined && !force && this.timerDue <= due) return;
    this.cancelTimer();
    this.timerDue = due;
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      this.timerDue = Infinity;
      this.flush().catch(() => undefined);
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    this.timerDue = Infinity;
  }

  // --------------------------------------------------------------------------------------------- storage

  private readStored(): E[] {
    if (!this.storage) return [];
    try {
      const text = this.storage.getItem(this.options.storageKey);
      if (!text) return [];
      const parsed = JSON.parse(text) as Partial<StoredQueue> | unknown[];
      const list = Array.isArray(parsed) ? parsed : parsed?.events;
      return Array.isArray(list) ? (list.filter(isKeyed) as E[]) : [];
    } catch (error) {
      this.report({ kind: 'storage', error });
      return [];
    }
  }

  private load(): E[] {
    const seen = new Set<string>();
    return this.readStored().filter((e) => !seen.has(e.key) && !!seen.add(e.key));
  }

  /**
   * Writes the queue. Another tab of the same user may have written events meanwhile: those are kept (unless this
   * instance saw them acknowledged), so tabs do not erase each other's events; they may send each other's events,
   * which is safe.
   */
  private persist(): void {
    if (!this.storage) return;
    try {
      const mine = new Set(this.events.map((e) => e.key));
      const others = this.readStored().filter((e) => !mine.has(e.key) && !this.forgotten.has(e.key));
      const all = [...others, ...this.events];
      if (all.length) {
        const stored: StoredQueue = { v: 1, events: all };
        this.storage.setItem(this.options.storageKey, JSON.stringify(stored));
      } else {
        this.storage.removeItem(this.options.storageKey);
      }
    } catch (error) {
      // Full or disabled: the events stay in memory and are still sent.
      this.report({ kind: 'storage', error });
    }
  }

  private report(problem: QueueProblem): void {
    try {
      this.options.onProblem?.(problem);
    } catch {
      // A listener's failure is not the queue's.
    }
  }
}

/** The window events a page's queue follows. */
export interface QueueWindow {
  // eslint-disable-next-line no-restricted-globals -- a method of the injected window, not the global
  addEventListener(type: string, listener: () => void): void;
  // eslint-disable-next-line no-restricted-globals -- a method of the injected window, not the global
  removeEventListener(type: string, listener: () => void): void;
  document?: { visibilityState?: string };
}

/**
 * Connects a queue to the page: sends on `online`, pauses on `offline`, sends at once when the page is hidden or left
 * (what cannot be sent then stays stored for the next visit). Returns the disconnect function.
 */
export function connectWindow(queue: EngagementQueue<KeyedEvent>, win: QueueWindow): () => void {
  const onOnline = () => queue.setOnline(true);
  const onOffline = () => queue.setOnline(false);
  const onHide = (): void => {
    queue.flush().catch(() => undefined);
  };
  const onVisibility = () => {
    if (win.document?.visibilityState === 'hidden') queue.flush().catch(() => undefined);
  };
  win.addEventListener('online', onOnline);
  win.addEventListener('offline', onOffline);
  win.addEventListener('pagehide', onHide);
  const target = win.document as unknown as QueueWindow | undefined;
  const visibilityTarget = target && typeof target.addEventListener === 'function' ? target : win;
  visibilityTarget.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('online', onOnline);
    win.removeEventListener('offline', onOffline);
    win.removeEventListener('pagehide', onHide);
    visibilityTarget.removeEventListener('visibilitychange', onVisibility);
  };
}
