import { controlFor } from '../commands/controlFor';
import type { FireAndForgetCommandType, RequestCommandType } from '../protocol/commands';
import { selectTaggingRequired } from '../selectors/tagging';
import type { DialerState } from '../state/DialerState';
import type { PendingCommand } from '../state/SessionState';
import { CONTROL_RULES } from './controlRules';
import {
  CONTROL_NAMES,
  type ControlName,
  type ControlReason,
  type ControlState,
  type Controls,
} from './types';

/** Refused while the last call waits for its tags (Decision 6). */
const BLOCKED_WHILE_TAGGING: ReadonlySet<ControlName> = new Set<ControlName>([
  'dial',
  'accept',
  'startWarmTransfer',
  'startConcurrent',
  'invite',
  'joinCoaching',
]);

/** Not call controls: a pending fire-and-forget command does not block them. */
const NOT_BLOCKED_BY_PENDING: ReadonlySet<ControlName> = new Set<ControlName>([
  'mute',
  'setTags',
  'updateAvailability',
  'updateCallTags',
]);

/**
 * The agent's escape hatches (hang up, turn down): only a command that itself ends the call blocks them.
 * Others (HOLD, KICK...) are settled by a SYNC that may never come, which must not trap the agent.
 */
const ESCAPES: ReadonlySet<ControlName> = new Set<ControlName>(['hangUp', 'reject']);
const ENDING_COMMANDS: ReadonlySet<FireAndForgetCommandType> = new Set<FireAndForgetCommandType>([
  'DIALER.HANGUP',
  'DIALER.REJECT',
  'DIALER.RESET',
]);

function blockedByPending(name: ControlName, pending: PendingCommand | undefined): boolean {
  if (pending === undefined || NOT_BLOCKED_BY_PENDING.has(name)) return false;
  // The offer's two answers exclude each other. A sent REJECT is never pending: it marks the offer
  // rejected at once, which already disables accept.
  if (name === 'reject' && pending.type === 'DIALER.ACCEPT') return true;
  return !ESCAPES.has(name) || ENDING_COMMANDS.has(pending.type);
}

const cache = new WeakMap<DialerState, Controls>();
// Shared ControlState objects: a control whose state did not change keeps the same object across states,
// so a selector of one control does not re-render.
const shared = new Map<string, ControlState>();

/** The shared, frozen control state of `reason` (`undefined`: enabled) and `pending`. */
export function controlState(reason: ControlReason | undefined, pending: boolean): ControlState {
  const key = `${reason ?? ''}|${pending}`;
  let value = shared.get(key);
  if (value === undefined) {
    value = Object.freeze({ enabled: reason === undefined, pending, reason });
    shared.set(key, value);
  }
  return value;
}

/** Whether the host turned off the command of control `name`: for good, so it is said before anything else. */
function turnedOff(name: ControlName, state: DialerState): boolean {
  return state.config.disabledCommands?.some((type) => controlFor(type) === name) === true;
}

function reasonFor(name: ControlName, state: DialerState): ControlReason | undefined {
  if (turnedOff(name, state)) return 'not-supported';
  if (state.connection !== 'ready') return 'not-ready';
  if (selectTaggingRequired(state) && BLOCKED_WHILE_TAGGING.has(name)) return 'mandatory-tagging';
  if (blockedByPending(name, state.pending)) return 'operation-pending';
  return CONTROL_RULES[name](state);
}

function pendingControls(state: DialerState): ReadonlySet<ControlName> {
  const names = new Set<ControlName>();
  const fireAndForget = state.pending === undefined ? undefined : controlFor(state.pending.type);
  if (fireAndForget !== undefined) names.add(fireAndForget);
  for (const type of Object.keys(state.requests) as RequestCommandType[]) {
    const name = state.requests[type] === undefined ? undefined : controlFor(type);
    if (name !== undefined) names.add(name);
  }
  return names;
}

/**
 * The state of every control for `state`: enabled, pending, and why not. Pure and memoised per state
 * object, so the same state always gives the same `Controls` object.
 * @example getControls(store.getState()).dial.enabled
 */
export function getControls(state: DialerState): Controls {
  const cached = cache.get(state);
  if (cached !== undefined) return cached;
  const pending = pendingControls(state);
  const entries = CONTROL_NAMES.map((name) => [
    name,
    controlState(reasonFor(name, state), pending.has(name)),
  ]);
  const controls = Object.freeze(Object.fromEntries(entries)) as Controls;
  cache.set(state, controls);
  return controls;
}
