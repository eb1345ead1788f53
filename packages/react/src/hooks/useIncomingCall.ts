import {
  type CallMode,
  type ControlName,
  type ControlState,
  type DialerState,
  getControls,
  type IncomingCall,
  type Result,
  selectOfferedCall,
} from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** An incoming call still offered to the agent, with its verbs and their controls. */
export interface IncomingCallView {
  readonly call: IncomingCall;
  /** Sends `DIALER.ACCEPT` (tracking `call_mode`, default `pickup_button`). */
  readonly accept: (mode?: CallMode) => Result;
  readonly reject: () => Result;
  readonly acceptControl: ControlState;
  readonly rejectControl: ControlState;
}

const NAME = 'useIncomingCall';

/** Stands in for Accept/Reject while nothing is offered, so their changes then cause no render. */
const NO_OFFER: ControlState = { enabled: false, pending: false, reason: 'no-incoming-call' };

/** A selector of one control's state, constant while no call is offered. */
const offerControl =
  (name: ControlName) =>
  (state: DialerState): ControlState =>
    selectOfferedCall(state) === undefined ? NO_OFFER : getControls(state)[name];

const acceptSelector = /*#__PURE__*/ offerControl('accept');
const rejectSelector = /*#__PURE__*/ offerControl('reject');

/** The call of the last `DIALER.INCOMING` while it is offered (not yet accepted or rejected), else `undefined`. */
export function useIncomingCall(): IncomingCallView | undefined {
  const store = useDialerStore(NAME);
  const incoming = useDialerSelector(selectOfferedCall, { hookName: NAME });
  const acceptControl = useDialerSelector(acceptSelector, { equality: 'shallow', hookName: NAME });
  const rejectControl = useDialerSelector(rejectSelector, { equality: 'shallow', hookName: NAME });
  const accept = useCallback((mode?: CallMode) => store.actions.accept(mode), [store]);
  const reject = useCallback(() => store.actions.reject(), [store]);
  return useMemo(
    () =>
      incoming === undefined ? undefined : { call: incoming, accept, reject, acceptControl, rejectControl },
    [incoming, accept, reject, acceptControl, rejectControl],
  );
}
