/**
 * Freezes `value` and every object it holds that is not frozen yet. The parser freezes the fresh event it
 * returns with it, and the reducer the state it returns (the objects the event made; what it shares with
 * the state before is frozen already, and not visited), so the state is frozen all the way down.
 */
export function freezeNew(value: object): void {
  Object.freeze(value);
  for (const key in value) {
    const item: unknown = (value as { readonly [key: string]: unknown })[key];
    if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) freezeNew(item);
  }
}
