import type { FireAndForgetCommandType, RequestCommandType } from '../protocol/commands';
import type { CallMetadata, Participant } from '../protocol/entities';
import type { CallFlow, CallStatus } from '../protocol/enums';
import type { IncomingPayload } from '../protocol/events';
import type { CommandDetail } from '../protocol/kitEvents';
import { reduceDialer } from '../reduceDialer';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import type { DialerEvent, DialerEventOf } from './types';

/** The customer of the tests' calls (E.164). */
export const CUSTOMER = '+14155550199';
/** Whom the tests' warm transfers go to (E.164). */
export const TRANSFEREE = '+33612345678';

/** Test support: builders for the events the reducer's tests fold (not part of the public API). */
export const ev = {
  status: (status: CallStatus, flow?: CallFlow): DialerEventOf<'DIALER.CALL_STATUS'> => ({
    type: 'DIALER.CALL_STATUS',
    payload: flow === undefined ? { status } : { status, flow },
  }),
  dialing: (to: string, from = '+14155550123'): DialerEventOf<'DIALER.DIALING'> => ({
    type: 'DIALER.DIALING',
    payload: { from, to },
  }),
  incoming: (payload: Partial<IncomingPayload> = {}): DialerEventOf<'DIALER.INCOMING'> => ({
    type: 'DIALER.INCOMING',
    payload: { type: 'external', callUuid: 'CA01', from: '+14155550199', to: '+14155550123', ...payload },
  }),
  sync: (metadata: CallMetadata): DialerEventOf<'DIALER.SYNC'> => ({
    type: 'DIALER.SYNC',
    payload: { metadata },
  }),
  sent: (
    commandType: FireAndForgetCommandType | RequestCommandType,
    detail?: CommandDetail,
  ): DialerEventOf<'kit/commandSent'> => ({
    type: 'kit/commandSent',
    payload: detail === undefined ? { commandType } : { commandType, detail },
  }),
};

/** A SYNC participant: an external number (`+...`) or a teammate id. */
export function participant(legId: string, who: string | number, isHeld = false): Participant {
  return {
    ...(typeof who === 'number' ? { user: { id: who } } : { external: { phoneNumber: who } }),
    legId,
    isHeld,
    state: 'answering',
  };
}

/** SYNC metadata with the given active and held parties. */
export function legs(active?: Participant, inactive?: Participant): CallMetadata {
  return {
    callUuid: 'CA01',
    direction: 'outgoing',
    ...(active ? { activeParticipant: active } : {}),
    ...(inactive ? { inactiveParticipant: inactive } : {}),
  };
}

/** Folds events from `state`, the n-th arriving at `start + n * step`; returns the state after each. */
export function replay(
  events: readonly DialerEvent[],
  state: DialerState = createInitialState(),
  start = 1_000,
  step = 1_000,
): DialerState[] {
  const states: DialerState[] = [];
  let current = state;
  events.forEach((event, index) => {
    current = reduceDialer(current, event, start + index * step);
    states.push(current);
  });
  return states;
}

/** The state after folding `events` (see {@link replay}). */
export function after(events: readonly DialerEvent[], state?: DialerState, start?: number): DialerState {
  const states = replay(events, state, start);
  return states[states.length - 1] ?? state ?? createInitialState();
}
