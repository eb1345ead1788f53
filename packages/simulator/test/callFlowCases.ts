import type { FlowCases } from './flowCase';
import { CUSTOMER, inOutgoingCall, ready, TEAMMATE, taggedLine } from './flowCase';

/** One-to-one call sequences of flows.json: outgoing, incoming, hang-up, reset, tags, hold. */
export const CALL_FLOW_CASES: FlowCases = {
  outgoing_call_answered: { setup: ready, drive: (h) => h.outgoingConnected(CUSTOMER) },
  outgoing_call_to_teammate_answered: { setup: ready, drive: (h) => h.outgoingConnected(TEAMMATE) },
  incoming_external_accepted: { setup: ready, drive: (h) => h.incomingConnected() },
  incoming_internal_accepted: {
    setup: ready,
    drive: (h) => {
      h.bus.incomingCall({ type: 'internal', from: TEAMMATE });
      h.send({ type: 'DIALER.ACCEPT' });
    },
  },
  incoming_cold_transfer_accepted: {
    setup: ready,
    drive: (h) => {
      h.bus.incomingCall({ type: 'cold-transfer', from: CUSTOMER, transferer: TEAMMATE });
      h.send({ type: 'DIALER.ACCEPT' });
    },
  },
  incoming_rollback_transfer: {
    setup: ready,
    drive: (h) => h.bus.incomingCall({ type: 'rollback-transfer', from: CUSTOMER }),
  },
  incoming_warm_transfer_accepted_as_transferee: {
    setup: ready,
    drive: (h) => {
      h.bus.incomingCall({ type: 'warm-transfer', from: TEAMMATE, external: CUSTOMER });
      h.send({ type: 'DIALER.ACCEPT' });
    },
  },
  hangup_without_mandatory_tagging: {
    setup: inOutgoingCall,
    drive: (h) => h.send({ type: 'DIALER.HANGUP' }),
  },
  hangup_with_mandatory_tagging__inferred: {
    options: taggedLine,
    setup: inOutgoingCall,
    drive: (h) => {
      h.send({ type: 'DIALER.HANGUP' });
      h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [101, 102] } });
    },
  },
  reset_to_idle: {
    setup: (h) => {
      inOutgoingCall(h);
      h.send({ type: 'DIALER.HANGUP' });
    },
    drive: (h) => h.send({ type: 'DIALER.RESET' }),
  },
  hangup_then_reset: {
    setup: inOutgoingCall,
    drive: (h) => {
      h.send({ type: 'DIALER.HANGUP' });
      h.send({ type: 'DIALER.RESET' });
    },
  },
  set_tags_success: {
    setup: inOutgoingCall,
    drive: (h) => h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [101] } }),
  },
  set_tags_failure: {
    setup: inOutgoingCall,
    drive: (h) => h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [999] } }),
  },
  hold_external_participant: {
    setup: inOutgoingCall,
    drive: (h) => h.send({ type: 'DIALER.HOLD', payload: { shouldHold: true, legId: h.activeLegId() } }),
  },
};
