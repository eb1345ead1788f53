import { CONTROL_BY_COMMAND } from '../commands/controlFor';
import type { ControlName } from '../controls/types';
import type { BusCommandType } from '../protocol/commands';
import type { FailedOperation, Operation } from '../state/SessionState';
import { addDiagnostic } from './diagnostics';
import type { DraftState } from './types';

/**
 * The operation a command performs, for failure notices; `undefined`: nothing the UI reports. It is the
 * command's control, and a login is reported too. A mute, never answered by the bus, fails only when it
 * could not be sent.
 */
export const COMMAND_OPERATIONS: { readonly [K in BusCommandType]: Operation | undefined } =
  // A pure call around the spread, which esbuild would keep (and the control table with it) when unused.
  /*#__PURE__*/ (() => ({
    ...(CONTROL_BY_COMMAND as { readonly [K in BusCommandType]: ControlName | undefined }),
    'AUTH.EMAIL_AND_PASSWORD': 'login' as const,
  }))();

/** Records a failed operation for the UI, with an `operation-failed` diagnostic for reverts. */
export function setFailure(draft: DraftState, at: number, failure: Omit<FailedOperation, 'at'>): void {
  draft.lastFailure = { ...failure, at };
  if (failure.reason === 'reverted') {
    addDiagnostic(draft, at, 'operation-failed', `${failure.operation} reverted to the status before it`);
  }
}

/** Clears the last failure when it concerns `operation` (a new attempt or a success). */
export function clearFailure(draft: DraftState, operation: Operation | undefined): void {
  if (operation !== undefined && draft.lastFailure?.operation === operation) draft.lastFailure = undefined;
}

/** A readable message out of a `_REJECTED` payload's `error` (string or `{message}`). */
export function errorMessage(payload: { readonly error?: unknown } | undefined, fallback: string): string {
  const error = payload?.error;
  if (typeof error === 'string' && error !== '') return error;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
  }
  return fallback;
}
