/** What {@link safeJson} writes for a value met again inside itself. */
export const CIRCULAR = '[Circular]';

/**
 * Pretty JSON of any value, never throwing: bigints as their digits, cycles as `[Circular]`, and whatever
 * JSON cannot spell at all (undefined, a throwing `toJSON`) as `String(value)`.
 * @example safeJson({ id: 1n }) // '{\n  "id": "1"\n}'
 */
export function safeJson(value: unknown, indent = 2): string {
  try {
    const text: string | undefined = JSON.stringify(value, jsonSafeReplacer(), indent);
    if (text !== undefined) return text;
  } catch {
    // Fall through: a message from another origin must never take the page down.
  }
  try {
    return String(value);
  } catch {
    return '[unprintable]';
  }
}

// Untrusted inbound messages may hold values JSON cannot spell: a bigint makes stringify throw, and
// structured clone (postMessage) carries cycles. `this` is the object holding `value`, so the chain of
// objects being written is `ancestors` up to `this`.
function jsonSafeReplacer(): (this: unknown, key: string, value: unknown) => unknown {
  const ancestors: unknown[] = [];
  return function replace(this: unknown, _key: string, value: unknown): unknown {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value !== 'object' || value === null) return value;
    while (ancestors.length > 0 && ancestors.at(-1) !== this) ancestors.pop();
    if (ancestors.includes(value)) return CIRCULAR;
    ancestors.push(value);
    return value;
  };
}
