import type { ShortcutRefusalReason } from './runShortcut';
import type { ShortcutAction } from './shortcutKeys';

/** A shortcut that did nothing, and why. */
export interface ShortcutRefusal {
  readonly action: ShortcutAction;
  readonly reason: ShortcutRefusalReason;
}

/** The last shortcut refused under one provider, for whoever says it (`useShortcuts`, `KeyboardShortcuts`). */
export interface ShortcutNews {
  get(): ShortcutRefusal | undefined;
  set(refusal: ShortcutRefusal | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createShortcutNews(): ShortcutNews {
  let current: ShortcutRefusal | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(refusal) {
      if (refusal === current) return;
      current = refusal;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
