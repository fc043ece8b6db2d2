/**
 * Counts the server calls in flight (Apex, UI API, the shell's own data), so the shell can tell when a page
 * has rendered with its data: {@link whenIdle} resolves once nothing is pending.
 */
let pending = 0;
let waiters: (() => void)[] = [];

export async function track<T>(work: Promise<T>): Promise<T> {
  pending++;
  try {
    return await work;
  } finally {
    pending--;
    if (pending === 0) {
      const ready = waiters;
      waiters = [];
      ready.forEach((resolve) => resolve());
    }
  }
}

export function pendingCalls(): number {
  return pending;
}

/** Resolves when no tracked call is in flight (immediately if none is). */
export function whenIdle(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
}

/** JSON from the workbench server; non-2xx responses reject with the body the server sent. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  return track(
    (async () => {
      const response = await fetch(url, init);
      const text = await response.text();
      const body: unknown = text ? JSON.parse(text) : null;
      if (!response.ok) throw body ?? { status: response.status, statusText: response.statusText };
      return body as T;
    })()
  );
}
