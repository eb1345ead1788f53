import type { BusEvent, BusEventType } from './protocol/events';
import type { ParseError } from './protocol/kitEvents';
import { EVENT_PAYLOAD_SCHEMAS, eventMeta } from './protocol/schemas';
import { type MessageRules, parseMessage } from './protocol/schemas/parseMessage';
import { freezeNew } from './state/freezeNew';

/** The outcome of {@link parseBusEvent}: a validated event, or why the message was refused. */
export type ParseResult =
  | { readonly ok: true; readonly event: BusEvent }
  | { readonly ok: false; readonly error: ParseError };

/** Every event type the kit understands. */
export const BUS_EVENT_TYPES: readonly BusEventType[] = /*#__PURE__*/ Object.freeze(
  /*#__PURE__*/ Object.keys(EVENT_PAYLOAD_SCHEMAS) as BusEventType[],
);

/** True when `value` names an event the kit understands. */
export function isBusEventType(value: unknown): value is BusEventType {
  return typeof value === 'string' && Object.hasOwn(EVENT_PAYLOAD_SCHEMAS, value);
}

// Lenient in what the kit accepts: a payload on an event that carries none is dropped, not refused.
const EVENT_RULES: MessageRules<BusEventType> = {
  payloadSchemas: EVENT_PAYLOAD_SCHEMAS,
  metaSchema: eventMeta,
  extraPayload: 'drop',
};

/**
 * Validates one untrusted message from the bus. Never throws; returns a fresh event (frozen) or a
 * {@link ParseError}.
 * @example
 * const result = parseBusEvent(messageEvent.data);
 * if (result.ok) store.dispatch(result.event);
 */
export function parseBusEvent(input: unknown): ParseResult {
  const parsed = parseMessage(input, EVENT_RULES);
  if (!parsed.ok) return parsed;
  const { ok: _, ...event } = parsed;
  // Frozen all the way down: what the reducer keeps of it is then frozen already.
  freezeNew(event);
  // The payload was validated by the schema keyed by this very type, which TypeScript cannot correlate.
  return { ok: true, event: event as BusEvent };
}
