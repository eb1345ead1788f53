import { controlFor, isSessionCommand } from '../commands/controlFor';
import { getControls } from '../controls/getControls';
import { selectHoldControl } from '../controls/selectHoldControl';
import type { ControlReason } from '../controls/types';
import { parseBusCommand } from '../parseBusCommand';
import type { BusCommand } from '../protocol/commands';
import type { ParseError } from '../protocol/kitEvents';
import { isRequestCommand } from '../reducer/requests';
import type { DialerState } from '../state/DialerState';

/** The verdict of {@link guardCommand}: the validated copy to send, or why not. */
export type CommandVerdict =
  | { readonly ok: true; readonly command: BusCommand }
  | { readonly ok: false; readonly invalid: ParseError }
  | {
      readonly ok: false;
      readonly invalid?: undefined;
      readonly type: BusCommand['type'];
      readonly reason: ControlReason | 'not-allowed';
      readonly detail?: string;
    };

/**
 * The one guard of `send`, pure: whether `state` lets `input` go to the bus. The owner tab's store applies
 * it before sending, a follower tab to its mirror of the owner's state before handing the command over.
 */
export function guardCommand(state: DialerState, input: BusCommand): CommandVerdict {
  // Typed callers cannot build a wrong command, untyped ones can (`{ type: 'toString' }`, null): checked
  // first, so that nothing below reads a property of a value that is not a valid command.
  const parsed = parseBusCommand(input);
  if (!parsed.ok) return { ok: false, invalid: parsed.error };
  const { command } = parsed;
  const { type } = command;
  if (isSessionCommand(type)) {
    return { ok: false, type, reason: 'not-allowed', detail: 'the store sends session commands' };
  }
  const control = controlFor(type);
  if (control !== undefined) {
    // A HOLD names its leg: the hold control for that leg decides (a conference holds participants one by one).
    const { enabled, reason } =
      command.type === 'DIALER.HOLD'
        ? selectHoldControl(state, command.payload.legId)
        : getControls(state)[control];
    // A DIAL names its own line: the control's missing default line does not concern it.
    const lineGiven = type === 'DIALER.DIAL' && reason === 'no-line';
    if (!enabled && !lineGiven) return { ok: false, type, reason: reason ?? 'not-allowed' };
  } else if (state.connection !== 'ready') {
    return { ok: false, type, reason: 'not-ready' };
  }
  if (isRequestCommand(type) && state.requests[type] !== undefined) {
    return { ok: false, type, reason: 'request-pending' };
  }
  return { ok: true, command };
}
