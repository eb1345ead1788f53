import type { RequestCommandType } from '../../src/protocol/commands';
import type { DialerEvent } from '../../src/reducer/types';
import type { FlowExpectation } from './types';

const send = (commandType: RequestCommandType): readonly DialerEvent[] => [
  { type: 'kit/commandSent', payload: { commandType } },
];

/** Availability, lines and the API requests (PROTOCOL.md sections 3 and 6). */
export const ACCOUNT_FLOWS: Readonly<Record<string, FlowExpectation>> = {
  availability_self_call_lifecycle: {
    given: 'ready',
    steps: [{ self: 'in_call' }, { self: 'available' }],
  },
  availability_self_wrap_up__inferred: {
    given: 'ready',
    steps: [
      { self: 'after_call_work', wrapUpEndsIn: 30_000 },
      { self: 'available', wrapUpEndsIn: undefined },
    ],
  },
  availability_set_do_not_disturb: {
    given: 'ready',
    steps: [{ self: 'do_not_disturb', teammates: {} }],
  },
  availability_teammate_changed: {
    given: 'ready',
    steps: [{ self: undefined, teammates: { '654321': 'on_mobile' } }],
  },
  user_lines_changed: { given: 'ready', steps: [{ lines: [48211, 48212] }] },
  api_fetch_user_availability_success: {
    given: 'ready',
    sent: send('API.FETCH_USER_AVAILABILITY'),
    steps: [{ self: undefined, teammates: { '654321': 'available' }, requests: [] }],
  },
  api_fetch_user_availability_failure: {
    given: 'ready',
    sent: send('API.FETCH_USER_AVAILABILITY'),
    steps: [{ teammates: {}, requests: [], failure: undefined }],
    diagnostics: ['request-rejected'],
  },
  api_fetch_availabilities_success: {
    given: 'ready',
    sent: send('API.FETCH_AVAILABILITIES'),
    steps: [{ self: 'available', teammates: { '654321': 'in_call', '777001': 'offline' }, requests: [] }],
  },
  api_update_call_tags_success: {
    given: 'ready',
    sent: send('API.UPDATE_CALL_TAGS'),
    steps: [{ requests: [], failure: undefined }],
  },
  api_update_call_tags_failure: {
    given: 'ready',
    sent: send('API.UPDATE_CALL_TAGS'),
    steps: [{ requests: [] }],
    diagnostics: ['request-rejected'],
  },
};
