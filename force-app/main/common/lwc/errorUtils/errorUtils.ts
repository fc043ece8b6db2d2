/**
 * Turns whatever an Apex call, a wire adapter, a UI API call or a plain JavaScript error reports into
 * a list of human messages. Every component shows errors through this, so users see the words the
 * server chose (AuraHandledException messages) and never an object dump.
 */
export type ReportedError =
  SalesforceFetchError | Error | string | null | undefined | { body?: unknown; message?: unknown };

const FALLBACK = 'Something went wrong. Try again, and contact your administrator if it keeps happening.';

function messagesFromBody(body: unknown): string[] {
  if (!body) return [];
  if (Array.isArray(body)) {
    return body.flatMap((entry) => messagesFromBody(entry));
  }
  if (typeof body !== 'object') return [];
  const typed = body as {
    message?: unknown;
    pageErrors?: { message?: unknown }[];
    fieldErrors?: Record<string, { message?: unknown }[]>;
    output?: { errors?: { message?: unknown }[]; fieldErrors?: Record<string, { message?: unknown }[]> };
  };
  const found: unknown[] = [];
  typed.pageErrors?.forEach((e) => found.push(e.message));
  Object.values(typed.fieldErrors ?? {}).forEach((list) => list.forEach((e) => found.push(e.message)));
  typed.output?.errors?.forEach((e) => found.push(e.message));
  Object.values(typed.output?.fieldErrors ?? {}).forEach((list) =>
    list.forEach((e) => found.push(e.message))
  );
  if (found.length === 0) found.push(typed.message);
  return found.filter((m): m is string => typeof m === 'string' && m.trim().length > 0);
}

/** One message per distinct problem, in the order reported. Empty input gives an empty list. */
export function reduceErrors(errors: ReportedError | ReportedError[]): string[] {
  const list = Array.isArray(errors) ? errors : [errors];
  const messages = list.flatMap((error): string[] => {
    if (error === null || error === undefined) return [];
    if (typeof error === 'string') return error.trim() ? [error] : [];
    const fromBody = 'body' in error ? messagesFromBody(error.body) : [];
    if (fromBody.length) return fromBody;
    if (typeof error.message === 'string' && error.message.trim()) return [error.message];
    return [FALLBACK];
  });
  return [...new Set(messages)];
}

/** True when the server said the running user lacks access (CRUD/FLS/sharing), so a component can show a no-access state. */
export function isNoAccess(errors: ReportedError | ReportedError[]): boolean {
  const list = Array.isArray(errors) ? errors : [errors];
  return list.some((error) => {
    if (!error || typeof error !== 'object') return false;
    const status = (error as { status?: unknown }).status;
    if (status === 403) return true;
    const text = reduceErrors(error).join(' ').toLowerCase();
    return (
      text.includes('insufficient access') ||
      text.includes("don't have access") ||
      text.includes('do not have access')
    );
  });
}
