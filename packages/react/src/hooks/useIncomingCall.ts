import type { CallMode, ControlState, IncomingCall, SendResult } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import { useDialerStore } from '../provider/useDialerStore';
import { useControlState } from './useControlState';

/** An incoming call still offered to the agent, with its verbs and their controls. */
export interface IncomingCallView {
  readonly call: IncomingCall;
  /** Sends `DIALER.ACCEPT` (tracking `call_mode`, default `pickup_button`). */
  readonly accept: (mode?: CallMode) => SendResult;
  readonly reject: () => SendResult;
  readonly acceptControl: ControlState;
  readonly rejectControl: ControlState;
}

/** The call of the last `DIALER.INCOMING` while it is offered (not yet accepted or rejected), else `undefined`. */
export function useIncomingCall(): IncomingCallView | undefined {
  const store = useDialerStore('useIncomingCall');
  const incoming = useStore(store.api, (state) =>
    state.call.incoming?.answer === 'offered' ? state.call.incoming : undefined,
  );
  const acceptControl = useControlState('accept');
  const rejectControl = useControlState('reject');
  const accept = useCallback((mode?: CallMode) => store.actions.accept(mode), [store]);
  const reject = useCallback(() => store.actions.reject(), [store]);
  return useMemo(
    () =>
      incoming === undefined ? undefined : { call: incoming, accept, reject, acceptControl, rejectControl },
    [incoming, accept, reject, acceptControl, rejectControl],
  );
}
