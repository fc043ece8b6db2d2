import { nextDelay, poll } from 'c/coursePoller';

describe('c/coursePoller', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Lets the poller's awaits settle, then moves the clock. */
  async function advance(ms: number): Promise<void> {
    await Promise.resolve();
    await jest.advanceTimersByTimeAsync(ms);
  }

  it('asks at once, then every 2.5 s, until the answer is done', async () => {
    const answers = [{ done: false }, { done: false }, { done: true }];
    const ask = jest.fn(async () => answers.shift()!);
    const seen: unknown[] = [];
    const { result } = poll(ask, (v) => v.done, { onValue: (v) => seen.push(v) });
    await advance(0);
    expect(ask).toHaveBeenCalledTimes(1);
    await advance(2499);
    expect(ask).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(ask).toHaveBeenCalledTimes(2);
    await advance(2500);
    await expect(result).resolves.toEqual({
      value: { done: true },
      done: true,
      timedOut: false,
      cancelled: false
    });
    expect(seen).toHaveLength(3);
  });

  it('slows down after 30 s and gives up after the time limit', async () => {
    expect(nextDelay(0)).toBe(2500);
    expect(nextDelay(30_000)).toBe(5000);
    const ask = jest.fn(async () => 'pending');
    const { result } = poll(ask, () => false, { timeoutMs: 10_000 });
    await advance(11_000);
    await expect(result).resolves.toMatchObject({ value: 'pending', done: false, timedOut: true });
    expect(ask).toHaveBeenCalledTimes(5); // 0, 2.5, 5, 7.5, 10 s
  });

  it('stops when cancelled', async () => {
    const ask = jest.fn(async () => 'pending');
    const running = poll(ask, () => false);
    await advance(0);
    running.cancel();
    await expect(running.result).resolves.toMatchObject({ cancelled: true, done: false });
    await advance(10_000);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('waits one interval first when not immediate, and ends with the error of a failed ask', async () => {
    const ask = jest.fn(async () => {
      throw new Error('offline');
    });
    const { result } = poll(ask, () => false, { immediate: false });
    const settled = result.catch((error: Error) => error.message);
    await advance(0);
    expect(ask).not.toHaveBeenCalled();
    await advance(2500);
    await expect(settled).resolves.toBe('offline');
  });
});
