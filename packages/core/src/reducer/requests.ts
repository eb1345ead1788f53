import { type BusCommandType, REQUEST_COMMANDS, type RequestCommandType } from '../protocol/commands';
import { addDiagnostic } from './diagnostics';
import type { Effects, RequestResult } from './effects';
import { COMMAND_OPERATIONS, clearFailure, errorMessage, setFailure } from './operations';
import { castDraft, type DraftState, type Handler } from './types';

/** Whether a command is answered by `_FULFILLED` / `_REJECTED` (answer style 1). */
export function isRequestCommand(type: BusCommandType): type is RequestCommandType {
  return (REQUEST_COMMANDS as readonly BusCommandType[]).includes(type);
}

/**
 * Whether a request times out. REGISTER does not (it is sent again until answered), nor DESTROY (nothing
 * waits for it).
 */
function timesOut(type: RequestCommandType): boolean {
  return type !== 'BUS.REGISTER' && type !== 'BUS.DESTROY';
}

/**
 * Records a request in flight (`requests` is its one record) and starts its timeout. One still in flight
 * of the same type is superseded: the bus has no request id, so its answer is this one's.
 */
function trackRequest(draft: DraftState, fx: Effects, type: RequestCommandType, at: number): void {
  const held = draft.requests[type];
  if (held !== undefined) {
    fx.push({
      type: 'settle',
      request: type,
      sentAt: held.sentAt,
      result: { ok: false, error: 'superseded' },
    });
  }
  const timeoutMs = draft.config.requestTimeoutMs;
  draft.requests[type] = { sentAt: at, deadline: at + timeoutMs };
  if (!timesOut(type)) return;
  fx.push({
    type: 'schedule',
    timer: `request:${type}`,
    ms: timeoutMs,
    event: { type: 'kit/requestTimedOut', payload: { commandType: type, sentAt: at } },
  });
}

/** Settles the request of `type` in flight, if any: its record goes, its timer stops, its caller learns. */
function settleRequest(
  draft: DraftState,
  fx: Effects,
  type: RequestCommandType,
  result: RequestResult,
): void {
  const held = draft.requests[type];
  if (held === undefined) return;
  delete draft.requests[type];
  if (timesOut(type)) fx.push({ type: 'cancel', timer: `request:${type}` });
  fx.push({ type: 'settle', request: type, sentAt: held.sentAt, result });
}

/** Settles every request in flight with the same failure: nothing will answer them. */
export function forgetRequests(draft: DraftState, fx: Effects, error: string): void {
  for (const type of Object.keys(draft.requests) as RequestCommandType[]) {
    settleRequest(draft, fx, type, { ok: false, error });
  }
}

/** Forgets the pending command and stops its timeout. */
export function clearPending(draft: DraftState, fx: Effects): void {
  if (draft.pending === undefined) return;
  draft.pending = undefined;
  fx.push({ type: 'cancel', timer: 'pending' });
}

/**
 * `kit/commandSent`: a request is tracked until answered; a fire-and-forget command is pending until its
 * effect arrives, except MUTE and REJECT, whose effect the bus never reports.
 */
export const handleCommandSent: Handler<'kit/commandSent'> = (draft, event, at, fx) => {
  const { commandType, detail } = event.payload;
  // Disposed: the DESTROY going out is waited for by nothing.
  if (draft.session.phase === 'closed') return;
  clearFailure(draft, COMMAND_OPERATIONS[commandType]);
  if (isRequestCommand(commandType)) {
    trackRequest(draft, fx, commandType, at);
    // A new INIT supersedes an earlier DESTROY: its answer, even if lost, no longer matters.
    if (commandType === 'BUS.INIT') {
      settleRequest(draft, fx, 'BUS.DESTROY', { ok: false, error: 'superseded' });
    }
    return;
  }
  if (commandType === 'DIALER.MUTE') {
    if (detail?.shouldMute !== undefined) draft.call.muted = detail.shouldMute;
    return;
  }
  if (commandType === 'DIALER.REJECT') {
    if (draft.call.incoming) draft.call.incoming.answer = 'rejected';
    return;
  }
  if (commandType === 'DIALER.START_WARM_TRANSFER' && detail?.to !== undefined) {
    draft.call.transferTo = detail.to;
  }
  // A new transfer or second call: how the last leg ended is old news.
  if (commandType === 'DIALER.START_WARM_TRANSFER' || commandType === 'DIALER.START_CONCURRENT_CALL') {
    delete draft.call.legEnded;
  }
  const timeoutMs = draft.config.commandTimeoutMs;
  // What a HOLD or SET_RECORDING asked: the SYNC that settles it is checked against it.
  const judged = commandType === 'DIALER.HOLD' || commandType === 'DIALER.SET_RECORDING';
  draft.pending = {
    type: commandType,
    sentAt: at,
    deadline: at + timeoutMs,
    ...(judged && detail !== undefined ? { detail: castDraft(detail) } : {}),
  };
  fx.push({
    type: 'schedule',
    timer: 'pending',
    ms: timeoutMs,
    event: { type: 'kit/commandTimedOut', payload: { commandType, sentAt: at } },
  });
};

/** `kit/commandTimedOut`: the pending command it names saw no effect in time. */
export const handleCommandTimedOut: Handler<'kit/commandTimedOut'> = (draft, event, at, fx) => {
  const { commandType, sentAt } = event.payload;
  if (draft.pending?.type !== commandType || draft.pending.sentAt !== sentAt) return;
  clearPending(draft, fx);
  // The transfer never started: nothing is transferring to that party.
  if (commandType === 'DIALER.START_WARM_TRANSFER') delete draft.call.transferTo;
  addDiagnostic(draft, at, 'command-timeout', `${commandType} saw no effect in time`, {
    messageType: commandType,
  });
  const operation = COMMAND_OPERATIONS[commandType];
  if (operation) setFailure(draft, at, { operation, reason: 'timeout' });
};

/**
 * Undoes a command the transport threw on while posting it (`kit/commandNotSent`, sent at `sentAt`). What
 * its `kit/commandSent` recorded is undone (pending, request, transfer target, mute, rejected offer), so that
 * the control is usable again at once, and the failure is reported.
 */
export const undoCommandSent: Handler<'kit/commandNotSent'> = (draft, event, at, fx) => {
  const { commandType, sentAt, reason, wasMuted } = event.payload;
  addDiagnostic(draft, at, 'command-refused', `${commandType} not sent: ${reason}`, {
    messageType: commandType,
  });
  if (isRequestCommand(commandType)) {
    if (draft.requests[commandType]?.sentAt === sentAt) {
      settleRequest(draft, fx, commandType, { ok: false, error: 'not-sent' });
    }
  } else if (draft.pending?.type === commandType && draft.pending.sentAt === sentAt) {
    clearPending(draft, fx);
  }
  if (commandType === 'DIALER.START_WARM_TRANSFER') delete draft.call.transferTo;
  if (commandType === 'DIALER.MUTE' && wasMuted !== undefined) draft.call.muted = wasMuted;
  if (commandType === 'DIALER.REJECT' && draft.call.incoming?.answer === 'rejected') {
    draft.call.incoming.answer = 'offered';
  }
  const operation = COMMAND_OPERATIONS[commandType];
  if (operation) setFailure(draft, at, { operation, reason: 'not-sent' });
};

/**
 * `kit/requestTimedOut`: the request it names got no answer in time. `false` when that request is no
 * longer in flight (answered, or sent again since): then nothing changes.
 */
export function timeOutRequest(
  draft: DraftState,
  fx: Effects,
  event: { readonly commandType: RequestCommandType; readonly sentAt: number },
  at: number,
): boolean {
  const { commandType, sentAt } = event;
  if (draft.requests[commandType]?.sentAt !== sentAt) return false;
  settleRequest(draft, fx, commandType, { ok: false, error: 'timeout' });
  addDiagnostic(draft, at, 'command-timeout', `${commandType} got no answer in time`, {
    messageType: commandType,
  });
  const operation = COMMAND_OPERATIONS[commandType];
  if (operation) setFailure(draft, at, { operation, reason: 'timeout' });
  return true;
}

/**
 * A `_REJECTED` answer: the request settles with the bus's error and a `request-rejected` diagnostic says
 * why (`fallback` when the bus gave no reason). Returns the reason shown.
 */
export function rejectRequest(
  draft: DraftState,
  fx: Effects,
  type: RequestCommandType,
  payload: { readonly error?: unknown } | undefined,
  fallback: string,
  at: number,
): string {
  settleRequest(draft, fx, type, { ok: false, error: errorMessage(payload, 'rejected') });
  const message = errorMessage(payload, fallback);
  addDiagnostic(draft, at, 'request-rejected', `${type} rejected: ${message}`, {
    messageType: `${type}_REJECTED`,
  });
  return message;
}

/** A `_FULFILLED` answer: the request settles with the answer's payload. */
export function fulfilRequest(
  draft: DraftState,
  fx: Effects,
  type: RequestCommandType,
  payload: unknown,
): void {
  settleRequest(draft, fx, type, { ok: true, payload });
}
