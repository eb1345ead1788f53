import {
  type BusCommand,
  type BusCommandOf,
  type BusCommandType,
  parseBusCommand,
} from '@dialer-kit/core/protocol';
import {
  fetchAvailabilities,
  fetchUserAvailability,
  updateAvailability,
  updateCallTags,
} from './apiRequests';
import type { BusContext, Refusal } from './busContext';
import { joinCoaching } from './coaching';
import { startConcurrentCall } from './concurrent';
import { inviteParticipant, kickParticipant } from './conference';
import { hangUp } from './hangUp';
import { hold, mute, setRecording, setTags } from './inCallControls';
import { accept, dial, reject, reset } from './regularCall';
import { destroy, init, logIn, register } from './session';
import { swapParticipants } from './swapParticipants';
import { mergeWarmTransfer, startWarmTransfer } from './warmTransfer';

/** One handler per command type: the compiler finds a missing one. */
const HANDLERS: { readonly [K in BusCommandType]: (ctx: BusContext, command: BusCommandOf<K>) => Refusal } = {
  'BUS.REGISTER': register,
  'BUS.INIT': init,
  'BUS.DESTROY': destroy,
  'AUTH.EMAIL_AND_PASSWORD': logIn,
  'DIALER.DIAL': dial,
  'DIALER.ACCEPT': accept,
  'DIALER.REJECT': reject,
  'DIALER.HANGUP': hangUp,
  'DIALER.HOLD': hold,
  'DIALER.MUTE': mute,
  'DIALER.SET_RECORDING': setRecording,
  'DIALER.SET_TAGS': setTags,
  'DIALER.RESET': reset,
  'DIALER.START_WARM_TRANSFER': startWarmTransfer,
  'DIALER.SWAP_PARTICIPANT': swapParticipants,
  'DIALER.MERGE_WARM_TRANSFER': mergeWarmTransfer,
  'DIALER.START_CONCURRENT_CALL': startConcurrentCall,
  'DIALER.INVITE_PARTICIPANT': inviteParticipant,
  'DIALER.KICK_PARTICIPANT': kickParticipant,
  'DIALER.JOIN_COACHING': joinCoaching,
  'API.UPDATE_AVAILABILITY': updateAvailability,
  'API.FETCH_AVAILABILITIES': fetchAvailabilities,
  'API.FETCH_USER_AVAILABILITY': fetchUserAvailability,
  'API.UPDATE_CALL_TAGS': updateCallTags,
};

/** Why the bus ignores `command` in its current session state (`undefined`: it handles it). */
function sessionRefusal(ctx: BusContext, command: BusCommand, origin: string | undefined): Refusal {
  const { state } = ctx;
  if (origin !== undefined && state.origin !== undefined && origin !== state.origin) {
    return `message from ${origin}, registered origin is ${state.origin}`;
  }
  if (command.type === 'BUS.REGISTER') return undefined;
  if (!state.registered) return 'BUS.REGISTER must come first';
  if (command.type.startsWith('DIALER.') || command.type.startsWith('API.')) {
    if (!state.authenticated) return 'not logged in';
    if (state.inits === 0) return 'no BUS.INIT in effect';
  }
  return undefined;
}

/**
 * Validates one untrusted message with `parseBusCommand` and runs it. A malformed or out-of-place command is
 * ignored, as the real bus does: nothing is emitted and the refusal goes to the simulator's log.
 */
export function handleCommand(ctx: BusContext, message: unknown, origin?: string): void {
  const parsed = parseBusCommand(message);
  if (!parsed.ok) {
    const { error } = parsed;
    const where = error.path ? ` at ${error.path}` : '';
    ctx.log.add('refused', `malformed command (${error.code}${where}): ${error.message}`, error.messageType);
    return;
  }
  const { command } = parsed;
  const refusal = sessionRefusal(ctx, command, origin) ?? run(ctx, command);
  if (refusal) ctx.log.add('refused', refusal, command.type);
}

function run(ctx: BusContext, command: BusCommand): Refusal {
  // Never the payload: it may hold a password.
  ctx.log.add('received', command.type, command.type);
  const handler = HANDLERS[command.type] as (ctx: BusContext, command: BusCommand) => Refusal;
  return handler(ctx, command);
}
