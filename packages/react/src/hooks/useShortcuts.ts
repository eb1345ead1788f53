import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useDialerContext } from '../provider/useDialerStore';
import { runShortcut, type ShortcutResult } from '../shortcuts/runShortcut';
import {
  type KeyEventLike,
  type ModifierName,
  matchesCombo,
  type ShortcutAction,
} from '../shortcuts/shortcutKeys';
import type { ShortcutRefusal } from '../shortcuts/shortcutNews';
import { useShortcutBindings } from '../shortcuts/useShortcutBindings';

/** One keyboard shortcut in force. */
export interface ShortcutView {
  readonly action: ShortcutAction;
  /** The keys as given to the provider (`Alt+Shift+E`). */
  readonly keys: string;
  /** Its modifiers in a fixed order (Control, Alt, Shift, Meta), for showing. */
  readonly modifiers: readonly ModifierName[];
  /** Its key as shown: a letter in capitals, another key as written (`Enter`). */
  readonly key: string;
  /** Whether a key event is exactly this shortcut (the same modifiers, no more, and the same key). */
  readonly matches: (event: KeyEventLike) => boolean;
}

/** The provider's keyboard shortcuts, the last one that did nothing, and a way to run one. */
export interface ShortcutsView {
  /** False when the provider's `shortcuts` is `false`. */
  readonly enabled: boolean;
  /** The shortcuts in force, in a fixed order (accept, reject, hang up, mute, hold, dial pad, directory). */
  readonly shortcuts: readonly ShortcutView[];
  /** The last shortcut pressed that did nothing, and why (a disabled control, no field to focus). */
  readonly refusal: ShortcutRefusal | undefined;
  /**
   * Does what a shortcut does, as if its keys were pressed (a host's own key handling, a command palette):
   * the verb when its control allows it (ACCEPT with `call_mode: 'shortcut'`), else nothing is sent.
   */
  readonly run: (action: ShortcutAction) => ShortcutResult;
}

const NAME = 'useShortcuts';
const NO_SHORTCUTS: readonly ShortcutView[] = [];

/**
 * The keyboard shortcuts of the nearest provider (`DialerShortcuts` listens for them): what they are, for a map of
 * them, and the last refused one, to say why it did nothing.
 * @example const { shortcuts } = useShortcuts(); shortcuts.map((s) => `${s.keys}: ${s.action}`);
 */
export function useShortcuts(): ShortcutsView {
  const { store, shortcuts: setup } = useDialerContext(NAME);
  const { news } = setup;
  const bindings = useShortcutBindings(setup);
  const refusal = useSyncExternalStore(news.subscribe, news.get, news.get);
  const shortcuts = useMemo(
    () =>
      bindings?.map(({ action, keys, combo }) => ({
        action,
        keys,
        modifiers: combo.modifiers,
        key: combo.key,
        matches: (event: KeyEventLike) => matchesCombo(event, combo),
      })) ?? NO_SHORTCUTS,
    [bindings],
  );
  const run = useCallback(
    (action: ShortcutAction): ShortcutResult => {
      const result = runShortcut(store, action, document);
      news.set(result.ok ? undefined : { action, reason: result.reason });
      return result;
    },
    [store, news],
  );
  return useMemo(
    () => ({ enabled: bindings !== undefined, shortcuts, refusal, run }),
    [bindings, shortcuts, refusal, run],
  );
}
