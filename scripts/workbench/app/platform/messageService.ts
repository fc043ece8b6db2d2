/**
 * `lightning/messageService` (Lightning Message Service) in the workbench: one in-page bus, application
 * scope and active scope treated alike.
 */
type Listener = (message: unknown) => void;

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

interface MessageChannel {
  channelName?: string;
}

interface Subscription {
  channel: MessageChannel;
  listener: Listener;
}

const subscriptions = new Set<Subscription>();

function same(a: MessageChannel, b: MessageChannel): boolean {
  return a === b || (!!a?.channelName && a.channelName === b?.channelName);
}

export function publish(_context: unknown, channel: MessageChannel, message?: unknown): void {
  for (const subscription of [...subscriptions]) {
    if (same(subscription.channel, channel)) subscription.listener(message);
  }
}

export function subscribe(
  _context: unknown,
  channel: MessageChannel,
  listener: Listener,
  _options?: unknown
): Subscription {
  const subscription = { channel, listener };
  subscriptions.add(subscription);
  return subscription;
}

export function unsubscribe(subscription: Subscription): void {
  subscriptions.delete(subscription);
}

export function createMessageContext(): object {
  return {};
}

export function releaseMessageContext(_context: unknown): void {}

/** Wire adapter: provisions a message context. */
export class MessageContext {
  constructor(private readonly dataCallback: (value: object) => void) {}

  connect(): void {
    this.dataCallback(createMessageContext());
  }

  disconnect(): void {}

  update(): void {}
}
