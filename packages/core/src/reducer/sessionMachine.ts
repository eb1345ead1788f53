import { commands } from '../commands/commands';
import { callUuidOf } from '../controls/callPredicates';
import { SERVICES } from '../protocol/enums';
import { INITIAL_CALL } from '../state/createInitialState';
import type { ConnectionState, SessionPhase, SessionState } from '../state/SessionState';
import { closeCall } from './callLifecycle';
import { deepEqual } from './deepEqual';
import { addDiagnostic } from './diagnostics';
import { backoff, type Effects } from './effects';
import { clearSwapCheck } from './operationOutcome';
import { forgetRecentCalls, keepRecentCall } from './recentCalls';
import { clearPending } from './requests';
import { castDraft, type DraftState } from './types';

// The steps of the session's one state machine (`state.session`), shared by the handlers of session.ts.

/** What the UI shows of a session phase. */
export function connectionOf(session: SessionState): ConnectionState {
  switch (session.phase) {
    case 'awaiting-login':
      return 'needs-login';
    case 'ready':
      return 'ready';
    case 'closed':
      return 'closed';
    default:
      return session.reconnect ? 'reconnecting' : 'connecting';
  }
}

/** Moves the session to `phase`; the connection follows. The one place either is written. */
export function enter(draft: DraftState, phase: SessionPhase): void {
  const { session } = draft;
  session.phase = phase;
  // A reconnect is over once the agent can act: at the login form or ready.
  if (phase !== 'registering' && phase !== 'initializing' && phase !== 'restarting')
    session.reconnect = false;
  // Staleness is about a ready session's state: a session that is not ready says so itself.
  if (phase !== 'ready' && session.silence !== undefined) delete session.silence;
  const connection = connectionOf(session);
  if (draft.connection !== connection) draft.connection = connection;
}

/** Whether a session is open: REGISTER restored one or a login succeeded, and INIT followed. */
export function sessionOpen(draft: DraftState): boolean {
  return draft.session.phase === 'initializing' || draft.session.phase === 'ready';
}

/** Keeps the user object when the bus re-sends an equal one. */
export function setUser(draft: DraftState, user: DraftState['user']): void {
  if (!deepEqual(draft.user, user)) draft.user = user;
}

/** Records a session answer that nothing awaited or that contradicts the session held. */
export function reportOddAnswer(draft: DraftState, at: number, type: string, what: string): void {
  addDiagnostic(draft, at, 'unexpected-answer', `${type} ${what}`, { messageType: type });
}

/** Sends REGISTER and schedules the next one, waiting twice as long each time up to 8 s. */
export function register(draft: DraftState, fx: Effects): void {
  const { session } = draft;
  if (session.registration === undefined) return;
  fx.push({ type: 'send', command: commands.register(session.registration) });
  fx.push({
    type: 'schedule',
    timer: 'register',
    ms: backoff(draft.config.registerRetryMs, session.registerAttempts),
    event: { type: 'kit/registerUnanswered' },
  });
  session.registerAttempts += 1;
}

/** A REGISTER answer came: no further attempt. */
export function stopRegistering(draft: DraftState, fx: Effects): void {
  if (draft.session.phase === 'registering') fx.push({ type: 'cancel', timer: 'register' });
}

/** Subscribes to the services (INIT) for the session just opened. */
function initialize(draft: DraftState, fx: Effects): void {
  enter(draft, 'initializing');
  draft.session.initSent = true;
  fx.push({ type: 'send', command: commands.init(SERVICES) });
}

/** Undoes an INIT with DESTROY, if one went out since the last: the next INIT must not duplicate events. */
export function destroy(draft: DraftState, fx: Effects): void {
  if (!draft.session.initSent) return;
  draft.session.initSent = false;
  fx.push({ type: 'send', command: commands.destroy(SERVICES) });
}

/** No pending restart any more: the bus answered the session question first. */
export function cancelRestart(draft: DraftState, fx: Effects): void {
  if (draft.session.phase === 'restarting') fx.push({ type: 'cancel', timer: 'restart' });
}

/** Opens the session: INIT follows. */
export function logIn(draft: DraftState, fx: Effects, user: DraftState['user']): void {
  setUser(draft, user);
  initialize(draft, fx);
}

/** No session: the services are undone and the login form is due (a login can be sent from it). */
export function logOut(draft: DraftState, fx: Effects): void {
  setUser(draft, undefined);
  forgetRecentCalls(draft);
  // The next agent's setting is theirs: the bus will report the status it gives.
  if (draft.availability.chosenSetting !== undefined) delete draft.availability.chosenSetting;
  cancelRestart(draft, fx);
  destroy(draft, fx);
  enter(draft, 'awaiting-login');
}

/**
 * Registers again after a lost INIT or login answer, which would leave the bring-up waiting forever:
 * after DESTROY (if INIT went out), and after a pause that doubles with each restart (up to 8 s).
 */
export function restart(draft: DraftState, fx: Effects): void {
  destroy(draft, fx);
  enter(draft, 'restarting');
  const { session } = draft;
  const { registration } = session;
  fx.push({
    type: 'schedule',
    timer: 'restart',
    ms: backoff(draft.config.registerRetryMs, session.restarts),
    event: {
      type: 'kit/connecting',
      payload: {
        reconnect: false,
        ...(registration === undefined ? {} : { registration: { ...registration } }),
      },
    },
  });
  session.restarts += 1;
}

/**
 * Forgets the call and the pending command. A call the bus still has is re-sent by it after INIT
 * (mandatory tagging included): the agent's tag picks are parked with the forgotten call's id until a
 * SYNC names the call (no lost input), and dropped when that id is unknown (no picks for another call).
 * An ended call is kept among the recent calls.
 */
export function forgetCall(draft: DraftState, fx: Effects, at: number): void {
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
    clearSwapCheck(draft, fx);
    // A call still under way is not over: the bus re-sends it, and the host was told of it already.
    const announced = call.endedAt === undefined ? call.announced : undefined;
    if (announced === undefined) closeCall(draft, fx, at);
    else keepRecentCall(draft);
    draft.call = {
      ...castDraft(INITIAL_CALL),
      statusSince: at,
      flowSince: at,
      ...(parked === undefined ? {} : { parkedTagSelection: castDraft(parked) }),
      ...(announced === undefined ? {} : { announced }),
    };
  }
  clearPending(draft, fx);
}
