import { getControls } from '../controls/getControls';
import type { ControlState } from '../controls/types';
import type { CallStatus } from '../protocol/enums';
import { partyFromAddress } from '../reducer/participants';
import type { CallParty } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation, Operation } from '../state/SessionState';
import { failureInFlow } from './failureInFlow';

/** What a second-call panel shows: nothing, the offer to start one, or the two calls. */
export type SecondCallPhase = 'hidden' | 'offer' | 'active';

/** A second (concurrent) call as the agent sees it: the two parties, which one is talked with, the controls. */
export interface SecondCallState {
  /** `offer` on a connected regular call; `active` from `startingConcurrent` until back in `regular`. */
  readonly phase: SecondCallPhase;
  /** The call status while not hidden. */
  readonly status: CallStatus | undefined;
  /** The second person has not answered yet (`startingConcurrent`, or `ringing` in the concurrent flow). */
  readonly ringing: boolean;
  /**
   * Who the agent talks with, or calls while `ringing`. Until a SYNC of the concurrent flow names the parties
   * (the bus sends none while the second person rings) it is the address the kit called (`call.concurrentTo`,
   * source `call`), whichever part of the app started the call; `undefined` when the kit did not start it
   * (a reload of the bus frame since).
   */
  readonly current: CallParty | undefined;
  /** Who is on hold (before that SYNC: the party of the call the agent was on). */
  readonly held: CallParty | undefined;
  /** A start or a swap is unsettled (a swap until the SYNC that tells whether it worked). */
  readonly pending: boolean;
  /** Starting a second call (`startConcurrent`); shown in the `offer` phase. */
  readonly startConcurrentControl: ControlState;
  /** Swapping the two calls; busy while a start or swap settles, whatever the rules say. */
  readonly swapControl: ControlState;
  /** The last failed start or swap of this flow, for a notice. */
  readonly failure: FailedOperation | undefined;
}

/** The operations of a second call, whose failures its notice reports. */
const SECOND_CALL_OPERATIONS: readonly Operation[] = ['startConcurrent', 'swap'];

const SETTLING: ReadonlySet<CallStatus> = new Set<CallStatus>(['startingConcurrent', 'swapping']);

// The party of the last address called, so that the same address gives the same object (no re-render).
let called: { readonly address: string; readonly party: CallParty | undefined } | undefined;
function calledParty(address: string): CallParty | undefined {
  if (called?.address !== address) called = { address, party: partyFromAddress(address) };
  return called.party;
}
const BUSY: ControlState = Object.freeze({ enabled: false, pending: true, reason: 'operation-pending' });

/**
 * The second-call view of `state` (PROTOCOL.md section 4, "Concurrent"). Pure; the result is a new object
 * of stable parts, meant for a shallow comparison.
 * @example const { phase, current, held } = selectSecondCall(store.getState());
 */
export function selectSecondCall(state: DialerState): SecondCallState {
  const { call } = state;
  const { status, flow } = call;
  const active = flow === 'concurrent' || status === 'startingConcurrent';
  const shown = active || (flow === 'regular' && status === 'connected');
  const controls = getControls(state);
  const pending =
    shown &&
    (SETTLING.has(status) ||
      controls.startConcurrent.pending ||
      controls.swap.pending ||
      // After `swapping`, the swap is unsettled until the SYNC that shows whether the parties exchanged.
      call.swapCheck !== undefined);
  // The bus names both parties in the concurrent flow's first SYNC; before it, the party the kit knows is
  // the one of the call the agent was on, now on hold.
  const named = active && call.inactiveParticipant !== undefined;
  return {
    phase: active ? 'active' : shown ? 'offer' : 'hidden',
    status: shown ? status : undefined,
    ringing: status === 'startingConcurrent' || (flow === 'concurrent' && status === 'ringing'),
    current: named
      ? call.activeParticipant
      : active && call.concurrentTo !== undefined
        ? calledParty(call.concurrentTo)
        : undefined,
    held: !active ? undefined : named ? call.inactiveParticipant : call.activeParticipant,
    pending,
    startConcurrentControl: controls.startConcurrent,
    swapControl: active && pending ? BUSY : controls.swap,
    failure: shown ? failureInFlow(state, SECOND_CALL_OPERATIONS) : undefined,
  };
}
