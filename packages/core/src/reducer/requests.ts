import { type BusCommandType, REQUEST_COMMANDS, type RequestCommandType } from '../protocol/commands';
import { addDiagnostic } from './diagnostics';
import { COMMAND_OPERATIONS, clearFailure, setFailure } from './operations';
import type { DraftState, Handler } from './types';

/** Whether a command is answered by `_FULFILLED` / `_REJECTED` (answer style 1). */
export function isRequestCommand(type: BusCommandType): type is RequestCommandType {
  return (REQUEST_COMMANDS as readonly BusCommandType[]).includes(type);
}

/** Forgets the request of `type` once answered (a no-op when none is in flight). */
export function settleRequest(draft: DraftState, type: RequestCommandType): void {
  if (draft.requests[type] !== undefined) delete draft.requests[type];
}

/**
 * `kit/commandSent`: a request is tracked until answered; a fire-and-forget command is pending until its
 * effect arrives, except MUTE and REJECT, whose effect the bus never reports.
 */
export const handleCommandSent: Handler<'kit/commandSent'> = (draft, event, at) => {
  const { commandType, detail } = event.payload;
  clearFailure(draft, COMMAND_OPERATIONS[commandType]);
  if (isRequestCommand(commandType)) {
    draft.requests[commandType] = { sentAt: at, deadline: at + draft.config.requestTimeoutMs };
    // A new INIT supersedes an earlier DESTROY: its answer, even if lost, no longer matters.
    if (commandType === 'BUS.INIT') delete draft.requests['BUS.DESTROY'];
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
  draft.pending = { type: commandType, sentAt: at, deadline: at + draft.config.commandTimeoutMs };
};

/** `kit/commandTimedOut`: the pending command it names saw no effect in time. */
export const handleCommandTimedOut: Handler<'kit/commandTimedOut'> = (draft, event, at) => {
  const { commandType, sentAt } = event.payload;
  if (draft.pending?.type !== commandType || draft.pending.sentAt !== sentAt) return;
  draft.pending = undefined;
  // The transfer never started: nothing is transferring to that party.
  if (commandType === 'DIALER.START_WARM_TRANSFER') delete draft.call.transferTo;
  addDiagnostic(draft, at, 'command-timeout', `${commandType} saw no effect in time`, {
    messageType: commandType,
  });
  const operation = COMMAND_OPERATIONS[commandType];
  if (operation) setFailure(draft, at, { operation, reason: 'timeout' });
};

/**
 * `kit/commandNotSent`: the transport threw while posting the command sent at `sentAt`. What its
 * `kit/commandSent` recorded is undone (pending, request, transfer target, mute, rejected offer), so that
 * the control is usable again at once, and the failure is reported.
 */
export const handleCommandNotSent: Handler<'kit/commandNotSent'> = (draft, event, at) => {
  const { commandType, sentAt, reason, wasMuted } = event.payload;
  addDiagnostic(draft, at, 'command-refused', `${commandType} not sent: ${reason}`, {
    messageType: commandType,
  });
  if (isRequestCommand(commandType)) {
    if (draft.requests[commandType]?.sentAt === sentAt) settleRequest(draft, commandType);
  } else if (draft.pending?.type === commandType && draft.pending.sentAt === sentAt) {
    draft.pending = undefined;
  }
  if (commandType === 'DIALER.START_WARM_TRANSFER') delete draft.call.transferTo;
  if (commandType === 'DIALER.MUTE' && wasMuted !== undefined) draft.call.muted = wasMuted;
  if (commandType === 'DIALER.REJECT' && draft.call.incoming?.answer === 'rejected') {
    draft.call.incoming.answer = 'offered';
  }
  const operation = COMMAND_OPERATIONS[commandType];
  if (operation) setFailure(draft, at, { operation, reason: 'not-sent' });
};

/** `kit/requestTimedOut`: the request it names got no answer in time. */
export const handleRequestTimedOut: Handler<'kit/requestTimedOut'> = (draft, event, at) => {
  const { commandType, sentAt } = event.payload;
  if (draft.requests[commandType]?.sentAt !== sentAt) return;
  settleRequest(draft, commandType);
  addDiagnostic(draft, at, 'command-timeout', `${commandType} got no answer in time`, {
    messageType: commandType,
  });
  const operation = COMMAND_OPERATIONS[commandType];
  if (operation) setFailure(draft, at, { operation, reason: 'timeout' });
};

/** A `_REJECTED` answer: the request settles and a `request-rejected` diagnostic says why. */
export function rejectRequest(
  draft: DraftState,
  type: RequestCommandType,
  message: string,
  at: number,
): void {
  settleRequest(draft, type);
  addDiagnostic(draft, at, 'request-rejected', `${type} rejected: ${message}`, {
    messageType: `${type}_REJECTED`,
  });
}
