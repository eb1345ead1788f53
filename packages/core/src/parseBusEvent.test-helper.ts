import { parseBusEvent } from './parseBusEvent';

// Test-only: the two outcomes of parseBusEvent, unwrapped, for the tests of what it accepts and refuses.

/** The error parseBusEvent gives `input`; throws when it accepts it. */
export function errorOf(input: unknown) {
  const result = parseBusEvent(input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.event)}`);
  return result.error;
}

/** The event parseBusEvent makes of `input`; throws when it refuses it. */
export function eventOf(input: unknown) {
  const result = parseBusEvent(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.event;
}
