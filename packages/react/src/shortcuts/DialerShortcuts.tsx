import { useEffect } from 'react';
import { useDialerContext } from '../provider/useDialerStore';
import { runShortcut } from './runShortcut';
import { isTypingTarget, matchesCombo } from './shortcutKeys';
import { useShortcutBindings } from './useShortcutBindings';

/**
 * Turns the provider's keyboard shortcuts on: render it once inside `DialerProvider` (it renders nothing)
 * and it listens for them on the document while the provider's `shortcuts` option does not turn them off.
 * Apart from it, no key handling reaches an app's bundle. A key is ignored while the agent
 * types (text field, text area, select, editable content), while held down (repeats), while composing,
 * and when a handler already took it (`preventDefault`); a shortcut taken is not passed on.
 * @example <DialerProvider transport={transport} shortcuts={{ mute: false }}><DialerShortcuts />...</DialerProvider>
 */
export function DialerShortcuts(): null {
  const { store, shortcuts } = useDialerContext('DialerShortcuts');
  const bindings = useShortcutBindings(shortcuts);
  useEffect(() => {
    const { news } = shortcuts;
    if (bindings === undefined || bindings.length === 0 || typeof document === 'undefined') return;
    const doc = document;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat || event.isComposing) return;
      if (isTypingTarget(event.composedPath()[0] ?? event.target)) return;
      const binding = bindings.find(({ combo }) => matchesCombo(event, combo));
      if (binding === undefined) return;
      event.preventDefault();
      const result = runShortcut(store, binding.action, doc);
      news.set(result.ok ? undefined : { action: binding.action, reason: result.reason });
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [store, shortcuts, bindings]);
  return null;
}
