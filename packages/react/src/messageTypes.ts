import type {
  AvailabilitySetting,
  CallFlow,
  CallStatus,
  ConnectionState,
  FailedOperation,
  FailureReason,
  KnownAvailabilityStatus,
  KnownIncomingType,
  Operation,
  ReportedCallEndCause,
} from '@dialer-kit/core';
import type {
  AfterCallMessages,
  CoachingMessages,
  ConferenceMessages,
  DirectoryMessages,
  OfferAlertsMessages,
  SecondCallMessages,
  ShortcutsMessages,
  TabOwnershipMessages,
} from './panelMessageTypes';
import type { FormatMessages, LabelMessages } from './sharedMessageTypes';
import type { ShortcutAction } from './shortcuts/shortcutKeys';

/** Every visible string of the kit. Functions build strings that embed a value. */
export interface DialerMessages {
  /** A word for each call status, shown in the call bar and announced. */
  readonly status: { readonly [K in CallStatus]: string };
  /** A word for each call flow. */
  readonly flow: { readonly [K in CallFlow]: string };
  /** The link to the dialer in words; the call bar and the availability badge say it while not ready. */
  readonly connection: { readonly [K in ConnectionState]: string };
  readonly controls: {
    readonly accept: string;
    readonly reject: string;
    readonly hangUp: string;
    /** Mute, Hold and Record are toggles (`aria-pressed`): their names stay as the state changes. */
    readonly mute: string;
    readonly hold: string;
    readonly record: string;
    readonly done: string;
    readonly saveTags: string;
    readonly startTransfer: string;
    readonly swap: string;
    readonly merge: string;
    readonly call: string;
    readonly deleteDigit: string;
    readonly signIn: string;
    readonly dismiss: string;
  };
  /**
   * Why a verb failed (a `Result`'s `reason`), as a sentence: a disabled control's reason, or what became of
   * the command (`not-allowed` comes from a refused send, `timeout` or `rejected` from the bus...).
   */
  readonly reasons: { readonly [K in FailureReason]: string };
  /** Names of landmarks, dialogs and groups. */
  readonly regions: {
    readonly call: string;
    readonly incomingCall: string;
    readonly tagThisCall: string;
    readonly warmTransfer: string;
    readonly dialPad: string;
    readonly availability: string;
    readonly callControls: string;
    /** Name of the call bar's list of states (held, muted, recording). */
    readonly callState: string;
    readonly tags: string;
    readonly signIn: string;
  };
  /** A label for each documented incoming type; unknown types use `external` (Decision 7). */
  readonly incomingTypes: { readonly [K in KnownIncomingType]: string };
  /** `SecondCallControls`: a second call during a call, and the swap between the two. */
  readonly secondCall: SecondCallMessages;
  /** `ConferencePanel`: the participants, their hold and removal, and invitations. */
  readonly conference: ConferenceMessages;
  /** `TabOwnership`: the bus shared by several tabs is run by another one. */
  readonly tabs: TabOwnershipMessages;
  /** `OfferAlerts`: the ringtone, the tab title and the system notification of an offered call. */
  readonly alerts: OfferAlertsMessages;
  /** `CoachingIndicator`: a supervisor listening in, and joining a teammate's call as a coach. */
  readonly coaching: CoachingMessages;
  /**
   * How a call ended that the agent did not end, as the call bar tells it; each takes whom the call was with
   * (the number, the teammate, or "Unknown caller"): "+1415… hung up."
   */
  readonly callEnds: { readonly [K in ReportedCallEndCause]: (who: string) => string };
  /** Failure notices, one per operation. */
  readonly failures: { readonly [K in Operation]: string };
  /** What happened to a failed operation, appended to its notice. */
  readonly failureReasons: { readonly [K in FailedOperation['reason']]: string };
  /** Documented availability statuses; unknown ones are shown as sent (Decision 8). */
  readonly availability: { readonly [K in KnownAvailabilityStatus]: string };
  /** Settings the agent may pick with `API.UPDATE_AVAILABILITY`. */
  readonly availabilitySettings: { readonly [K in AvailabilitySetting]: string };
  /** Labels shared by the components. */
  readonly labels: LabelMessages;
  /** The transfer directory: teammates with their presence, searched and picked to call or transfer to. */
  readonly directory: DirectoryMessages;
  /** The after-call panel: the ended call's summary and its tags. */
  readonly afterCall: AfterCallMessages;
  /** Strings that embed a value, shared by the components. */
  readonly format: FormatMessages;
  /** `KeyboardShortcuts`: the map of the keys and what they do. */
  readonly shortcuts: ShortcutsMessages;
  /** What each keyboard shortcut does, as listed by `KeyboardShortcuts`. */
  readonly shortcutActions: { readonly [A in ShortcutAction]: string };
}

/** Partial overrides of {@link DialerMessages}, group by group. */
export type DialerMessagesOverrides = { readonly [K in keyof DialerMessages]?: Partial<DialerMessages[K]> };
