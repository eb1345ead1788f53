import type { SelectionStorage } from '@dialer-kit/core';

/** A {@link SelectionStorage} in memory, with its entries to look at. */
export interface MemoryStorage extends SelectionStorage {
  readonly entries: ReadonlyMap<string, string>;
}

/**
 * An in-memory storage for the provider's `storage` prop, one per test so picked tags never leak between
 * tests (the provider's default is the page's `sessionStorage`). Pass the same one to two renders to test
 * a reload.
 * @example const storage = createMemoryStorage(); await renderWithDialer(ui, { provider: { storage } });
 */
export function createMemoryStorage(initial: Readonly<Record<string, string>> = {}): MemoryStorage {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      entries.set(key, value);
    },
    removeItem: (key) => {
      entries.delete(key);
    },
  };
}
