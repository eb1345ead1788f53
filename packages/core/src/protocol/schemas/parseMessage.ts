import * as v from 'valibot';
import type { Open } from '../entities';
import type { ParseError } from '../kitEvents';
import { type DataProblem, isPlainObject, MAX_STRING_LENGTH, toPlainData } from './toPlainData';

/** `SERVICE.ACTION`, upper case: the well-formed shape of a message `type`. */
const TYPE_FORM = /^[A-Z][A-Z0-9_]*\.[A-Z][A-Z0-9_]*$/;
/** Longest problem description or path returned (valibot quotes the received value). */
const MAX_MESSAGE_LENGTH = 300;

/** How {@link parseMessage} treats one direction of the protocol. */
export interface MessageRules<T extends string> {
  readonly payloadSchemas: { readonly [K in T]: v.GenericSchema };
  readonly metaSchema: v.GenericSchema<unknown, Open>;
  /** What to do with a `payload` on a type that carries none: drop it (lenient) or refuse it. */
  readonly extraPayload: 'drop' | 'refuse';
}

/** A validated message: fresh objects, never the caller's references. */
export type ParsedMessage<T extends string> =
  | { readonly ok: true; readonly type: T; readonly payload?: unknown; readonly meta?: Open }
  | { readonly ok: false; readonly error: ParseError };

type Failure = { readonly ok: false; readonly error: ParseError };

function clip(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

function fail(code: ParseError['code'], at: string, message: string, messageType?: string): Failure {
  const text = clip(message);
  // Keys may be long and deep: the path is bounded like the message (diagnostics keep both).
  const path = clip(at);
  const error: ParseError =
    messageType === undefined ? { code, path, message: text } : { code, path, message: text, messageType };
  return { ok: false, error };
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an instance of a class' : `a ${typeof input}`;
}

function hasOwn(object: object, key: string): boolean {
  return Object.hasOwn(object, key);
}

function problem(code: ParseError['code'], { path, message }: DataProblem, type: string): Failure {
  const dotted = path.join('.');
  return fail(code, dotted, `${dotted}: ${message}`, type);
}

/**
 * Copies then validates one part of the message. A schema error wins over a value that is not data, so
 * that an unreadable `status` is reported at `payload.status` like any other wrong status.
 */
function check(schema: v.GenericSchema, raw: unknown, root: string, code: ParseError['code'], type: string) {
  const copied = toPlainData(raw, [root]);
  if (!copied.ok) return problem('too-large', copied.tooLarge, type);
  const checked = validate(schema, copied.value, root, code, type);
  if (checked.ok && copied.unreadable) return problem(code, copied.unreadable, type);
  return checked;
}

function describeIssue(issue: v.BaseIssue<unknown>, aboutKey: boolean): string {
  if (!aboutKey) return issue.message;
  // valibot reports a missing key as expecting it, and a key a strict object forbids as expecting never.
  return issue.expected === 'never' ? 'unexpected field' : 'required field is missing';
}

function validate(
  schema: v.GenericSchema,
  value: unknown,
  root: string,
  code: ParseError['code'],
  type: string,
) {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return { ok: true as const, value: result.output };
  const issue = result.issues[0];
  const items = issue.path ?? [];
  const path = [root, ...items.map((item) => String(item.key))].join('.');
  return fail(code, path, `${path}: ${describeIssue(issue, items.at(-1)?.origin === 'key')}`, type);
}

function parseUnsafe<T extends string>(input: unknown, rules: MessageRules<T>): ParsedMessage<T> {
  if (!isPlainObject(input))
    return fail('not-an-object', '', `A message must be a plain object, not ${describe(input)}`);
  const type = hasOwn(input, 'type') ? input.type : undefined;
  if (typeof type !== 'string')
    return fail('invalid-envelope', 'type', `type: expected a string, got ${describe(type)}`);
  if (type.length > MAX_STRING_LENGTH) {
    return fail('too-large', 'type', `type: longer than ${MAX_STRING_LENGTH} characters`);
  }
  if (!TYPE_FORM.test(type))
    return fail('invalid-envelope', 'type', 'type: expected the form SERVICE.ACTION', type);
  if (!hasOwn(rules.payloadSchemas, type))
    return fail('unknown-type', 'type', `type: unknown message type ${type}`, type);
  const known = type as T;
  const schema: v.GenericSchema = rules.payloadSchemas[known];

  let meta: Open | undefined;
  const rawMeta = hasOwn(input, 'meta') ? input.meta : undefined;
  if (rawMeta !== undefined) {
    const checked = check(rules.metaSchema, rawMeta, 'meta', 'invalid-envelope', type);
    if (!checked.ok) return checked;
    meta = checked.value as Open;
  }

  const rawPayload = hasOwn(input, 'payload') ? input.payload : undefined;
  let payload: unknown;
  if (schema.type === 'undefined') {
    if (rawPayload !== undefined && rules.extraPayload === 'refuse') {
      return fail('invalid-payload', 'payload', `payload: ${type} carries no payload`, type);
    }
  } else {
    const checked = check(schema, rawPayload, 'payload', 'invalid-payload', type);
    if (!checked.ok) return checked;
    payload = checked.value;
  }
  return {
    ok: true,
    type: known,
    ...(payload === undefined ? {} : { payload }),
    ...(meta === undefined ? {} : { meta }),
  };
}

/**
 * Checks one untrusted message against the rules of a direction. Never throws: a getter or proxy that
 * throws while the envelope is read makes an `invalid-envelope` error.
 */
export function parseMessage<T extends string>(input: unknown, rules: MessageRules<T>): ParsedMessage<T> {
  try {
    return parseUnsafe(input, rules);
  } catch {
    return fail('invalid-envelope', '', 'The message could not be read: a getter or proxy threw');
  }
}
