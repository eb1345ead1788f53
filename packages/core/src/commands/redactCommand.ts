/** What replaces a password or a session token in traffic entries and diagnostics. */
export const REDACTED = '***';

/**
 * A copy of an outbound message that is safe to show or log: the `password` of
 * `AUTH.EMAIL_AND_PASSWORD` becomes {@link REDACTED}. Other messages are returned as they are.
 */
export function redactCommand(message: unknown): unknown {
  if (typeof message !== 'object' || message === null) return message;
  const { payload } = message as { payload?: unknown };
  if (typeof payload !== 'object' || payload === null || !('password' in payload)) return message;
  return { ...message, payload: { ...payload, password: REDACTED } };
}

/** Keys whose values are session secrets wherever they appear in an inbound message. */
export const SECRET_KEYS: ReadonlySet<string> = new Set(['credentials', 'idToken', 'refreshToken']);

function redactValue(value: unknown, done: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (done.has(value)) return done.get(value);
  // A cycle back to this object shows as redacted rather than recursing forever.
  done.set(value, REDACTED);
  let result: unknown = value;
  if (Array.isArray(value)) {
    const items = value.map((item) => redactValue(item, done));
    if (items.some((item, i) => item !== value[i])) result = items;
  } else {
    const entries = Object.entries(value).map(
      ([key, item]) => [key, SECRET_KEYS.has(key) ? REDACTED : redactValue(item, done)] as const,
    );
    // Untouched messages keep their identity: no copy for the common case.
    if (entries.some(([key, item]) => item !== (value as Record<string, unknown>)[key])) {
      result = Object.fromEntries(entries);
    }
  }
  done.set(value, result);
  return result;
}

/**
 * A copy of an inbound message that is safe to show or log: every `credentials`, `idToken` and
 * `refreshToken`, at any depth, becomes {@link REDACTED}. A message without them is returned as it is.
 */
export function redactInbound(message: unknown): unknown {
  return redactValue(message, new Map());
}
