import {
  type DialerStore,
  type FailureReason,
  getControls,
  type Result,
  selectHoldControl,
} from '@dialer-kit/core';
import type { ShortcutAction } from './shortcutKeys';

/** Why a shortcut did nothing: its control's reason, the store's, or `not-shown` (no field to focus). */
export type ShortcutRefusalReason = FailureReason | 'not-shown';

/** What a shortcut did. */
export type ShortcutResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: ShortcutRefusalReason };

/** The attribute that marks the field a focus shortcut moves to (the kit's components set it). */
export const SHORTCUT_TARGET = 'data-dk-shortcut-target';

/** The focus shortcuts and the value of {@link SHORTCUT_TARGET} they look for. */
const FOCUS_TARGETS: Partial<Record<ShortcutAction, string>> = {
  focusDialPad: 'dial-pad',
  focusDirectory: 'transfer-directory',
};

/** The attribute a kit component puts on the field a focus shortcut moves to. */
export function shortcutTarget(
  action: 'focusDialPad' | 'focusDirectory',
): Record<typeof SHORTCUT_TARGET, string> {
  return { [SHORTCUT_TARGET]: FOCUS_TARGETS[action] ?? '' };
}

const OK: ShortcutResult = { ok: true };

/** The verb of a call shortcut, sent only when its control allows it: a disabled control sends nothing. */
function runVerb(store: DialerStore, action: ShortcutAction): Result {
  const state = store.getState();
  const controls = getControls(state);
  const refuse = (reason: FailureReason | undefined): Result => ({
    ok: false,
    reason: reason ?? 'not-allowed',
  });
  switch (action) {
    case 'accept':
      return controls.accept.enabled ? store.actions.accept('shortcut') : refuse(controls.accept.reason);
    case 'reject':
      return controls.reject.enabled ? store.actions.reject() : refuse(controls.reject.reason);
    case 'hangUp':
      return controls.hangUp.enabled ? store.actions.hangUp() : refuse(controls.hangUp.reason);
    case 'mute':
      return controls.mute.enabled ? store.actions.mute(!state.call.muted) : refuse(controls.mute.reason);
    default: {
      // Hold holds the party talked with, as the call bar's toggle does.
      const hold = selectHoldControl(state);
      const held = state.call.activeParticipant?.isHeld ?? false;
      return hold.enabled ? store.actions.hold(!held) : refuse(hold.reason);
    }
  }
}

/**
 * Does what `action` stands for: a call verb through the store's guarded actions (ACCEPT with
 * `call_mode: 'shortcut'`), or focus on the first field of the document marked for it.
 */
export function runShortcut(store: DialerStore, action: ShortcutAction, doc: Document): ShortcutResult {
  const target = FOCUS_TARGETS[action];
  if (target === undefined) {
    const result = runVerb(store, action);
    return result.ok ? OK : { ok: false, reason: result.reason };
  }
  const field = doc.querySelector<HTMLElement>(`[${SHORTCUT_TARGET}="${target}"]`);
  if (field === null) return { ok: false, reason: 'not-shown' };
  field.focus();
  return OK;
}
