import type { ControlName } from '../controls/types';
import type { BusCommandType } from '../protocol/commands';

/**
 * The control that guards each command; `undefined` for session commands (BUS.*, AUTH.*) and the API
 * requests no button stands for. Keyed by every command type, so a new command fails to compile here.
 */
export const CONTROL_BY_COMMAND: { readonly [K in BusCommandType]: ControlName | undefined } = {
  'BUS.REGISTER': undefined,
  'BUS.INIT': undefined,
  'BUS.DESTROY': undefined,
  'AUTH.EMAIL_AND_PASSWORD': undefined,
  'DIALER.DIAL': 'dial',
  'DIALER.ACCEPT': 'accept',
  'DIALER.REJECT': 'reject',
  'DIALER.HANGUP': 'hangUp',
  'DIALER.HOLD': 'hold',
  'DIALER.MUTE': 'mute',
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
  'API.UPDATE_CALL_TAGS': 'updateCallTags',
};

/** The control whose state decides whether `type` may be sent, or `undefined` when none does. */
export function controlFor(type: BusCommandType): ControlName | undefined {
  // Own keys only: an untyped caller's `toString` must not find Object.prototype's.
  return Object.hasOwn(CONTROL_BY_COMMAND, type) ? CONTROL_BY_COMMAND[type] : undefined;
}

/** Whether `type` belongs to the bring-up and session (BUS.*, AUTH.*), which only the store sends. */
export function isSessionCommand(type: BusCommandType): boolean {
  return type.startsWith('BUS.') || type.startsWith('AUTH.');
}
