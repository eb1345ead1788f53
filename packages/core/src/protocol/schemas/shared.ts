import * as v from 'valibot';
import type { BusError, BusUser, ExternalParty, Line, Tag } from '../entities';
import type { BusEventPayloadMap, BusEventType, RejectedPayload } from '../events';

/** The schemas of one service's events, checked against the payload map (no key missing, none extra). */
export type ServiceEventSchemas<S extends string> = {
  readonly [K in Extract<BusEventType, `${S}.${string}`>]: v.GenericSchema<unknown, BusEventPayloadMap[K]>;
};

/** A plain object: not `null`, not an array (valibot's object schemas alone accept arrays). */
const record = v.custom<{ [key: string]: unknown }>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  (issue) => `Invalid type: Expected Object but received ${issue.received}`,
);

/** An open object: validates the named entries, keeps every other key as sent (PROTOCOL.md section 5). */
export function open<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(record, v.looseObject(entries));
}

/** A map from string keys to values of one schema. */
export function recordOf<const TValue extends v.GenericSchema>(value: TValue) {
  return v.pipe(record, v.record(v.string(), value));
}

/** An array of one schema, typed `readonly` like the payload maps. */
export function listOf<const TItem extends v.GenericSchema>(item: TItem) {
  return v.pipe(v.array(item), v.readonly());
}

/** An optional key: absent, never `undefined` (the parser drops `undefined` values beforehand). */
export const opt = v.exactOptional;

/**
 * A finite number: every number of every schema. JSON cannot carry `Infinity` or `NaN`, but postMessage's
 * structured clone can, and an infinite TTL or `updatedAt` would spin timers or freeze availability.
 */
export const finiteNumber = v.pipe(
  v.number((issue) => `Invalid type: Expected a finite number but received ${issue.received}`),
  v.finite((issue) => `Invalid number: Expected a finite number but received ${issue.received}`),
);

/** A string with at least one character. */
export const nonEmptyString = v.pipe(
  v.string(),
  v.minLength(1, 'Invalid length: Expected a non-empty string'),
);

/** A schema for the payload of an event that carries none: the parser drops whatever is sent. */
export const noPayload = v.undefined();

/** `BusUser`: only `id` is read; the rest is kept. */
export const busUser = open({
  id: opt(finiteNumber),
  email: opt(v.string()),
  name: opt(v.string()),
}) satisfies v.GenericSchema<unknown, BusUser>;

/** `ExternalParty`: only `phoneNumber` is read. */
export const externalParty = open({
  phoneNumber: opt(v.string()),
  name: opt(v.string()),
}) satisfies v.GenericSchema<unknown, ExternalParty>;

/** A call tag. */
export const tag = open({ id: finiteNumber, name: opt(v.string()) }) satisfies v.GenericSchema<unknown, Tag>;

/** A phone line of the agent. */
export const line = open({
  id: finiteNumber,
  name: opt(v.string()),
  number: opt(v.string()),
  normalized: opt(v.string()),
  country_iso: opt(v.string()),
}) satisfies v.GenericSchema<unknown, Line>;

/** The error of a `_REJECTED` answer: an object or a bare string. */
export const busError = v.union(
  [open({ message: opt(v.string()), code: opt(v.string()) }), v.string()],
  (issue) => `Invalid type: Expected an error object or a string but received ${issue.received}`,
) satisfies v.GenericSchema<unknown, BusError | string>;

/** Payload of any `_REJECTED` answer: may be absent (fixture `api_update_call_tags_failure`). */
export const rejectedPayload = v.optional(open({ error: opt(busError) })) satisfies v.GenericSchema<
  unknown,
  RejectedPayload
>;

/** Payload of a `_FULFILLED` answer the kit reads nothing from: any object, or none. */
export const optionalOpenPayload = v.optional(open({}));
