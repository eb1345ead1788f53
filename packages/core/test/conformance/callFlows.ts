import type { DialerEvent } from '../../src/reducer/types';
import { LEG } from './legIds';
import type { FlowExpectation } from './types';

const send = (commandType: 'DIALER.SET_TAGS' | 'DIALER.HOLD' | 'DIALER.RESET'): DialerEvent => ({
  type: 'kit/commandSent',
  payload: { commandType },
});

/** Incoming and outgoing calls, hang-up, tagging, reset, hold (PROTOCOL.md section 4). */
export const CALL_FLOWS: Readonly<Record<string, FlowExpectation>> = {
  outgoing_call_answered: {
    given: 'ready',
    sent: [{ type: 'kit/commandSent', payload: { commandType: 'DIALER.DIAL' } }],
    steps: [
      { status: 'idle', active: '+14155550199', pending: 'DIALER.DIAL' },
      { status: 'connecting', flow: 'regular', pending: undefined },
      { status: 'ringing', flow: 'regular' },
      { status: 'ringing', active: LEG.customer, inactive: undefined },
      { status: 'connected', flow: 'regular' },
      { status: 'connected', active: LEG.customer },
    ],
  },
  outgoing_call_to_teammate_answered: {
    given: 'ready',
    steps: [
      { status: 'idle', active: 'client:654321' },
      { status: 'connecting', flow: 'regular' },
      { status: 'ringing', flow: 'regular' },
      { status: 'connected', flow: 'regular', active: 'client:654321' },
      { status: 'connected', active: LEG.teammate },
    ],
  },
  incoming_external_accepted: {
    given: 'ready',
    steps: [
      { status: 'idle', incoming: 'external:offered', active: '+14155550199' },
      { status: 'accepting', flow: 'regular', incoming: 'external:accepted' },
      { status: 'connected', flow: 'regular' },
      { status: 'connected', active: LEG.customer },
    ],
  },
  incoming_internal_accepted: {
    given: 'ready',
    steps: [
      { status: 'idle', incoming: 'internal:offered', active: 'client:654321' },
      { status: 'accepting', incoming: 'internal:accepted' },
      { status: 'connected', flow: 'regular' },
      { status: 'connected', active: LEG.teammate },
    ],
  },
  incoming_cold_transfer_accepted: {
    given: 'ready',
    steps: [
      { status: 'idle', incoming: 'cold-transfer:offered', active: '+14155550199' },
      { status: 'accepting', incoming: 'cold-transfer:accepted' },
      { status: 'connected', flow: 'regular', active: '+14155550199' },
    ],
  },
  incoming_rollback_transfer: {
    given: 'ready',
    steps: [{ status: 'idle', incoming: 'rollback-transfer:offered', active: '+14155550199' }],
  },
  incoming_warm_transfer_accepted_as_transferee: {
    given: 'ready',
    steps: [
      { status: 'idle', incoming: 'warm-transfer:offered', active: 'client:654321' },
      { status: 'accepting', incoming: 'warm-transfer:accepted' },
      { status: 'connected', flow: 'regular' },
    ],
  },
  hangup_without_mandatory_tagging: {
    given: 'connectedOutgoing',
    steps: [
      { status: 'hanging', flow: 'regular' },
      { status: 'ended', flow: 'regular', active: LEG.customer },
    ],
  },
  hangup_with_mandatory_tagging__inferred: {
    given: 'connectedOutgoing',
    sent: [{ type: 'kit/tagSelectionChanged', payload: { tagIds: [102, 101] } }],
    steps: [
      { status: 'hanging', flow: 'regular' },
      { status: 'mandatoryTagging', flow: 'regular', selection: [101, 102] },
      { status: 'mandatoryTagging', tags: [101, 102] },
      { status: 'ended', flow: 'regular', tags: [101, 102] },
    ],
  },
  reset_to_idle: {
    given: 'ended',
    sent: [send('DIALER.RESET')],
    steps: [{ status: 'idle', flow: undefined, active: undefined, pending: undefined, tags: [] }],
  },
  hangup_then_reset: {
    given: 'connectedOutgoing',
    steps: [
      { status: 'hanging', flow: 'regular' },
      { status: 'ended', flow: 'regular' },
      { status: 'idle', flow: undefined, active: undefined },
    ],
  },
  set_tags_success: {
    given: 'connectedOutgoing',
    sent: [send('DIALER.SET_TAGS')],
    steps: [{ tags: [101], requests: [], failure: undefined }],
  },
  set_tags_failure: {
    given: 'connectedOutgoing',
    sent: [{ type: 'kit/tagSelectionChanged', payload: { tagIds: [999] } }, send('DIALER.SET_TAGS')],
    steps: [{ tags: [], selection: [999], requests: [], failure: 'setTags:rejected' }],
    diagnostics: ['request-rejected'],
  },
  hold_external_participant: {
    given: 'connectedOutgoing',
    sent: [send('DIALER.HOLD')],
    steps: [{ status: 'connected', active: `${LEG.customer} (held)`, pending: undefined }],
  },
};
