import { callUuidOf } from '../controls/callPredicates';
import { INITIAL_CALL } from '../state/createInitialState';
import type { ConnectionState } from '../state/DialerState';
import { deepEqual } from './deepEqual';
import { addDiagnostic } from './diagnostics';
import { clearFailure, errorMessage, setFailure } from './operations';
import { rejectRequest, settleRequest } from './requests';
import { castDraft, type DraftState, type Handler } from './types';

/** Moves the connection, except out of `closed`: only a new `kit/connecting` reopens it. */
function setConnection(draft: DraftState, connection: ConnectionState): void {
  if (draft.connection !== 'closed') draft.connection = connection;
}

/** Keeps the user object when the bus re-sends an equal one. */
function setUser(draft: DraftState, user: DraftState['user']): void {
  if (!deepEqual(draft.user, user)) draft.user = user;
}

/** Whether a REGISTER awaits its answer: that answer, not an event before it, says whether to log in. */
function registering(draft: DraftState): boolean {
  return draft.requests['BUS.REGISTER'] !== undefined;
}

/**
 * Logged out: no user, and the login form is due, unless a REGISTER is still unanswered (the store could
 * not send a login before that answer: the form would refuse every login).
 */
function logOut(draft: DraftState): void {
  setUser(draft, undefined);
  if (draft.authenticated) delete draft.authenticated;
  if (!registering(draft)) setConnection(draft, 'needs-login');
}

/** Opens the session: the user (when named) is known and INIT may follow. */
function logIn(draft: DraftState, user: DraftState['user']): void {
  setUser(draft, user);
  draft.authenticated = true;
  if (draft.connection === 'needs-login') setConnection(draft, 'connecting');
}

/** Records a session answer that nothing awaited or that contradicts the session held. */
function reportOddAnswer(draft: DraftState, at: number, type: string, what: string): void {
  addDiagnostic(draft, at, 'unexpected-answer', `${type} ${what}`, { messageType: type });
}

/**
 * `BUS.REGISTER_FULFILLED`: a restored session keeps connecting (INIT follows); none asks for a login.
 * The latest answer wins: a second one that contradicts the session held (no session after a restored
 * one, or the reverse) is applied and reported; an identical repeat (a retried REGISTER) says nothing.
 */
export const handleRegisterFulfilled: Handler<'BUS.REGISTER_FULFILLED'> = (draft, event, at) => {
  const awaited = registering(draft);
  settleRequest(draft, 'BUS.REGISTER');
  const type = event.type;
  const user = event.payload?.user;
  if (!user) {
    if (!awaited && draft.authenticated)
      reportOddAnswer(draft, at, type, 'says no session while one is open: logged out');
    return logOut(draft);
  }
  if (!awaited && draft.connection === 'needs-login') {
    reportOddAnswer(draft, at, type, 'restores a session while logged out: connecting with it');
  }
  logIn(draft, user);
};

/** `BUS.REGISTER_REJECTED`: the store retries; only the request settles. */
export const handleRegisterRejected: Handler<'BUS.REGISTER_REJECTED'> = (draft, event, at) => {
  rejectRequest(draft, 'BUS.REGISTER', errorMessage(event.payload, 'Register failed'), at);
};

/**
 * `BUS.INIT_FULFILLED`: the services are up. Ready only while connecting with a session open: a session
 * that expired in the meantime stays at the login form. No user is required: the login answer's
 * `currentUser` is optional.
 */
export const handleInitFulfilled: Handler<'BUS.INIT_FULFILLED'> = (draft) => {
  // An INIT that timed out is undone by a DESTROY before the bring-up starts again; the bus answers in
  // order, so a late answer to that INIT arrives while the DESTROY is in flight: the services are down.
  const undone = draft.requests['BUS.DESTROY'] !== undefined;
  settleRequest(draft, 'BUS.INIT');
  const connecting = draft.connection === 'connecting' || draft.connection === 'reconnecting';
  if (!undone && connecting && draft.authenticated) draft.connection = 'ready';
};

/** `BUS.DESTROY_FULFILLED`: only the request settles. */
export const handleDestroyFulfilled: Handler<'BUS.DESTROY_FULFILLED'> = (draft) => {
  settleRequest(draft, 'BUS.DESTROY');
};

/**
 * `AUTH.EMAIL_AND_PASSWORD_FULFILLED`: logged in; INIT follows. One that answers no login is applied (the
 * bus says a session is open) and reported. A connection already ready stays ready.
 */
export const handleLoginFulfilled: Handler<'AUTH.EMAIL_AND_PASSWORD_FULFILLED'> = (draft, event, at) => {
  const type = 'AUTH.EMAIL_AND_PASSWORD';
  if (draft.requests[type] === undefined)
    reportOddAnswer(draft, at, event.type, 'answers no login: logged in');
  settleRequest(draft, type);
  logIn(draft, event.payload.currentUser);
  draft.loginError = undefined;
  clearFailure(draft, 'login');
};

/**
 * `AUTH.EMAIL_AND_PASSWORD_REJECTED`: back to the login form with the bus's reason. One that answers no
 * login changes nothing, and one that comes once a session is open (REGISTER restored it meanwhile)
 * leaves that session: both are reported.
 */
export const handleLoginRejected: Handler<'AUTH.EMAIL_AND_PASSWORD_REJECTED'> = (draft, event, at) => {
  const type = 'AUTH.EMAIL_AND_PASSWORD';
  if (draft.requests[type] === undefined) {
    return reportOddAnswer(draft, at, event.type, 'answers no login: ignored');
  }
  const message = errorMessage(event.payload, 'Login failed');
  rejectRequest(draft, type, message, at);
  if (draft.authenticated) {
    return reportOddAnswer(draft, at, event.type, 'comes while a session is open: the session stays');
  }
  logOut(draft);
  draft.loginError = message;
  setFailure(draft, at, { operation: 'login', reason: 'rejected', message });
};

/**
 * Forgets the call and the pending command. A call the bus still has is re-sent by it after INIT
 * (mandatory tagging included): the agent's tag picks are parked with the forgotten call's id until a
 * SYNC names the call (no lost input), and dropped when that id is unknown (no picks for another call).
 */
function forgetCall(draft: DraftState, at: number): void {
  const { call } = draft;
  const callUuid = callUuidOf(call);
  const parked =
    call.tagSelection.length === 0
      ? call.parkedTagSelection
      : callUuid === undefined
        ? undefined
        : { callUuid, tagIds: call.tagSelection };
  const known = call.metadata !== undefined || call.incoming !== undefined || call.tagSelection.length > 0;
  if (call.status !== 'idle' || known) {
    draft.call = {
      ...castDraft(INITIAL_CALL),
      statusSince: at,
      flowSince: at,
      ...(parked === undefined ? {} : { parkedTagSelection: castDraft(parked) }),
    };
  }
  draft.pending = undefined;
}

/** Forgets every request in flight: nothing will answer them. */
function forgetRequests(draft: DraftState): void {
  if (Object.keys(draft.requests).length > 0) draft.requests = {};
}

/**
 * `AUTH.REFRESH_TOKEN_EXPIRED`: the session is over, and with it the call the kit showed. Without a session
 * open (before REGISTER is answered, or logged out already) there is nothing to end: it is reported only.
 */
export const handleRefreshTokenExpired: Handler<'AUTH.REFRESH_TOKEN_EXPIRED'> = (draft, event, at) => {
  if (!draft.authenticated) return reportOddAnswer(draft, at, event.type, 'with no session open: ignored');
  logOut(draft);
  forgetCall(draft, at);
};

/** Events that carry nothing the state keeps (`AUTH.TOKEN_REFRESHED`: the bus keeps its tokens). */
export const ignore = (): void => undefined;

/** `kit/connecting`: REGISTER is about to go out, first time or after the bus frame reloaded. */
export const handleConnecting: Handler<'kit/connecting'> = (draft, event, at) => {
  draft.connection = event.payload.reconnect ? 'reconnecting' : 'connecting';
  if (!event.payload.reconnect) return;
  // A reloaded bus starts without the old call and the old requests, and never says so: showing the
  // call would leave stale controls on screen, and the requests would never be answered.
  forgetCall(draft, at);
  forgetRequests(draft);
};

/** `kit/closed`: the store is disposed; nothing is waited for any more. */
export const handleClosed: Handler<'kit/closed'> = (draft) => {
  draft.connection = 'closed';
  draft.pending = undefined;
  forgetRequests(draft);
};
