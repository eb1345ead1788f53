/** Most characters a string (or object key) may hold. */
export const MAX_STRING_LENGTH = 10_000;
/** Most items an array may hold. */
const MAX_ARRAY_LENGTH = 1_000;
/** Most keys an object may hold. */
const MAX_OBJECT_KEYS = 1_000;
/** Deepest nesting accepted (SYNC metadata needs 5). */
const MAX_DEPTH = 32;
/**
 * Most values (of any kind) in one message: bounds the work of the whole receive path (copy, validation,
 * logging, reducing) and of shared references. The largest documented payload within the other limits, an
 * availability map of 1 000 teammates with 4 fields each, holds 5 001.
 */
const MAX_VALUES = 6_000;

/** Keys never copied: valibot drops them too, and they are prototype-pollution vectors. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where and why a value is not message data. */
export interface DataProblem {
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * A copy of untrusted input as plain data. `tooLarge`: the copy was abandoned. `unreadable`: the first
 * value that is not data (a function, a class instance, a cycle, a throwing getter, a number that is not
 * finite); it was replaced by {@link UNREADABLE} (a number is kept) so that validation still runs and can
 * name the field the kit reads.
 */
export type PlainDataResult =
  | { readonly ok: true; readonly value: unknown; readonly unreadable?: DataProblem }
  | { readonly ok: false; readonly tooLarge: DataProblem };

/** Stands in for a value that is not data: no schema accepts a symbol. */
const UNREADABLE: unique symbol = Symbol('unreadable');

/** True for an object whose prototype is `Object.prototype` (of any realm) or `null`. */
export function isPlainObject(value: unknown): value is { readonly [key: string]: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

class TooLarge {
  readonly path: readonly string[];
  readonly message: string;
  constructor(path: readonly string[], message: string) {
    this.path = path;
    this.message = message;
  }
}

/**
 * Copies untrusted input into fresh plain objects and arrays, in bounded work: each getter is read once
 * (so validation and use see the same values), `undefined` object values are dropped as JSON would, and
 * oversize values abandon the copy at once.
 */
export function toPlainData(input: unknown, path: readonly string[]): PlainDataResult {
  const ancestors = new Set<object>();
  let values = 0;
  let unreadable: DataProblem | undefined;
  const notData = (at: readonly string[], message: string): typeof UNREADABLE => {
    unreadable ??= { path: at, message };
    return UNREADABLE;
  };
  const copy = (value: unknown, at: string[]): unknown => {
    values += 1;
    if (values > MAX_VALUES) throw new TooLarge(at, `the message holds more than ${MAX_VALUES} values`);
    if (value === null || value === undefined || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      // Kept as sent, so that the schema of a field the kit reads names it; any other field is refused here.
      if (!Number.isFinite(value)) unreadable ??= { path: at, message: `${value} is not a finite number` };
      return value;
    }
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH)
        throw new TooLarge(at, `string longer than ${MAX_STRING_LENGTH} characters`);
      return value;
    }
    if (typeof value !== 'object') return notData(at, `a ${typeof value} is not message data`);
    if (ancestors.has(value)) return notData(at, 'cyclic reference');
    if (at.length - path.length >= MAX_DEPTH)
      throw new TooLarge(at, `nested deeper than ${MAX_DEPTH} levels`);
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return copyArray(value, at);
      if (!isPlainObject(value)) return notData(at, 'an instance of a class is not message data');
      return copyObject(value, at);
    } catch (error) {
      if (error instanceof TooLarge) throw error;
      // A proxy trap threw: do not touch the thrown value (it may throw again).
      return notData(at, 'reading the value threw an error');
    } finally {
      ancestors.delete(value);
    }
  };
  const copyProperty = (container: object, key: string | number, at: string[]): unknown => {
    let item: unknown;
    try {
      item = (container as { readonly [key: string | number]: unknown })[key];
    } catch {
      // A getter threw: do not touch the thrown value (it may throw again).
      return notData(at, 'reading the value threw an error');
    }
    return copy(item, at);
  };
  const copyArray = (array: readonly unknown[], at: string[]): unknown => {
    // A proxied array may report any length.
    const length: unknown = array.length;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      return notData(at, 'array with an invalid length');
    }
    if (length > MAX_ARRAY_LENGTH) throw new TooLarge(at, `array longer than ${MAX_ARRAY_LENGTH} items`);
    const out: unknown[] = [];
    for (let index = 0; index < length; index += 1)
      out.push(copyProperty(array, index, [...at, String(index)]));
    return out;
  };
  const copyObject = (
    object: { readonly [key: string]: unknown },
    at: string[],
  ): { [key: string]: unknown } => {
    const keys = Object.keys(object);
    if (keys.length > MAX_OBJECT_KEYS)
      throw new TooLarge(at, `object with more than ${MAX_OBJECT_KEYS} keys`);
    const out: { [key: string]: unknown } = {};
    for (const key of keys) {
      if (key.length > MAX_STRING_LENGTH)
        throw new TooLarge(at, `key longer than ${MAX_STRING_LENGTH} characters`);
      if (UNSAFE_KEYS.has(key)) continue;
      const keyPath = [...at, key];
      const item = copyProperty(object, key, keyPath);
      if (item !== undefined) out[key] = item;
    }
    return out;
  };
  try {
    const value = copy(input, [...path]);
    return unreadable === undefined ? { ok: true, value } : { ok: true, value, unreadable };
  } catch (error) {
    if (error instanceof TooLarge)
      return { ok: false, tooLarge: { path: error.path, message: error.message } };
    throw error;
  }
}
