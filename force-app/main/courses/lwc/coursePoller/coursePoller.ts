/**
 * Asks the server again until an answer says "done", for what Salesforce prepares in the background (the pages of
 * an uploaded file, the pictures of a deck's pages). Polls every `intervalMs` (2.5 s), slows to `slowIntervalMs`
 * (5 s) after `slowAfterMs` (30 s), and gives up after `timeoutMs` (3 minutes) or when cancelled — a component
 * cancels in `disconnectedCallback`, so nothing polls for a page nobody looks at.
 *
 * A failed ask ends the polling with its error; the caller decides whether to show it.
 */
export interface PollOptions {
  intervalMs?: number;
  slowIntervalMs?: number;
  slowAfterMs?: number;
  timeoutMs?: number;
  /** Called with every answer, done or not (to show progress). */
  onValue?: (value: unknown) => void;
  /** Ask once right away (default), or wait one interval first. */
  immediate?: boolean;
  /** Clock, for tests. */
  now?: () => number;
}

export interface PollResult<T> {
  /** The last answer (undefined when none came). */
  value?: T;
  /** The answer said done. */
  done: boolean;
  /** Gave up: `timeoutMs` passed. */
  timedOut: boolean;
  /** Stopped by `cancel()`. */
  cancelled: boolean;
}

export interface Poll<T> {
  result: Promise<PollResult<T>>;
  cancel(): void;
}

export const DEFAULT_INTERVAL_MS = 2500;
export const DEFAULT_SLOW_INTERVAL_MS = 5000;
export const DEFAULT_SLOW_AFTER_MS = 30_000;
export const DEFAULT_TIMEOUT_MS = 180_000;

/** The wait before the next ask, `elapsedMs` after polling began. */
export function nextDelay(elapsedMs: number, options: PollOptions = {}): number {
  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const slow = options.slowIntervalMs ?? DEFAULT_SLOW_INTERVAL_MS;
  return elapsedMs >= (options.slowAfterMs ?? DEFAULT_SLOW_AFTER_MS) ? slow : interval;
}

export function poll<T>(
  ask: () => Promise<T>,
  isDone: (value: T) => boolean,
  options: PollOptions = {}
): Poll<T> {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | undefined;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      wake = resolve;
      // Waiting for the server to prepare something: there is no event to listen to.
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      timer = setTimeout(resolve, ms);
    });

  const cancelledResult = (value: T | undefined): PollResult<T> => ({
    value,
    done: false,
    timedOut: false,
    cancelled: true
  });

  /** One ask; then done, out of time, or (after a wait) the next ask. */
  const step = async (): Promise<PollResult<T>> => {
    if (cancelled) return cancelledResult(undefined);
    const value = await ask();
    if (cancelled) return cancelledResult(value);
    options.onValue?.(value);
    if (isDone(value)) return { value, done: true, timedOut: false, cancelled: false };
    const elapsed = now() - started;
    if (elapsed >= timeout) return { value, done: false, timedOut: true, cancelled: false };
    await sleep(Math.min(nextDelay(elapsed, options), Math.max(0, timeout - elapsed)));
    return cancelled ? cancelledResult(value) : step();
  };

  const run = async (): Promise<PollResult<T>> => {
    if (options.immediate === false) await sleep(nextDelay(0, options));
    return step();
  };

  return {
    result: run(),
    cancel(): void {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      wake?.();
    }
  };
}
