import {
  EngagementQueue,
  connectWindow,
  newEventKey,
  queueStorageKey,
  type QueueOptions,
  type QueueStorage,
  type SendResult
} from 'c/engagementQueue';

interface TestEvent {
  key: string;
  sectionId: string;
}

class MemoryStorage implements QueueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

const STORAGE_KEY = queueStorageKey('005000000000001AAA');

/** Accepts everything it is sent. */
const acceptAll = jest.fn(async (events: TestEvent[]): Promise<SendResult> => ({
  accepted: events.map((e) => e.key),
  rejected: [],
  retry: []
}));

let counter = 0;
function queueOf(storage: QueueStorage | null, overrides: Partial<QueueOptions<TestEvent>> = {}) {
  return new EngagementQueue<TestEvent>({
    storageKey: STORAGE_KEY,
    storage,
    send: acceptAll,
    online: true,
    debounceMs: 1000,
    backoffMs: 1000,
    maxBackoffMs: 8000,
    makeKey: () => `k${++counter}`,
    ...overrides
  });
}

const stored = (storage: MemoryStorage): TestEvent[] =>
  (JSON.parse(storage.getItem(STORAGE_KEY) ?? '{"events":[]}') as { events: TestEvent[] }).events;

/** Runs due timers and lets the promises they start settle. */
async function advance(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  jest.useFakeTimers();
  counter = 0;
  acceptAll.mockClear();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('keys', () => {
  it('makes server-valid, distinct keys', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newEventKey()));
    expect(keys.size).toBe(200);
    keys.forEach((key) => expect(key).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/));
  });

  it('falls back when crypto.randomUUID is missing', () => {
    const original = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      const a = newEventKey();
      const b = newEventKey();
      expect(a).not.toBe(b);
      expect(a).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: original, configurable: true });
    }
  });

  it('keeps one queue per user', () => {
    expect(queueStorageKey('005A')).toBe('entatio:queue:005A');
    expect(queueStorageKey(undefined)).toBe('entatio:queue:anonymous');
  });
});

describe('EngagementQueue', () => {
  it('persists at once and sends a burst in one batch after the debounce', async () => {
    const storage = new MemoryStorage();
    const queue = queueOf(storage);
    const k1 = queue.enqueue({ sectionId: 's1' });
    queue.enqueue({ sectionId: 's2' });
    queue.enqueue({ sectionId: 's3' });
    expect(k1).toBe('k1');
    expect(stored(storage).map((e) => e.sectionId)).toEqual(['s1', 's2', 's3']);
    expect(acceptAll).not.toHaveBeenCalled();

    await advance(1000);
    expect(acceptAll).toHaveBeenCalledTimes(1);
    expect(acceptAll.mock.calls[0]![0].map((e) => e.key)).toEqual(['k1', 'k2', 'k3']);
    expect(queue.size).toBe(0);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('splits into batches of maxBatch', async () => {
    const queue = queueOf(new MemoryStorage(), { maxBatch: 10 });
    queue.setMaxBatch(2);
    for (let i = 0; i < 5; i++) queue.enqueue({ sectionId: `s${i}` });
    await queue.flush();
    expect(acceptAll.mock.calls.map((call) => call[0].length)).toEqual([2, 2, 1]);
    expect(queue.size).toBe(0);
  });

  it('sends the leftovers of a previous page (a reload) from storage', async () => {
    const storage = new MemoryStorage();
    const failing = jest.fn(async () => {
      throw new Error('network down');
    });
    const first = queueOf(storage, { send: failing });
    first.enqueue({ sectionId: 's1' });
    first.enqueue({ sectionId: 's2' });
    first.dispose(); // the page goes away before anything was sent
    expect(stored(storage)).toHaveLength(2);

    const second = queueOf(storage);
    expect(second.size).toBe(2);
    await advance(0);
    expect(acceptAll).toHaveBeenCalledTimes(1);
    expect(acceptAll.mock.calls[0]![0].map((e) => e.sectionId)).toEqual(['s1', 's2']);
    expect(second.size).toBe(0);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('ignores corrupt storage and keeps working in memory when storage fails', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    const problems: string[] = [];
    const queue = queueOf(storage, { onProblem: (p) => problems.push(p.kind) });
    expect(queue.size).toBe(0);
    jest.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    expect(() => queue.enqueue({ sectionId: 's1' })).not.toThrow();
    expect(queue.size).toBe(1);
    await queue.flush();
    expect(acceptAll).toHaveBeenCalledTimes(1);
    expect(problems).toContain('storage');
  });

  it('does not send while offline and sends at once when back online', async () => {
    const queue = queueOf(new MemoryStorage(), { online: false });
    queue.enqueue({ sectionId: 's1' });
    await advance(60_000);
    await queue.flush();
    expect(acceptAll).not.toHaveBeenCalled();

    queue.setOnline(true);
    await advance(0);
    expect(acceptAll).toHaveBeenCalledTimes(1);
    expect(queue.size).toBe(0);
  });

  it('follows the window: offline, online, pagehide and hidden visibility', async () => {
    const listeners = new Map<string, () => void>();
    const doc = {
      visibilityState: 'visible',
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type)
    };
    const win = {
      document: doc,
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type)
    };
    const queue = queueOf(new MemoryStorage(), { debounceMs: 60_000 });
    const disconnect = connectWindow(queue, win);

    listeners.get('offline')!();
    queue.enqueue({ sectionId: 's1' });
    listeners.get('pagehide')!();
    await advance(0);
    expect(acceptAll).not.toHaveBeenCalled();

    listeners.get('online')!();
    await advance(0);
    expect(acceptAll).toHaveBeenCalledTimes(1);

    queue.enqueue({ sectionId: 's2' });
    listeners.get('pagehide')!();
    await advance(0);
    expect(acceptAll).toHaveBeenCalledTimes(2);

    queue.enqueue({ sectionId: 's3' });
    doc.visibilityState = 'hidden';
    listeners.get('visibilitychange')!();
    await advance(0);
    expect(acceptAll).toHaveBeenCalledTimes(3);

    disconnect();
    expect(listeners.size).toBe(0);
  });

  it('keeps every key of a failed call and resends it with exponential, capped back-off', async () => {
    const send = jest.fn(async (): Promise<SendResult> => {
      throw new Error('offline');
    });
    const queue = queueOf(new MemoryStorage(), { send });
    queue.enqueue({ sectionId: 's1' });
    await advance(1000); // debounce → attempt 1
    expect(send).toHaveBeenCalledTimes(1);
    await advance(999);
    expect(send).toHaveBeenCalledTimes(1);
    await advance(1); // 1 s → attempt 2
    expect(send).toHaveBeenCalledTimes(2);
    await advance(2000); // 2 s → attempt 3
    expect(send).toHaveBeenCalledTimes(3);
    await advance(4000); // 4 s → attempt 4
    expect(send).toHaveBeenCalledTimes(4);
    await advance(8000); // capped at 8 s
    expect(send).toHaveBeenCalledTimes(5);
    await advance(8000);
    expect(send).toHaveBeenCalledTimes(6);
    expect(queue.size).toBe(1);

    send.mockImplementation(async (...args: unknown[]) => {
      const events = args[0] as TestEvent[];
      return { accepted: events.map((e) => e.key), rejected: [], retry: [] };
    });
    await advance(8000);
    expect(send).toHaveBeenCalledTimes(7);
    expect(send.mock.calls[6]).toEqual([[{ key: 'k1', sectionId: 's1' }]]);
    expect(queue.size).toBe(0);
  });

  it('drops rejected keys and keeps retry keys', async () => {
    const problems: string[] = [];
    const send = jest
      .fn(async (events: TestEvent[]): Promise<SendResult> => ({
        accepted: [],
        rejected: [],
        retry: events.map((e) => e.key)
      }))
      .mockImplementationOnce(async (events) => ({
        accepted: [events[0]!.key],
        rejected: [{ key: events[1]!.key, reason: 'The event is dated in the future.' }],
        retry: events.slice(2).map((e) => e.key)
      }));
    const storage = new MemoryStorage();
    const queue = queueOf(storage, {
      send,
      onProblem: (p) => p.kind === 'rejected' && problems.push(p.reason)
    });
    ['s1', 's2', 's3'].forEach((sectionId) => queue.enqueue({ sectionId }));
    await advance(1000);
    // The call made progress, so the retry key goes again at once (e.g. more than the server takes per call) ...
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0].map((e) => e.key)).toEqual(['k3']);
    expect(queue.pending.map((e) => e.key)).toEqual(['k3']);
    expect(stored(storage).map((e) => e.key)).toEqual(['k3']);
    expect(problems).toEqual(['The event is dated in the future.']);

    // ... but a call that only got retries waits (back-off) instead of spinning.
    await advance(500);
    expect(send).toHaveBeenCalledTimes(2);
    await advance(500);
    expect(send).toHaveBeenCalledTimes(3);
    expect(queue.size).toBe(1);
  });

  it('never sends the same key in two calls at once', async () => {
    const resolvers: ((result: SendResult) => void)[] = [];
    const send = jest.fn(
      (_events: TestEvent[]) =>
        new Promise<SendResult>((resolve) => {
          resolvers.push(resolve);
        })
    );
    const queue = queueOf(new MemoryStorage(), { send });
    queue.enqueue({ sectionId: 's1' });
    const flushes = [queue.flush(), queue.flush()];
    queue.enqueue({ sectionId: 's2' });
    await advance(5000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].map((e) => e.key)).toEqual(['k1']);

    resolvers[0]!({ accepted: ['k1'], rejected: [], retry: [] });
    await advance(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0].map((e) => e.key)).toEqual(['k2']);
    resolvers[1]!({ accepted: ['k2'], rejected: [], retry: [] });
    await advance(0);
    expect(queue.size).toBe(0);
    const allKeys = send.mock.calls.flatMap((call) => call[0].map((e) => e.key));
    expect(new Set(allKeys).size).toBe(allKeys.length);
    await expect(Promise.all(flushes)).resolves.toBeDefined();
  });

  it('treats a malformed answer as a failure and never throws into the caller', async () => {
    const send = jest.fn(async () => undefined as unknown as SendResult);
    const queue = queueOf(new MemoryStorage(), { send });
    queue.enqueue({ sectionId: 's1' });
    await expect(queue.flush()).resolves.toBeUndefined();
    expect(queue.size).toBe(1);
  });

  it('keeps the events another tab wrote to the same storage', () => {
    const storage = new MemoryStorage();
    const tabA = queueOf(storage, { makeKey: () => `a${++counter}` });
    const tabB = queueOf(storage, { makeKey: () => `b${++counter}` });
    tabA.enqueue({ sectionId: 's1' });
    tabB.enqueue({ sectionId: 's2' });
    expect(
      stored(storage)
        .map((e) => e.key)
        .sort()
    ).toEqual(['a1', 'b2']);
  });
});
