import { useEffect } from 'react';
import { useDialerContext } from '../provider/useDialerStore';
import { runShortcut } from './runShortcut';
import { isTypingTarget, matchesCombo } from './shortcutKeys';

/**
 * Listens for the provider's shortcuts on the document while they are on. A key is ignored while the agent
 * types (text field, text area, select, editable content), while held down (repeats), while composing,
 * and when a handler already took it (`preventDefault`); a shortcut taken is not passed on.
 */
export function ShortcutListener(): null {
  const { store, shortcuts } = useDialerContext('ShortcutListener');
  useEffect(() => {
    const { bindings, news } = shortcuts;
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
  }, [store, shortcuts]);
  return null;
}
