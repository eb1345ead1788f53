import type { DialerState, IncomingCall } from '../state/DialerState';

/**
 * The call of the last `DIALER.INCOMING` while it is still offered (neither accepted nor rejected), else
 * `undefined`. An offer may come during another call: it is not the agent's call until accepted.
 * @example const offer = selectOfferedCall(store.getState());
 */
export function selectOfferedCall(state: DialerState): IncomingCall | undefined {
  const { incoming } = state.call;
  return incoming?.answer === 'offered' ? incoming : undefined;
}
