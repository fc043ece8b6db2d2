/**
 * `lightning/empApi` in the workbench: an in-page event bus. Workbench code (or a browser test) publishes
 * with `window.__workbenchEmp.publish(channel, payload)`; subscribers receive messages in the platform's
 * shape (`{ channel, data: { event: { replayId }, payload } }`).
 *
 * Events that Apex implementations publish on the server (`WorkbenchData.publishEvent`, e.g. `Presentation__e`
 * when a presenter changes slide) reach every page of the workbench session: while a page has subscribers it
 * polls `GET /__workbench/emp?after=<replayId>` every `POLL_MS` (like CometD's long poll, in miniature) and
 * delivers what arrived since it subscribed. Polls are plain `fetch`es, not Apex calls, so they never hold up
 * the shell's "rendered" mark.
 */
type Callback = (message: {
  channel: string;
  data: { event: { replayId: number }; payload: unknown };
}) => void;

interface Subscription {
  id: string;
  channel: string;
  replayId: number;
}

const subscribers = new Map<string, { subscription: Subscription; callback: Callback }>();
const errorCallbacks: ((error: unknown) => void)[] = [];
let replayId = 0;
let nextId = 0;

export const POLL_MS = 250;
/** The server's last replay id this page has seen (undefined until the first poll). */
let serverReplayId: number | undefined;
let polling: ReturnType<typeof setTimeout> | undefined;

const canPoll = (): boolean =>
  typeof fetch === 'function' && typeof location !== 'undefined' && /^https?:$/.test(location.protocol);

async function poll(): Promise<void> {
  polling = undefined;
  if (!subscribers.size) return;
  try {
    const response = await fetch(`/__workbench/emp?after=${serverReplayId ?? -1}`, { cache: 'no-store' });
    const body = (await response.json()) as {
      latest: number;
      events: { replayId: number; channel: string; payload: unknown }[];
    };
    if (serverReplayId !== undefined) {
      for (const event of body.events) deliver(event.channel, event.payload, event.replayId);
    }
    serverReplayId = body.latest;
  } catch {
    // The server is away (restarting): try again on the next tick.
  }
  schedulePoll();
}

function schedulePoll(): void {
  if (polling === undefined && subscribers.size && canPoll())
    polling = setTimeout(() => void poll(), POLL_MS);
}

export async function subscribe(
  channel: string,
  fromReplayId: number,
  callback: Callback
): Promise<Subscription> {
  const subscription = { id: `wb-sub-${++nextId}`, channel, replayId: fromReplayId };
  subscribers.set(subscription.id, { subscription, callback });
  // Like replay -1: only events published from now on. The first poll learns where "now" is.
  if (serverReplayId === undefined && canPoll()) await poll();
  schedulePoll();
  return subscription;
}

export function unsubscribe(
  subscription: Subscription,
  callback?: (response: unknown) => void
): Promise<unknown> {
  const removed = subscribers.delete(subscription?.id);
  const response = { successful: removed, subscription: subscription?.channel };
  callback?.(response);
  return Promise.resolve(response);
}

export function onError(callback: (error: unknown) => void): void {
  errorCallbacks.push(callback);
}

export function isEmpEnabled(): Promise<boolean> {
  return Promise.resolve(true);
}

export function setDebugFlag(_flag: boolean): Promise<void> {
  return Promise.resolve();
}

/** Delivers `payload` on `channel` to every subscriber (workbench and tests only). */
export function publish(channel: string, payload: unknown): void {
  deliver(channel, payload, ++replayId);
}

function deliver(channel: string, payload: unknown, eventReplayId: number): void {
  const message = { channel, data: { event: { replayId: eventReplayId }, payload } };
  for (const { subscription, callback } of subscribers.values()) {
    if (subscription.channel === channel) {
      try {
        callback(message);
      } catch (error) {
        errorCallbacks.forEach((cb) => cb(error));
      }
    }
  }
}

if (typeof window !== 'undefined') {
  (window as unknown as { __workbenchEmp?: { publish: typeof publish } }).__workbenchEmp = { publish };
}
