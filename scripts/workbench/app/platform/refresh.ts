/** `lightning/refresh` in the workbench: RefreshEvent bubbles to registered handlers. */
export const REFRESH_ERROR = 'error';
export const REFRESH_COMPLETE = 'complete';
export const REFRESH_COMPLETE_WITH_ERRORS = 'completeWithErrors';

export class RefreshEvent extends CustomEvent<unknown> {
  constructor() {
    super('lightning__refreshevent', { bubbles: true, composed: true, cancelable: true });
  }
}

type Handler = () => Promise<boolean> | boolean;
const handlers = new Map<number, { element: EventTarget; handler: Handler }>();
let next = 0;

export function registerRefreshHandler(element: EventTarget, handler: Handler): number {
  const id = ++next;
  handlers.set(id, { element, handler });
  return id;
}

export function unregisterRefreshHandler(id: number): void {
  handlers.delete(id);
}

export function registerRefreshContainer(element: EventTarget, onRefresh: (event: Event) => void): number {
  const listener = (event: Event): void => {
    event.stopPropagation();
    onRefresh(event);
    for (const { handler } of handlers.values()) void handler();
  };
  element.addEventListener('lightning__refreshevent', listener);
  return ++next;
}

export function unregisterRefreshContainer(_id: number): void {}
