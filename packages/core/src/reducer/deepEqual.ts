/**
 * Structural equality of JSON-like values (plain objects, arrays, primitives); an object's keys whose value
 * is `undefined` count as absent. Loops, with no array of keys or closure made: it compares every SYNC's
 * metadata and parties with those held, twice (whether the SYNC changes anything, then what).
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  if (Array.isArray(a) && a.length !== (b as readonly unknown[]).length) return false;
  // Each defined value of `left` equals `right`'s, and `right` has as many defined values: the same keys.
  let defined = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    defined += 1;
    if (!deepEqual(left[key], right[key])) return false;
  }
  for (const key in right) if (right[key] !== undefined) defined -= 1;
  return defined === 0;
}
