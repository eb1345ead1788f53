import { REDACTED, SECRET_KEYS } from '../commands/redactCommand';
import { isPlainObject } from '../protocol/schemas/toPlainData';

/** The most {@link previewMessage} copies of a message, whatever its size. */
export const PREVIEW_LIMITS = Object.freeze({
  /** Values copied in all (each cut container adds one marker besides). */
  values: 500,
  /** Levels of nesting below the message. */
  depth: 10,
  /** Items copied per array. */
  items: 50,
  /** Keys copied per object. */
  keys: 50,
  /** Characters kept of a string. */
  stringLength: 500,
  /** Characters kept of a key. */
  keyLength: 100,
});

const CUT = '…';

function cut(text: string, limit: number): string {
  return text.length <= limit
    ? text
    : `${text.slice(0, limit)}${CUT} (${text.length - limit} more characters)`;
}

/** Whether `key` is the next step of the dotted `path` from `offset`; the offset after it, or -1. */
function follow(path: string, offset: number, key: string): number {
  if (offset < 0 || !path.startsWith(key, offset)) return -1;
  const end = offset + key.length;
  if (end === path.length) return end;
  return path[end] === '.' ? end + 1 : -1;
}

/**
 * A copy of an untrusted inbound message that is safe to log and small whatever the message: at most
 * {@link PREVIEW_LIMITS} (strings and keys cut, extra items and keys counted, deeper levels left out), every
 * `credentials`, `idToken` and `refreshToken` shown as `***`, and what is not data described in words.
 * Never throws. `skip` is the dotted path of a part not to read at all (one validation refused as too large).
 * The one step whose cost grows with the message is the engine listing an object's own keys.
 */
export function previewMessage(message: unknown, skip?: string): unknown {
  let budget = PREVIEW_LIMITS.values;
  const ancestors = new Set<object>();

  const copy = (value: unknown, depth: number, skipAt: number): unknown => {
    if (skip !== undefined && skipAt === skip.length) return `${CUT} not shown: too large`;
    budget -= 1;
    if (typeof value === 'string') return cut(value, PREVIEW_LIMITS.stringLength);
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (value === null || value === undefined || typeof value === 'boolean') return value;
    if (typeof value !== 'object') return `[a ${typeof value}]`;
    if (ancestors.has(value)) return '[cycle]';
    if (depth >= PREVIEW_LIMITS.depth) return `${CUT} nested deeper`;
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return copyArray(value, depth, skipAt);
      if (!isPlainObject(value)) return '[an instance of a class]';
      return copyObject(value, depth, skipAt);
    } catch {
      // A proxy trap threw: do not touch the thrown value (it may throw again).
      return '[unreadable]';
    } finally {
      ancestors.delete(value);
    }
  };

  const copyProperty = (container: object, key: string, depth: number, skipAt: number): unknown => {
    let item: unknown;
    try {
      item = (container as { readonly [key: string]: unknown })[key];
    } catch {
      return '[unreadable]';
    }
    return copy(item, depth + 1, skip === undefined ? -1 : follow(skip, skipAt, key));
  };

  const copyArray = (array: readonly unknown[], depth: number, skipAt: number): unknown => {
    // A proxied array may report any length: only the items shown are read.
    const length: unknown = array.length;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      return '[array with an invalid length]';
    }
    const out: unknown[] = [];
    const shown = Math.min(length, PREVIEW_LIMITS.items);
    for (let index = 0; index < shown && budget > 0; index += 1) {
      out.push(copyProperty(array, String(index), depth, skipAt));
    }
    if (out.length < length) out.push(`${CUT} ${length - out.length} more items`);
    return out;
  };

  const copyObject = (object: object, depth: number, skipAt: number): unknown => {
    const keys = Object.keys(object);
    const out: { [key: string]: unknown } = {};
    const put = (key: string, item: unknown): void => {
      // defineProperty: a key named `__proto__` stays a plain key.
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    };
    let shown = 0;
    for (; shown < keys.length && shown < PREVIEW_LIMITS.keys && budget > 0; shown += 1) {
      const key = keys[shown] as string;
      const name = cut(key, PREVIEW_LIMITS.keyLength);
      put(name, SECRET_KEYS.has(key) ? REDACTED : copyProperty(object, key, depth, skipAt));
    }
    if (shown < keys.length) put(CUT, `${keys.length - shown} more keys`);
    return out;
  };

  try {
    return copy(message, 0, skip === undefined ? -1 : 0);
  } catch {
    return '[unreadable]';
  }
}
