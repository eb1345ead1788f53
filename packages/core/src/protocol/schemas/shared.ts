import * as v from 'valibot';
import type { BusError, BusUser, ExternalParty, Line, Tag } from '../entities';
import type { BusEventPayloadMap, BusEventType, RejectedPayload } from '../events';

/** The schemas of one service's events, checked against the payload map (no key missing, none extra). */
export type ServiceEventSchemas<S extends string> = {
  readonly [K in Extract<BusEventType, `${S}.${string}`>]: v.GenericSchema<unknown, BusEventPayloadMap[K]>;
};

// Schema tables are built from calls esbuild knows to be pure (the helpers below, or `__PURE__`), so that a
// bundle that never validates commands (or events) drops their schemas. valibot's own calls are not known
// to be pure across modules, hence one shared instance of each primitive: schemas are immutable.

/** Any string. */
export const str = /*#__PURE__*/ v.string();
/** `true` or `false`. */
export const bool = /*#__PURE__*/ v.boolean();

/** A plain object: not `null`, not an array (valibot's object schemas alone accept arrays). */
const record = /*#__PURE__*/ v.custom<{ [key: string]: unknown }>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  (issue) => `Invalid type: Expected Object but received ${issue.received}`,
);

/** An open object: validates the named entries, keeps every other key as sent (PROTOCOL.md section 5). */
/*#__NO_SIDE_EFFECTS__*/
export function open<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(record, v.looseObject(entries));
}

/** A map from string keys to values of one schema. */
/*#__NO_SIDE_EFFECTS__*/
export function recordOf<const TValue extends v.GenericSchema>(value: TValue) {
  return v.pipe(record, v.record(str, value));
}

/** An array of one schema, typed `readonly` like the payload maps. */
/*#__NO_SIDE_EFFECTS__*/
export function listOf<const TItem extends v.GenericSchema>(item: TItem) {
  return v.pipe(v.array(item), v.readonly());
}

/** An optional key: absent, never `undefined` (the parser drops `undefined` values beforehand). */
/*#__NO_SIDE_EFFECTS__*/
export function opt<const TWrapped extends v.GenericSchema>(wrapped: TWrapped) {
  return v.exactOptional(wrapped);
}

/** One of `options`; anything else is refused as `Unknown <what>: received <value>`. */
/*#__NO_SIDE_EFFECTS__*/
export function oneOf<const TOptions extends v.PicklistOptions>(options: TOptions, what: string) {
  return v.picklist(options, (issue) => `Unknown ${what}: received ${issue.received}`);
}

/**
 * A finite number: every number of every schema. JSON cannot carry `Infinity` or `NaN`, but postMessage's
 * structured clone can, and an infinite TTL or `updatedAt` would spin timers or freeze availability.
 */
const finiteNumber = /*#__PURE__*/ v.pipe(
  /*#__PURE__*/ v.number((issue) => `Invalid type: Expected a finite number but received ${issue.received}`),
  /*#__PURE__*/ v.finite(
    (issue) => `Invalid number: Expected a finite number but received ${issue.received}`,
  ),
);
/** Shorthand of {@link finiteNumber} for the schema tables: there is no other kind of number. */
export const num = finiteNumber;

/** A string with at least one character. */
export const nonEmptyString = /*#__PURE__*/ v.pipe(
  str,
  /*#__PURE__*/ v.minLength(1, 'Invalid length: Expected a non-empty string'),
);

/**
 * An availability as the bus sends it (its events and its answers to fetches): `entries` (whose it is, its
 * version or time), then the status (Decision 8: any non-empty status is kept as sent) and the wrap-up's
 * configured length and time left.
 */
/*#__NO_SIDE_EFFECTS__*/
export function availabilityOf<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return open({ ...entries, status: nonEmptyString, wrapUpTimeConfig: opt(num), wrapUpTimeTtl: opt(num) });
}

/** A schema for the payload of an event that carries none: the parser drops whatever is sent. */
export const noPayload = /*#__PURE__*/ v.undefined();

/** `BusUser`: only `id` is read; the rest is kept. */
export const busUser = open({
  id: opt(num),
  email: opt(str),
  name: opt(str),
}) satisfies v.GenericSchema<unknown, BusUser>;

/** `ExternalParty`: only `phoneNumber` is read. */
export const externalParty = open({
  phoneNumber: opt(str),
  name: opt(str),
}) satisfies v.GenericSchema<unknown, ExternalParty>;

/** A call tag. */
export const tag = open({ id: num, name: opt(str) }) satisfies v.GenericSchema<unknown, Tag>;

/** A phone line of the agent. */
export const line = open({
  id: num,
  name: opt(str),
  number: opt(str),
  normalized: opt(str),
  country_iso: opt(str),
}) satisfies v.GenericSchema<unknown, Line>;

/** The error of a `_REJECTED` answer: an object or a bare string. */
const busError = /*#__PURE__*/ v.union(
  [open({ message: opt(str), code: opt(str) }), str],
  (issue) => `Invalid type: Expected an error object or a string but received ${issue.received}`,
) satisfies v.GenericSchema<unknown, BusError | string>;

/** Payload of any `_REJECTED` answer: may be absent (fixture `api_update_call_tags_failure`). */
export const rejectedPayload = /*#__PURE__*/ v.optional(
  open({ error: opt(busError) }),
) satisfies v.GenericSchema<unknown, RejectedPayload>;

/** Payload of a `_FULFILLED` answer the kit reads nothing from: any object, or none. */
export const optionalOpenPayload = /*#__PURE__*/ v.optional(open({}));
