import { type BusCommandType, REQUEST_COMMANDS, type RequestCommandType } from '../protocol/commands';
import type { CommandDetail } from '../protocol/kitEvents';
import type { FailureReason, RequestResult } from '../result';
import type { InFlightAvailabilityUpdate, InFlightCallTagsUpdate } from '../state/SessionState';
import { addDiagnostic } from './diagnostics';
import type { Effects } from './effects';
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
 * What a request asked that its answer will not name, kept with its record for the answer to confirm: the
 * call and tags of an `API.UPDATE_CALL_TAGS`, the setting of an `API.UPDATE_AVAILABILITY` (and the agent's
 * availability record it was sent over).
 */
function askedBy(
  draft: DraftState,
  type: RequestCommandType,
  detail: CommandDetail | undefined,
): Omit<InFlightCallTagsUpdate & InFlightAvailabilityUpdate, 'sentAt' | 'deadline'> {
  if (type === 'API.UPDATE_CALL_TAGS' && detail?.callUuid !== undefined && detail.tagIds !== undefined) {
    return { callUuid: detail.callUuid, tagIds: [...detail.tagIds] };
  }
  if (type === 'API.UPDATE_AVAILABILITY' && detail?.setting !== undefined) {
    const sentOver = draft.availability.self?.receivedAt;
    return sentOver === undefined ? { setting: detail.setting } : { setting: detail.setting, sentOver };
  }
  return {};
}

/** The call a request was about, for its failure notice (`API.UPDATE_CALL_TAGS`). */
export function requestCall(draft: DraftState, type: RequestCommandType): { callUuid?: string } {
  const callUuid = type === 'API.UPDATE_CALL_TAGS' ? draft.requests[type]?.callUuid : undefined;
  return callUuid === undefined ? {} : { callUuid };
}

/**
 * Records a request in flight (`requests` is its one record) and starts its timeout. One still in flight
 * of the same type is superseded: the bus has no request id, so its answer is this one's.
 */
function trackRequest(
  draft: DraftState,
  fx: Effects,
  type: RequestCommandType,
  at: number,
  detail: CommandDetail | undefined,
): void {
  const held = draft.requests[type];
  if (held !== undefined) {
    fx.push({
      type: 'settle',
      request: type,
      sentAt: held.sentAt,
      result: { ok: false, reason: 'superseded' },
    });
  }
  const timeoutMs = draft.config.requestTimeoutMs;
  // One record type for every request: the fields `askedBy` adds exist only on the two that ask them.
  const requests = draft.requests as Record<
    RequestCommandType,
    InFlightCallTagsUpdate & InFlightAvailabilityUpdate
  >;
  requests[type] = { sentAt: at, deadline: at + timeoutMs, ...askedBy(draft, type, detail) };
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
export function forgetRequests(
  draft: DraftState,
  fx: Effects,
  reason: Extract<FailureReason, 'reconnected' | 'closed'>,
): void {
  for (const type of Object.keys(draft.requests) as RequestCommandType[]) {
    settleRequest(draft, fx, type, { ok: false, reason });
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
    trackRequest(draft, fx, commandType, at, detail);
    // A new INIT supersedes an earlier DESTROY: its answer, even if lost, no longer matters.
    if (commandType === 'BUS.INIT') {
      settleRequest(draft, fx, 'BUS.DESTROY', { ok: false, reason: 'superseded' });
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
  if (commandType === 'DIALER.START_CONCURRENT_CALL' && detail?.to !== undefined) {
    draft.call.concurrentTo = detail.to;
  }
  // A new transfer or second call: how the last leg ended is old news.
  if (commandType === 'DIALER.START_WARM_TRANSFER' || commandType === 'DIALER.START_CONCURRENT_CALL') {
    delete draft.call.legEnded;
  }
  const timeoutMs = draft.config.commandTimeoutMs;
  // What a HOLD or SET_RECORDING asked: the SYNC that settles it is checked against it.
  const judged = commandType === 'DIALER.HOLD' || commandType === 'DIALER.SET_RECORDING';
  const deadline = at + timeoutMs;
  // Two literals rather than a conditional spread, one of V8's slow paths (it runs for every command).
  draft.pending =
    judged && detail !== undefined
      ? { type: commandType, sentAt: at, deadline, detail: castDraft(detail) }
      : { type: commandType, sentAt: at, deadline };
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
  // The transfer (or the second call) never started: nobody is being called.
  if (commandType === 'DIALER.START_WARM_TRANSFER') delete draft.call.transferTo;
  if (commandType === 'DIALER.START_CONCURRENT_CALL') delete draft.call.concurrentTo;
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
  let about: { callUuid?: string } = {};
  if (isRequestCommand(commandType)) {
    if (draft.requests[commandType]?.sentAt === sentAt) {
      about = requestCall(draft, commandType);
      settleRequest(draft, fx, commandType, { ok: false, reason: 'not-sent' });
    }
  } else if (draft.pending?.type === commandType && draft.pending.sentAt === sentAt) {
    clearPending(draft, fx);
  }
  if (commandType === 'DIALER.START_WARM_TRANSFER') delete draft.call.transferTo;
  if (commandType === 'DIALER.START_CONCURRENT_CALL') delete draft.call.concurrentTo;
  if (commandType === 'DIALER.MUTE' && wasMuted !== undefined) draft.call.muted = wasMuted;
  if (commandType === 'DIALER.REJECT' && draft.call.incoming?.answer === 'rejected') {
    draft.call.incoming.answer = 'offered';
  }
  const operation = COMMAND_OPERATIONS[commandType];
  if (operation) setFailure(draft, at, { operation, reason: 'not-sent', ...about });
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
  const about = requestCall(draft, commandType);
  settleRequest(draft, fx, commandType, { ok: false, reason: 'timeout' });
  addDiagnostic(draft, at, 'command-timeout', `${commandType} got no answer in time`, {
    messageType: commandType,
  });
  const operation = COMMAND_OPERATIONS[commandType];
  if (operation) setFailure(draft, at, { operation, reason: 'timeout', ...about });
  return true;
}

/**
 * A `_REJECTED` answer: the request settles as `rejected`, with the bus's error as its `message` when it
 * gave one, and a `request-rejected` diagnostic says why (`fallback` when the bus gave no reason). Returns
 * the reason shown.
 */
export function rejectRequest(
  draft: DraftState,
  fx: Effects,
  type: RequestCommandType,
  payload: { readonly error?: unknown } | undefined,
  fallback: string,
  at: number,
): string {
  const said = errorMessage(payload, '');
  settleRequest(
    draft,
    fx,
    type,
    said === '' ? { ok: false, reason: 'rejected' } : { ok: false, reason: 'rejected', message: said },
  );
  const message = said === '' ? fallback : said;
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
