import type { BusCommandType } from '../protocol/commands';
import type { CallState } from './CallState';
import type { DialerState } from './DialerState';
import type { SessionState } from './SessionState';
import { NO_TEAMMATES } from './teammates';

/** Options of {@link createInitialState}: timeouts in milliseconds and the diagnostics ring size. */
export interface InitialStateOptions {
  readonly commandTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly swapConfirmMs?: number;
  /** First REGISTER retry delay and first restart pause (default 500), doubled up to 8 s. */
  readonly registerRetryMs?: number;
  readonly diagnosticsLimit?: number;
  /** Commands never to send (the undocumented ones a host turned off): their controls say `not-supported`. */
  readonly disabledCommands?: readonly BusCommandType[];
}

/** The call context with no call: idle, no flow, nothing picked or known. */
export const INITIAL_CALL: CallState = {
  status: 'idle',
  flow: undefined,
  statusSince: undefined,
  flowSince: undefined,
  connectedAt: undefined,
  endedAt: undefined,
  transition: undefined,
  swapCheck: undefined,
  dialing: undefined,
  incoming: undefined,
  metadata: undefined,
  synced: false,
  activeParticipant: undefined,
  inactiveParticipant: undefined,
  tags: [],
  tagSelection: [],
  muted: false,
};

/** The session before any event: REGISTER's answer is what the bring-up waits for first. */
const INITIAL_SESSION: SessionState = {
  phase: 'registering',
  reconnect: false,
  registerAttempts: 0,
  restarts: 0,
  initSent: false,
};

/** The state before any event: connecting, idle, no user, empty diagnostics. */
export function createInitialState(options: InitialStateOptions = {}): DialerState {
  return {
    connection: 'connecting',
    session: INITIAL_SESSION,
    user: undefined,
    loginError: undefined,
    call: INITIAL_CALL,
    pending: undefined,
    requests: {},
    lastFailure: undefined,
    recentCalls: [],
    lastCallId: 0,
    availability: { self: undefined, teammates: NO_TEAMMATES },
    lines: [],
    diagnostics: { items: [], total: 0, limit: options.diagnosticsLimit ?? 100 },
    config: {
      commandTimeoutMs: options.commandTimeoutMs ?? 10_000,
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      swapConfirmMs: options.swapConfirmMs ?? 3_000,
      registerRetryMs: options.registerRetryMs ?? 500,
      ...(options.disabledCommands?.length ? { disabledCommands: [...options.disabledCommands] } : {}),
    },
  };
}
