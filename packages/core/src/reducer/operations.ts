import type { BusCommandType } from '../protocol/commands';
import type { CallStatus } from '../protocol/enums';
import type { FailedOperation, Operation } from '../state/DialerState';
import { addDiagnostic } from './diagnostics';
import type { DraftState } from './types';

/** The operation a command performs, for failure notices; `undefined`: nothing the UI reports. */
export const COMMAND_OPERATIONS: { readonly [K in BusCommandType]: Operation | undefined } = {
  'BUS.REGISTER': undefined,
  'BUS.INIT': undefined,
  'BUS.DESTROY': undefined,
  'AUTH.EMAIL_AND_PASSWORD': 'login',
  'DIALER.DIAL': 'dial',
  'DIALER.ACCEPT': 'accept',
  'DIALER.REJECT': 'reject',
  'DIALER.HANGUP': 'hangUp',
  'DIALER.HOLD': 'hold',
  'DIALER.MUTE': undefined,
  'DIALER.SET_RECORDING': 'record',
  'DIALER.SET_TAGS': 'setTags',
  'DIALER.RESET': 'reset',
  'DIALER.START_WARM_TRANSFER': 'startWarmTransfer',
  'DIALER.SWAP_PARTICIPANT': 'swap',
  'DIALER.MERGE_WARM_TRANSFER': 'merge',
  'DIALER.START_CONCURRENT_CALL': 'startConcurrent',
  'DIALER.INVITE_PARTICIPANT': 'invite',
  'DIALER.KICK_PARTICIPANT': 'kick',
  'DIALER.JOIN_COACHING': 'joinCoaching',
  'API.UPDATE_AVAILABILITY': 'updateAvailability',
  'API.FETCH_AVAILABILITIES': undefined,
  'API.FETCH_USER_AVAILABILITY': undefined,
  'API.UPDATE_CALL_TAGS': undefined,
};

/** Statuses that start an operation which may revert (Decision 5), with the operation they belong to. */
export const TRANSITIONAL_STATUSES: { readonly [S in CallStatus]?: Operation } = {
  startingWarmTransfer: 'startWarmTransfer',
  startingConcurrent: 'startConcurrent',
  startingConference: 'startConference',
  startingCoaching: 'joinCoaching',
  swapping: 'swap',
  merging: 'merge',
};

/** Operations a failure notice of which a new attempt of `operation` makes obsolete. */
function obsoletedBy(operation: Operation): readonly Operation[] {
  // An invitation from a regular call is what starts a conference (startingConference).
  return operation === 'invite' ? ['invite', 'startConference'] : [operation];
}

/** Records a failed operation for the UI, with an `operation-failed` diagnostic for reverts. */
export function setFailure(draft: DraftState, at: number, failure: Omit<FailedOperation, 'at'>): void {
  draft.lastFailure = { ...failure, at };
  if (failure.reason === 'reverted') {
    addDiagnostic(draft, at, 'operation-failed', `${failure.operation} reverted to the status before it`);
  }
}

/** Clears the last failure when it concerns `operation` (a new attempt or a success). */
export function clearFailure(draft: DraftState, operation: Operation | undefined): void {
  if (
    operation !== undefined &&
    draft.lastFailure &&
    obsoletedBy(operation).includes(draft.lastFailure.operation)
  ) {
    draft.lastFailure = undefined;
  }
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
