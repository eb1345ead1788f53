import { LEG } from './legIds';
import type { FlowExpectation } from './types';

/** Bring-up, login, tokens, and a whole session (PROTOCOL.md section 1). */
export const SESSION_FLOWS: Readonly<Record<string, FlowExpectation>> = {
  bus_register_no_session: { given: 'none', steps: [{ connection: 'needs-login', user: undefined }] },
  bus_register_session_restored: { given: 'none', steps: [{ connection: 'connecting', user: 123456 }] },
  auth_email_and_password_success: {
    given: 'needsLogin',
    sent: [{ type: 'kit/commandSent', payload: { commandType: 'AUTH.EMAIL_AND_PASSWORD' } }],
    steps: [{ connection: 'connecting', user: 123456, loginError: undefined, requests: [] }],
  },
  auth_email_and_password_failure: {
    given: 'needsLogin',
    sent: [{ type: 'kit/commandSent', payload: { commandType: 'AUTH.EMAIL_AND_PASSWORD' } }],
    steps: [
      {
        connection: 'needs-login',
        loginError: 'Invalid credentials',
        failure: 'login:rejected',
        requests: [],
      },
    ],
    diagnostics: ['request-rejected'],
  },
  bus_init: {
    given: 'registered',
    sent: [{ type: 'kit/commandSent', payload: { commandType: 'BUS.INIT' } }],
    steps: [{ connection: 'ready', requests: [] }],
  },
  bus_destroy: {
    given: 'ready',
    sent: [{ type: 'kit/commandSent', payload: { commandType: 'BUS.DESTROY' } }],
    steps: [{ connection: 'ready', requests: [] }],
  },
  auth_token_refreshed: { given: 'ready', steps: [{ connection: 'ready', user: 123456 }], unchanged: true },
  auth_refresh_token_expired: { given: 'ready', steps: [{ connection: 'needs-login', user: undefined }] },
  full_session_incoming_call_to_idle: {
    given: 'none',
    sent: [{ type: 'kit/connecting', payload: { reconnect: false } }],
    steps: [
      { connection: 'connecting', user: 123456 },
      { connection: 'ready', status: 'idle' },
      { status: 'idle', incoming: 'external:offered', active: '+14155550199' },
      { status: 'accepting', flow: 'regular', incoming: 'external:accepted' },
      { status: 'connected', flow: 'regular' },
      { status: 'connected', active: LEG.customer },
      { status: 'hanging', flow: 'regular' },
      { status: 'ended', flow: 'regular', active: LEG.customer },
      { status: 'idle', flow: undefined, active: undefined, incoming: undefined, connection: 'ready' },
    ],
  },
};
