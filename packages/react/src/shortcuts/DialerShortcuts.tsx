import { useEffect } from 'react';
import { useShortcuts } from '../hooks/useShortcuts';
import { isTypingTarget } from './shortcutKeys';

/**
 * Turns the provider's keyboard shortcuts on: render it once inside `DialerProvider` (it renders nothing)
 * and it listens for them on the document while the provider's `shortcuts` option does not turn them off.
 * Apart from it, no key handling reaches an app's bundle. A key is ignored while the agent
 * types (text field, text area, select, editable content), while held down (repeats), while composing,
 * and when a handler already took it (`preventDefault`); a shortcut taken is not passed on.
 * @example <DialerProvider transport={transport} shortcuts={{ mute: false }}><DialerShortcuts />...</DialerProvider>
 */
export function DialerShortcuts(): null {
  const { shortcuts, run } = useShortcuts();
  useEffect(() => {
    if (shortcuts.length === 0 || typeof document === 'undefined') return;
    const doc = document;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat || event.isComposing) return;
      if (isTypingTarget(event.composedPath()[0] ?? event.target)) return;
      const shortcut = shortcuts.find((view) => view.matches(event));
      if (shortcut === undefined) return;
      event.preventDefault();
      run(shortcut.action);
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [shortcuts, run]);
  return null;
}
