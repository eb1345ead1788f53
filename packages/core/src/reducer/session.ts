import { clearSwapCheck } from './operationOutcome';
import { clearFailure, setFailure } from './operations';
import { forgetRecentCalls } from './recentCalls';
import {
  clearPending,
  forgetRequests,
  fulfilRequest,
  rejectRequest,
  timeOutRequest,
  undoCommandSent,
} from './requests';
import { clearSilence, resyncLost } from './resync';
import {
  cancelRestart,
  destroy,
  enter,
  forgetCall,
  logIn,
  logOut,
  register,
  reportOddAnswer,
  restart,
  sessionOpen,
  setUser,
  stopRegistering,
} from './sessionMachine';
import type { Handler } from './types';

/**
 * `BUS.REGISTER_FULFILLED`: a restored session is initialised, none asks for a login. The latest answer
 * wins: a second one that contradicts the session held (no session after a restored one, or the
 * reverse) is applied and reported; an identical repeat (a retried REGISTER) says nothing.
 */
export const handleRegisterFulfilled: Handler<'BUS.REGISTER_FULFILLED'> = (draft, event, at, fx) => {
  fulfilRequest(draft, fx, 'BUS.REGISTER', event.payload);
  const { phase } = draft.session;
  const user = event.payload?.user;
  const type = event.type;
  switch (phase) {
    case 'closed':
      return;
    case 'registering':
      stopRegistering(draft, fx);
      return user ? logIn(draft, fx, user) : logOut(draft, fx);
    case 'awaiting-login':
      if (!user) return;
      reportOddAnswer(draft, at, type, 'restores a session while logged out: connecting with it');
      return logIn(draft, fx, user);
    case 'restarting':
      // A late answer to an earlier REGISTER: a session is initialised by the restart, none needs a login.
      return user ? setUser(draft, user) : logOut(draft, fx);
    default:
      if (user) return setUser(draft, user);
      reportOddAnswer(draft, at, type, 'says no session while one is open: logged out');
      return logOut(draft, fx);
  }
};

/** `BUS.REGISTER_REJECTED`: REGISTER goes out again at its next attempt; only the request settles. */
export const handleRegisterRejected: Handler<'BUS.REGISTER_REJECTED'> = (draft, event, at, fx) => {
  rejectRequest(draft, fx, 'BUS.REGISTER', event.payload, 'Register failed', at);
};

/**
 * `BUS.INIT_FULFILLED`: the services are up: ready, if the bring-up is initialising. An answer to an INIT
 * undone since (a session that expired, a restart) changes nothing: the services are down.
 */
export const handleInitFulfilled: Handler<'BUS.INIT_FULFILLED'> = (draft, _event, _at, fx) => {
  fulfilRequest(draft, fx, 'BUS.INIT', undefined);
  if (draft.session.phase !== 'initializing') return;
  draft.session.restarts = 0;
  enter(draft, 'ready');
};

/** `BUS.DESTROY_FULFILLED`: only the request settles. */
export const handleDestroyFulfilled: Handler<'BUS.DESTROY_FULFILLED'> = (draft, _event, _at, fx) => {
  fulfilRequest(draft, fx, 'BUS.DESTROY', undefined);
};

/**
 * `AUTH.EMAIL_AND_PASSWORD_FULFILLED`: logged in, INIT follows. One that answers no login is reported; it
 * opens the session only at the login form. A session already open stays as it is.
 */
export const handleLoginFulfilled: Handler<'AUTH.EMAIL_AND_PASSWORD_FULFILLED'> = (draft, event, at, fx) => {
  const request = 'AUTH.EMAIL_AND_PASSWORD';
  const asked = draft.requests[request] !== undefined;
  const { phase } = draft.session;
  if (phase === 'closed') return;
  if (!asked) {
    const outcome = phase === 'awaiting-login' ? 'logged in' : 'ignored';
    reportOddAnswer(draft, at, event.type, `answers no login: ${outcome}`);
  }
  fulfilRequest(draft, fx, request, event.payload);
  if (phase === 'awaiting-login') logIn(draft, fx, event.payload.currentUser);
  else if (!asked) return;
  draft.loginError = undefined;
  clearFailure(draft, 'login');
};

/**
 * `AUTH.EMAIL_AND_PASSWORD_REJECTED`: back to the login form with the bus's reason. One that answers no
 * login changes nothing, and one that comes once a session is open (REGISTER restored it meanwhile)
 * leaves that session: both are reported.
 */
export const handleLoginRejected: Handler<'AUTH.EMAIL_AND_PASSWORD_REJECTED'> = (draft, event, at, fx) => {
  const request = 'AUTH.EMAIL_AND_PASSWORD';
  if (draft.requests[request] === undefined) {
    return reportOddAnswer(draft, at, event.type, 'answers no login: ignored');
  }
  const message = rejectRequest(draft, fx, request, event.payload, 'Login failed', at);
  if (draft.session.phase !== 'awaiting-login') {
    return reportOddAnswer(draft, at, event.type, 'comes while a session is open: the session stays');
  }
  setUser(draft, undefined);
  draft.loginError = message;
  setFailure(draft, at, { operation: 'login', reason: 'rejected', message });
};

/**
 * `AUTH.REFRESH_TOKEN_EXPIRED`: the session is over, and with it the call the kit showed: the login form
 * is due. Before REGISTER is answered it logs out the user known from before a reload, but REGISTER's
 * answer decides what comes next (no login could be sent before it); with no session open at all it is
 * ignored. Both are reported.
 */
export const handleRefreshTokenExpired: Handler<'AUTH.REFRESH_TOKEN_EXPIRED'> = (draft, event, at, fx) => {
  const { phase } = draft.session;
  if (phase === 'registering' && draft.user !== undefined) {
    reportOddAnswer(draft, at, event.type, 'before REGISTER is answered: logged out, its answer decides');
    setUser(draft, undefined);
    forgetCall(draft, fx, at);
    return forgetRecentCalls(draft);
  }
  if (!sessionOpen(draft) && phase !== 'restarting') {
    return reportOddAnswer(draft, at, event.type, 'with no session open: ignored');
  }
  logOut(draft, fx);
  forgetCall(draft, fx, at);
  // The call forgotten is not kept for the next agent either.
  forgetRecentCalls(draft);
};

/** Events that carry nothing the state keeps (`AUTH.TOKEN_REFRESHED`: the bus keeps its tokens). */
export const ignore = (): void => undefined;

/**
 * `kit/connecting`: REGISTER goes out (again) and the bring-up waits for its answer. After a reload of the
 * bus frame the bus starts without the old call and the old requests, and never says so: showing the
 * call would leave stale controls on screen, and the requests would never be answered. It forgot the
 * INIT too, so no DESTROY is due.
 */
export const handleConnecting: Handler<'kit/connecting'> = (draft, event, at, fx) => {
  const { reconnect, registration } = event.payload;
  const { session } = draft;
  clearSilence(draft, fx);
  stopRegistering(draft, fx);
  cancelRestart(draft, fx);
  if (reconnect) {
    forgetCall(draft, fx, at);
    forgetRequests(draft, fx, 'reconnected');
    session.initSent = false;
    session.restarts = 0;
  }
  if (registration === undefined) delete session.registration;
  else session.registration = { ...registration };
  session.reconnect = reconnect;
  session.registerAttempts = 0;
  enter(draft, 'registering');
  register(draft, fx);
};

/** `kit/registerUnanswered`: REGISTER got no answer in time: sent again, while still unanswered. */
export const handleRegisterUnanswered: Handler<'kit/registerUnanswered'> = (draft, _event, _at, fx) => {
  if (draft.session.phase === 'registering') register(draft, fx);
};

/**
 * `kit/requestTimedOut`: the request settles as timed out. A lost INIT, or a lost login while the login
 * form waits for it, would leave the bring-up waiting forever: it restarts.
 */
export const handleRequestTimedOut: Handler<'kit/requestTimedOut'> = (draft, event, at, fx) => {
  if (!timeOutRequest(draft, fx, event.payload, at)) return;
  const { commandType } = event.payload;
  const { phase } = draft.session;
  if (commandType === 'BUS.INIT' && phase === 'initializing') restart(draft, fx);
  if (commandType === 'BUS.INIT' && phase === 'ready') resyncLost(draft, fx);
  if (commandType === 'AUTH.EMAIL_AND_PASSWORD' && phase === 'awaiting-login') restart(draft, fx);
};

/**
 * `kit/commandNotSent`: what `kit/commandSent` recorded is undone. An INIT the transport could not post is
 * as lost as one never answered (and needs no DESTROY): the bring-up restarts. A login that could not be
 * posted leaves the form usable: the agent tries again.
 */
export const handleCommandNotSent: Handler<'kit/commandNotSent'> = (draft, event, at, fx, held) => {
  const { commandType, sentAt } = event.payload;
  const initLost = commandType === 'BUS.INIT' && draft.requests['BUS.INIT']?.sentAt === sentAt;
  undoCommandSent(draft, event, at, fx, held);
  if (!initLost) return;
  const { phase } = draft.session;
  if (phase !== 'initializing' && phase !== 'ready') return;
  draft.session.initSent = false;
  // A resync's INIT: the bus may have taken its DESTROY and now sends nothing.
  if (phase === 'ready') resyncLost(draft, fx);
  else restart(draft, fx);
};

/** `kit/closed`: disposed. DESTROY goes out if INIT did, timers stop and nothing is waited for any more. */
export const handleClosed: Handler<'kit/closed'> = (draft, _event, _at, fx) => {
  clearSilence(draft, fx);
  stopRegistering(draft, fx);
  cancelRestart(draft, fx);
  clearPending(draft, fx);
  clearSwapCheck(draft, fx);
  forgetRequests(draft, fx, 'closed');
  destroy(draft, fx);
  draft.session.restarts = 0;
  enter(draft, 'closed');
};
