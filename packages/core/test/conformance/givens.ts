import type { DialerEvent } from '../../src/reducer/types';
import { parsedFlow } from './flows';

const jane = { id: 123456, email: 'jane.agent@example.com' };
const sent = (commandType: 'DIALER.DIAL' | 'DIALER.ACCEPT'): DialerEvent => ({
  type: 'kit/commandSent',
  payload: { commandType },
});

const none: readonly DialerEvent[] = [];
/** REGISTER restored Jane's session (user 123456), INIT done. */
const ready: readonly DialerEvent[] = [
  { type: 'kit/connecting', payload: { reconnect: false } },
  { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
  { type: 'BUS.INIT_FULFILLED' },
];
/** An outgoing call to +14155550199, answered, synced (customer leg CA9988...). */
const connectedOutgoing = [...ready, sent('DIALER.DIAL'), ...parsedFlow('outgoing_call_answered')];
/** An incoming external call from +14155550199, accepted, synced (customer leg CA9988...). */
const connectedIncoming = [
  ...ready,
  ...parsedFlow('incoming_external_accepted').slice(0, 1),
  sent('DIALER.ACCEPT'),
  ...parsedFlow('incoming_external_accepted').slice(1),
];

/**
 * The documented situations flows start from. Each is built from other documented flows, so a fragment
 * (a swap, a hang-up) replays on top of the call it belongs to.
 */
export const GIVENS = {
  /** Nothing happened yet: the store is connecting. */
  none,
  /** REGISTER brought no session: the login form is due. */
  needsLogin: [{ type: 'BUS.REGISTER_FULFILLED' }],
  /** REGISTER restored the session; INIT not yet answered. */
  registered: ready.slice(0, 2),
  ready,
  connectedOutgoing,
  connectedIncoming,
  /** The outgoing call hung up and ended. */
  ended: [...connectedOutgoing, ...parsedFlow('hangup_without_mandatory_tagging')],
  /** From the incoming call: a warm transfer to teammate 654321, answered; the customer is on hold. */
  warmTransferConnected: [
    ...connectedIncoming,
    ...parsedFlow('warm_transfer_start_then_swap_then_merge__inferred').slice(0, 4),
  ],
  /** From the outgoing call: a concurrent call to +33176360695, answered; the first customer is on hold. */
  concurrentConnected: [
    ...connectedOutgoing,
    ...parsedFlow('concurrent_call_answered_then_one_callee_leaves').slice(0, 4),
  ],
  /** From the incoming call: +442079460018 invited and answering, three parties. */
  conferenceInitiated: [...connectedIncoming, ...parsedFlow('conference_invitee_answers')],
  /** The agent joined a call as coach. */
  coachingJoined: [...ready, ...parsedFlow('coaching_join_as_coach')],
} satisfies Record<string, readonly DialerEvent[]>;

/** The name of a given situation. */
export type GivenName = keyof typeof GIVENS;
