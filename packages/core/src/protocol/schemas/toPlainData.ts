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
  // The objects being copied, outermost first: never more than MAX_DEPTH, so scanning them costs less
  // than keeping a Set (a fifth of the copy's time, measured over the bench session's messages).
  const ancestors: object[] = [];
  // The path of the value being copied: one stack, copied only when a problem is recorded.
  const at: string[] = [...path];
  let values = 0;
  let unreadable: DataProblem | undefined;
  const notData = (message: string): typeof UNREADABLE => {
    unreadable ??= { path: [...at], message };
    return UNREADABLE;
  };
  const tooLarge = (message: string): TooLarge => new TooLarge([...at], message);
  const copy = (value: unknown): unknown => {
    values += 1;
    if (values > MAX_VALUES) throw tooLarge(`the message holds more than ${MAX_VALUES} values`);
    if (value === null || value === undefined || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      // Kept as sent, so that the schema of a field the kit reads names it; any other field is refused here.
      if (!Number.isFinite(value))
        unreadable ??= { path: [...at], message: `${value} is not a finite number` };
      return value;
    }
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH)
        throw tooLarge(`string longer than ${MAX_STRING_LENGTH} characters`);
      return value;
    }
    if (typeof value !== 'object') return notData(`a ${typeof value} is not message data`);
    if (ancestors.includes(value)) return notData('cyclic reference');
    if (at.length - path.length >= MAX_DEPTH) throw tooLarge(`nested deeper than ${MAX_DEPTH} levels`);
    ancestors.push(value);
    try {
      if (Array.isArray(value)) return copyArray(value);
      if (!isPlainObject(value)) return notData('an instance of a class is not message data');
      return copyObject(value);
    } catch (error) {
      if (error instanceof TooLarge) throw error;
      // A proxy trap threw: do not touch the thrown value (it may throw again).
      return notData('reading the value threw an error');
    } finally {
      ancestors.pop();
    }
  };
  /** Copies `container[key]`, with `key` on the path while it is copied. */
  const copyProperty = (container: object, key: string | number): unknown => {
    at.push(String(key));
    try {
      let item: unknown;
      try {
        item = (container as { readonly [key: string | number]: unknown })[key];
      } catch {
        // A getter threw: do not touch the thrown value (it may throw again).
        return notData('reading the value threw an error');
      }
      return copy(item);
    } finally {
      at.pop();
    }
  };
  const copyArray = (array: readonly unknown[]): unknown => {
    // A proxied array may report any length.
    const length: unknown = array.length;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      return notData('array with an invalid length');
    }
    if (length > MAX_ARRAY_LENGTH) throw tooLarge(`array longer than ${MAX_ARRAY_LENGTH} items`);
    const out: unknown[] = [];
    for (let index = 0; index < length; index += 1) out.push(copyProperty(array, index));
    return out;
  };
  const copyObject = (object: { readonly [key: string]: unknown }): { [key: string]: unknown } => {
    const keys = Object.keys(object);
    if (keys.length > MAX_OBJECT_KEYS) throw tooLarge(`object with more than ${MAX_OBJECT_KEYS} keys`);
    const out: { [key: string]: unknown } = {};
    for (const key of keys) {
      if (key.length > MAX_STRING_LENGTH) throw tooLarge(`key longer than ${MAX_STRING_LENGTH} characters`);
      if (UNSAFE_KEYS.has(key)) continue;
      const item = copyProperty(object, key);
      if (item !== undefined) out[key] = item;
    }
    return out;
  };
  try {
    const value = copy(input);
    return unreadable === undefined ? { ok: true, value } : { ok: true, value, unreadable };
  } catch (error) {
    if (error instanceof TooLarge)
      return { ok: false, tooLarge: { path: error.path, message: error.message } };
    throw error;
  }
}
