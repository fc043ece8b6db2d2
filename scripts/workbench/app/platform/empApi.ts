/**
 * `lightning/empApi` in the workbench: an in-page event bus. Workbench code (or a browser test) publishes
 * with `window.__workbenchEmp.publish(channel, payload)`; subscribers receive messages in the platform's
 * shape (`{ channel, data: { event: { replayId }, payload } }`).
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

export function subscribe(channel: string, fromReplayId: number, callback: Callback): Promise<Subscription> {
  const subscription = { id: `wb-sub-${++nextId}`, channel, replayId: fromReplayId };
  subscribers.set(subscription.id, { subscription, callback });
  return Promise.resolve(subscription);
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
  const message = { channel, data: { event: { replayId: ++replayId }, payload } };
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
