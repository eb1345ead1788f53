/**
 * Freezes `value` and every object it holds that is not frozen yet. `was`, when given, is an object that
 * `value` replaces and that is frozen through and through: what the two share is not visited again. The
 * parser freezes the fresh event it returns with it, and the reducer the state it returns (the objects the
 * event made), so the state is frozen all the way down.
 */
export function freezeNew(value: object, was?: object): void {
  Object.freeze(value);
  const before = was as { readonly [key: string]: unknown } | undefined;
  for (const key in value) {
    const item: unknown = (value as { readonly [key: string]: unknown })[key];
    if (typeof item !== 'object' || item === null) continue;
    const held = before?.[key];
    if (item === held || Object.isFrozen(item)) continue;
    freezeNew(item, typeof held === 'object' && held !== null ? held : undefined);
  }
}
