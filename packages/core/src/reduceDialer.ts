import { produce } from 'immer';
import { HANDLERS } from './reducer/handlers';
import type { DialerEvent, DraftState } from './reducer/types';
import type { DialerInput, DialerState } from './state/DialerState';

/**
 * Applies one event (stamped with its arrival time) to the dialer state. Pure: no clock, no input
 * mutation; returns the same object when the event changes nothing.
 * @example const next = reduceDialer(state, { event: { type: 'BUS.INIT_FULFILLED' }, at: Date.now() });
 */
export function reduceDialer(state: DialerState, input: DialerInput): DialerState {
  const { event, at } = input;
  // Typed callers cannot send an unknown type, but untyped JavaScript can: it changes nothing.
  if (!Object.hasOwn(HANDLERS, event.type)) return state;
  // The table is keyed by type, so the handler found matches the event; TypeScript cannot correlate the two.
  const handler = HANDLERS[event.type] as (draft: DraftState, event: DialerEvent, at: number) => void;
  return produce(state, (draft) => {
    handler(draft, event, at);
  });
}
