import type { FlowCases } from './flowCase';
import { CUSTOMER, inIncomingCall, inOutgoingCall, ready, TEAMMATE } from './flowCase';
import type { Harness } from './harness';

const COACHED_CALL = 'CA7c6b5a4938271605f4e3d2c1b0a99887';
/** The agent is the supervisor 777001 of flows.json, coaching agent 123456. */
const asCoach = {
  agent: { id: 777001, email: 'alex.supervisor@example.com', status: 'available' },
  teammates: [{ id: 123456, email: 'jane.agent@example.com', status: 'in_call' }],
  coachableCalls: [
    { callUuid: COACHED_CALL, coacheeId: 123456, external: CUSTOMER, direction: 'incoming', lineId: 48211 },
  ],
} as const;

const joinCoaching = (h: Harness) =>
  h.send({ type: 'DIALER.JOIN_COACHING', payload: { callUuid: COACHED_CALL, incognito: true } });
const coaching = (h: Harness) => {
  h.ready();
  joinCoaching(h);
};
const startWarmTransfer = (h: Harness) =>
  h.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: TEAMMATE } });
const inWarmTransfer = (h: Harness) => {
  inIncomingCall(h);
  startWarmTransfer(h);
  h.bus.transfereeAnswers();
};
const startConcurrent = (h: Harness) =>
  h.send({ type: 'DIALER.START_CONCURRENT_CALL', payload: { to: '+33176360695' } });
const invite = (h: Harness) =>
  h.send({ type: 'DIALER.INVITE_PARTICIPANT', payload: { to: '+442079460018' } });
const inConference = (h: Harness) => {
  inIncomingCall(h);
  invite(h);
  h.bus.remoteAnswers();
};

/** Warm transfer, concurrent, conference and coaching sequences of flows.json. */
export const MULTI_PARTY_FLOW_CASES: FlowCases = {
  warm_transfer_start_then_swap_then_merge__inferred: {
    setup: inIncomingCall,
    drive: (h) => {
      startWarmTransfer(h);
      h.bus.transfereeAnswers();
      h.send({ type: 'DIALER.SWAP_PARTICIPANT' });
      h.send({ type: 'DIALER.MERGE_WARM_TRANSFER' });
    },
  },
  warm_transfer_start_failed_reverts: {
    setup: inIncomingCall,
    drive: (h) => {
      h.bus.failNext('startWarmTransfer');
      startWarmTransfer(h);
    },
  },
  warm_transfer_swap: { setup: inWarmTransfer, drive: (h) => h.send({ type: 'DIALER.SWAP_PARTICIPANT' }) },
  warm_transfer_swap_failed_reverts: {
    setup: inWarmTransfer,
    drive: (h) => {
      h.bus.failNext('swap');
      h.send({ type: 'DIALER.SWAP_PARTICIPANT' });
    },
  },
  warm_transfer_merge: {
    setup: inWarmTransfer,
    drive: (h) => h.send({ type: 'DIALER.MERGE_WARM_TRANSFER' }),
  },
  concurrent_call_answered_then_one_callee_leaves: {
    setup: inOutgoingCall,
    drive: (h) => {
      startConcurrent(h);
      h.bus.remoteAnswers();
      h.bus.flush();
      h.bus.remoteHangsUp();
    },
    trailing: ['DIALER.SYNC'],
  },
  concurrent_swap__inferred: {
    setup: (h) => {
      inOutgoingCall(h);
      startConcurrent(h);
      h.bus.remoteAnswers();
    },
    drive: (h) => h.send({ type: 'DIALER.SWAP_PARTICIPANT' }),
  },
  conference_invitee_answers: {
    setup: inIncomingCall,
    drive: (h) => {
      invite(h);
      h.bus.remoteAnswers();
    },
  },
  conference_invitee_no_answer_reverts: {
    setup: inIncomingCall,
    drive: (h) => {
      invite(h);
      h.bus.remoteNoAnswer();
    },
  },
  conference_drops_below_three_participants: { setup: inConference, drive: (h) => h.bus.remoteHangsUp() },
  conference_self_hangup: { setup: inConference, drive: (h) => h.send({ type: 'DIALER.HANGUP' }) },
  coaching_join_as_coach: { options: asCoach, setup: ready, drive: joinCoaching },
  coaching_coach_hangs_up: {
    options: asCoach,
    setup: coaching,
    drive: (h) => h.send({ type: 'DIALER.HANGUP' }),
  },
  coaching_coach_disconnected: { options: asCoach, setup: coaching, drive: (h) => h.bus.dropCall() },
  coachee_sees_coach_join_and_leave: {
    setup: inIncomingCall,
    drive: (h) => {
      h.bus.coachJoins(777001);
      h.bus.flush();
      h.bus.coachLeaves();
    },
  },
};
