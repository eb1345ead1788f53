import type { BusCommandType } from '../protocol/commands';
import type { BusUser, Line } from '../protocol/entities';
import type { AgentAvailability, AvailabilityChoice, TeammateAvailabilities } from './AgentAvailability';
import type { CallState, RecentCall } from './CallState';
import type {
  ConnectionState,
  FailedOperation,
  InFlightRequests,
  PendingCommand,
  SessionState,
} from './SessionState';

/** Diagnostic codes: stable, for filtering and tests. */
export type DiagnosticCode =
  | 'invalid-message'
  | 'unknown-type'
  | 'unexpected-transition'
  | 'stale-event'
  | 'command-refused'
  | 'command-timeout'
  | 'request-rejected'
  | 'operation-failed'
  | 'message-dropped'
  /** A session answer nothing awaited or that contradicts the session held (a second REGISTER answer...). */
  | 'unexpected-answer'
  /** A bounded collection is full: what would exceed it is not kept (teammates past `TEAMMATE_LIMIT`). */
  | 'limit-reached'
  /**
   * A store subscriber or a host's lifecycle callback (`onCallEnded`...) threw; reported through
   * `onDiagnostic` only (`seq` -1), never into state.
   */
  | 'listener-failed'
  /**
   * The React provider could not load its phone-number rules (a lazy chunk): numbers show and are typed in
   * E.164 only. Reported through the provider's `onDiagnostic` only (`seq` -1), never into state.
   */
  | 'phone-rules-unavailable'
  /**
   * The host's `resolveContact` (a provider option of `@dialer-kit/react`) threw, rejected or answered
   * something that is not a contact; reported through the provider's `onDiagnostic` only (`seq` -1).
   */
  | 'contact-failed';

/** Something a developer should see: a rejected message, an odd transition, a refused command... */
export interface Diagnostic {
  /** Increasing number, unique per store. */
  readonly seq: number;
  readonly at: number;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly path?: string;
  readonly messageType?: string;
}

/** Everything the kit knows, as one immutable value. */
export interface DialerState {
  /** What the UI shows of {@link DialerState.session}'s phase. */
  readonly connection: ConnectionState;
  /** The bring-up's one state machine; a session is open while `initializing` or `ready`. */
  readonly session: SessionState;
  /** The session's user, when the bus named one (a login answer's `currentUser` is optional). */
  readonly user: BusUser | undefined;
  /** Error of the last failed login, for the UI (never the password). */
  readonly loginError: string | undefined;
  readonly call: CallState;
  readonly pending: PendingCommand | undefined;
  readonly requests: InFlightRequests;
  readonly lastFailure: FailedOperation | undefined;
  /**
   * Calls that ended and are no longer current, newest first, at most `RECENT_CALLS_LIMIT` (5); forgotten
   * when the agent logs out.
   */
  readonly recentCalls: readonly RecentCall[];
  /** The last `CallAnnouncements.callId` given (0: none yet); ids count up from 1. */
  readonly lastCallId: number;
  readonly availability: {
    readonly self: AgentAvailability | undefined;
    /** The agent's last setting the bus accepted; absent until one is, and after a logout. */
    readonly chosenSetting?: AvailabilityChoice;
    readonly teammates: TeammateAvailabilities;
  };
  readonly lines: readonly Line[];
  readonly diagnostics: {
    readonly items: readonly Diagnostic[];
    /** How many were ever recorded (items keeps only the newest `limit`). */
    readonly total: number;
    readonly limit: number;
  };
  readonly config: {
    readonly commandTimeoutMs: number;
    readonly requestTimeoutMs: number;
    readonly swapConfirmMs: number;
    /** First wait before REGISTER is sent again, and before the first restart; doubled up to 8 s. */
    readonly registerRetryMs: number;
    /** Commands the host turned off (absent: none): their controls report `not-supported`. */
    readonly disabledCommands?: readonly BusCommandType[];
  };
}
