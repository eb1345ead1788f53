/** What replaces a password in traffic entries and diagnostics. */
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
