import type { FireAndForgetCommandType } from '../../src/protocol/commands';
import type { DialerEvent } from '../../src/reducer/types';
import { LEG } from './legIds';
import type { FlowExpectation } from './types';

const send = (commandType: FireAndForgetCommandType): readonly DialerEvent[] => [
  { type: 'kit/commandSent', payload: { commandType } },
];
const held = (leg: string): string => `${leg} (held)`;

/** Warm transfer, concurrent calls, conference and coaching (PROTOCOL.md section 4, Decision 5). */
export const MULTI_PARTY_FLOWS: Readonly<Record<string, FlowExpectation>> = {
  warm_transfer_start_then_swap_then_merge__inferred: {
    given: 'connectedIncoming',
    sent: send('DIALER.START_WARM_TRANSFER'),
    steps: [
      { status: 'startingWarmTransfer', flow: 'regular', pending: undefined },
      { status: 'ringing', flow: 'warmTransfer' },
      { status: 'connected', flow: 'warmTransfer' },
      { active: LEG.teammate, inactive: held(LEG.customer) },
      { status: 'swapping', flow: 'warmTransfer' },
      { status: 'connected', flow: 'warmTransfer', swapCheck: true },
      { active: LEG.customer, inactive: held(LEG.teammate), swapCheck: false, failure: undefined },
      { status: 'merging', flow: 'warmTransfer' },
      { status: 'ended', flow: 'regular', failure: undefined },
    ],
  },
  warm_transfer_start_failed_reverts: {
    given: 'connectedIncoming',
    sent: send('DIALER.START_WARM_TRANSFER'),
    steps: [
      { status: 'startingWarmTransfer', flow: 'regular', failure: undefined },
      { status: 'connected', flow: 'regular', failure: 'startWarmTransfer:reverted' },
    ],
    diagnostics: ['operation-failed'],
  },
  warm_transfer_swap: {
    given: 'warmTransferConnected',
    sent: send('DIALER.SWAP_PARTICIPANT'),
    steps: [
      { status: 'swapping', flow: 'warmTransfer', active: LEG.teammate },
      { status: 'connected', flow: 'warmTransfer', swapCheck: true },
      { active: LEG.customer, inactive: held(LEG.teammate), swapCheck: false, failure: undefined },
    ],
  },
  warm_transfer_swap_failed_reverts: {
    given: 'warmTransferConnected',
    sent: send('DIALER.SWAP_PARTICIPANT'),
    steps: [
      { status: 'swapping', flow: 'warmTransfer' },
      // Success and failure look the same here; only a SYNC could tell (DECISIONS.md).
      { status: 'connected', flow: 'warmTransfer', swapCheck: true, failure: undefined },
    ],
    afterwards: (state) => [
      { type: 'kit/swapUnconfirmed', payload: { since: state.call.swapCheck?.since ?? -1 } },
    ],
    afterwardsExpected: { swapCheck: false, failure: 'swap:reverted', active: LEG.teammate },
    diagnostics: ['operation-failed'],
  },
  warm_transfer_merge: {
    given: 'warmTransferConnected',
    sent: send('DIALER.MERGE_WARM_TRANSFER'),
    steps: [
      { status: 'merging', flow: 'warmTransfer' },
      { status: 'ended', flow: 'regular', failure: undefined },
    ],
  },
  concurrent_call_answered_then_one_callee_leaves: {
    given: 'connectedOutgoing',
    sent: send('DIALER.START_CONCURRENT_CALL'),
    steps: [
      { status: 'startingConcurrent', flow: 'regular' },
      { status: 'ringing', flow: 'concurrent' },
      { status: 'connected', flow: 'concurrent' },
      { active: LEG.french, inactive: held(LEG.customer) },
      { status: 'hanging', flow: 'concurrent' },
      { status: 'connected', flow: 'regular', failure: undefined },
    ],
  },
  concurrent_swap__inferred: {
    given: 'concurrentConnected',
    sent: send('DIALER.SWAP_PARTICIPANT'),
    steps: [
      { status: 'swapping', flow: 'concurrent' },
      { status: 'connected', flow: 'concurrent', swapCheck: true },
      { active: LEG.customer, inactive: held(LEG.french), swapCheck: false, failure: undefined },
    ],
  },
  conference_invitee_answers: {
    given: 'connectedIncoming',
    sent: send('DIALER.INVITE_PARTICIPANT'),
    steps: [
      { status: 'startingConference', flow: 'regular', pending: undefined },
      { status: 'initiating', flow: 'conference' },
      { participants: [`${LEG.customer}:answering`, `${LEG.british}:ringing`] },
      { status: 'initiated', flow: 'conference' },
      { participants: [`${LEG.customer}:answering`, `${LEG.british}:answering`], failure: undefined },
    ],
  },
  conference_invitee_no_answer_reverts: {
    given: 'connectedIncoming',
    sent: send('DIALER.INVITE_PARTICIPANT'),
    steps: [
      { status: 'startingConference', flow: 'regular' },
      { status: 'initiating', flow: 'conference', failure: undefined },
      { status: 'connected', flow: 'regular', failure: 'invite:reverted' },
    ],
    diagnostics: ['operation-failed'],
  },
  conference_drops_below_three_participants: {
    given: 'conferenceInitiated',
    steps: [
      { participants: [`${LEG.customer}:answering`, `${LEG.british}:ended`] },
      { status: 'connected', flow: 'regular', failure: undefined },
    ],
  },
  conference_self_hangup: {
    given: 'conferenceInitiated',
    sent: send('DIALER.HANGUP'),
    steps: [
      // The HANGUP stays pending through the hanging it caused (no second HANGUP), until the end.
      { status: 'hanging', flow: 'conference', pending: 'DIALER.HANGUP' },
      { status: 'ended', flow: 'regular', pending: undefined },
    ],
  },
  coaching_join_as_coach: {
    given: 'ready',
    sent: send('DIALER.JOIN_COACHING'),
    steps: [
      { status: 'startingCoaching', flow: 'regular', pending: undefined },
      { status: 'joining', flow: 'coaching' },
      { status: 'joined', flow: 'coaching', failure: undefined },
      { status: 'joined', active: LEG.customer },
    ],
  },
  coaching_coach_hangs_up: {
    given: 'coachingJoined',
    sent: send('DIALER.HANGUP'),
    steps: [
      { status: 'hanging', flow: 'coaching', pending: 'DIALER.HANGUP' },
      { status: 'idle', flow: undefined, active: undefined, failure: undefined, pending: undefined },
    ],
  },
  coaching_coach_disconnected: {
    given: 'coachingJoined',
    steps: [{ status: 'idle', flow: undefined, active: undefined, failure: undefined }],
  },
  coachee_sees_coach_join_and_leave: {
    given: 'connectedIncoming',
    steps: [
      { status: 'connected', coach: LEG.coach, active: LEG.customer },
      { status: 'connected', coach: undefined, active: LEG.customer },
    ],
  },
};
