import { useMemo } from 'react';
import { resolveShortcuts, type ShortcutBinding } from './shortcutKeys';
import type { ShortcutSetup } from './shortcutSetup';

/** The shortcuts in force for the provider's option (`undefined`: turned off), parsed once per option. */
export function useShortcutBindings(setup: ShortcutSetup): readonly ShortcutBinding[] | undefined {
  return useMemo(() => resolveShortcuts(setup.option), [setup]);
}
