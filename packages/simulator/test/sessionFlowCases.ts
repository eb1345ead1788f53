import type { FlowCases } from './flowCase';
import { inOutgoingCall, ready, taggedLine } from './flowCase';
import { REGISTER } from './harness';

const INIT = { type: 'BUS.INIT', payload: { services: ['AUTH', 'USER', 'DIALER'] } } as const;
const restored = { session: 'restored' } as const;

/** Bring-up, session, availability, lines and API sequences of flows.json. */
export const SESSION_FLOW_CASES: FlowCases = {
  bus_register_no_session: { drive: (h) => h.send(REGISTER) },
  bus_register_session_restored: { options: restored, drive: (h) => h.send(REGISTER) },
  auth_email_and_password_success: {
    setup: (h) => h.send(REGISTER),
    drive: (h) =>
      h.send({
        type: 'AUTH.EMAIL_AND_PASSWORD',
        payload: { email: 'jane.agent@example.com', password: 's3cret' },
      }),
  },
  auth_email_and_password_failure: {
    options: { credentials: { password: 'right one' } },
    setup: (h) => h.send(REGISTER),
    drive: (h) =>
      h.send({
        type: 'AUTH.EMAIL_AND_PASSWORD',
        payload: { email: 'jane.agent@example.com', password: 'wrong' },
      }),
  },
  bus_init: { options: restored, setup: (h) => h.send(REGISTER), drive: (h) => h.send(INIT) },
  bus_destroy: {
    setup: ready,
    drive: (h) => h.send({ type: 'BUS.DESTROY', payload: { services: ['AUTH', 'USER', 'DIALER'] } }),
  },
  auth_token_refreshed: { setup: ready, drive: (h) => h.bus.refreshToken() },
  auth_refresh_token_expired: { setup: ready, drive: (h) => h.bus.expireSession() },
  availability_self_call_lifecycle: {
    options: { wrapUpSeconds: 0 },
    setup: ready,
    drive: (h) => {
      h.incomingConnected();
      h.send({ type: 'DIALER.HANGUP' });
    },
  },
  availability_self_wrap_up__inferred: {
    options: { ...taggedLine, wrapUpSeconds: 30 },
    setup: inOutgoingCall,
    drive: (h) => {
      h.send({ type: 'DIALER.HANGUP' });
      h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [101] } });
    },
  },
  availability_set_do_not_disturb: {
    setup: ready,
    drive: (h) => h.send({ type: 'API.UPDATE_AVAILABILITY', payload: { status: 'always_closed' } }),
  },
  availability_teammate_changed: {
    setup: ready,
    drive: (h) => h.bus.setTeammateAvailability(654321, 'on_mobile'),
  },
  user_lines_changed: { options: restored, setup: (h) => h.send(REGISTER), drive: (h) => h.send(INIT) },
  api_fetch_user_availability_success: {
    options: { teammates: [{ id: 654321, email: 'sam@example.com', status: 'available', version: 42 }] },
    setup: ready,
    drive: (h) => h.send({ type: 'API.FETCH_USER_AVAILABILITY', payload: { variables: { userId: 654321 } } }),
  },
  api_fetch_user_availability_failure: {
    setup: ready,
    drive: (h) => h.send({ type: 'API.FETCH_USER_AVAILABILITY', payload: { variables: { userId: 999 } } }),
  },
  api_fetch_availabilities_success: {
    options: {
      agent: { id: 123456, email: 'jane.agent@example.com', status: 'available', version: 17 },
      teammates: [
        {
          id: 654321,
          email: 'sam@example.com',
          status: 'in_call',
          wrapUpTimeConfig: 30,
          wrapUpTimeTtl: 0,
          version: 42,
        },
        { id: 777001, email: 'alex@example.com', status: 'offline', version: 3 },
      ],
    },
    setup: ready,
    drive: (h) => h.send({ type: 'API.FETCH_AVAILABILITIES' }),
  },
  api_update_call_tags_success: {
    setup: inOutgoingCall,
    drive: (h) => {
      const callUuid = h.bus.getSnapshot().call?.callUuid ?? '';
      h.send({ type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [101], callUuid } });
    },
  },
  api_update_call_tags_failure: {
    setup: ready,
    drive: (h) =>
      h.send({
        type: 'API.UPDATE_CALL_TAGS',
        payload: { tagIds: [101], callUuid: 'CA00000000000000000000000000000000' },
      }),
  },
  full_session_incoming_call_to_idle: {
    options: restored,
    drive: (h) => {
      h.send(REGISTER);
      h.send(INIT);
      h.incomingConnected();
      h.send({ type: 'DIALER.HANGUP' });
      h.send({ type: 'DIALER.RESET' });
    },
  },
};
