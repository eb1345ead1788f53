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
  ParticipantState,
  ReportedCallEndCause,
} from '@dialer-kit/core';
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
  readonly secondCall: {
    /** The region's name. */
    readonly region: string;
    /** Label of the number box. */
    readonly callTo: string;
    /** The button that starts the second call. */
    readonly start: string;
    /** The person called, when the panel did not start the call and no SYNC has named them yet. */
    readonly unknownParty: string;
    /** Spoken while the second person rings: "Calling +1…. On hold: +1…." */
    readonly announceCalling: (calling: string, onHold: string) => string;
    /** Spoken when who the agent talks with changes: "Talking with +1…. On hold: +1…." */
    readonly announceTalking: (talkingWith: string, onHold: string) => string;
  };
  /** `ConferencePanel`: the participants, their hold and removal, and invitations. */
  readonly conference: {
    readonly region: string;
    /** Name of the participants list. */
    readonly participants: string;
    /** Shown while the conference starts and nobody is listed yet. */
    readonly starting: string;
    /** A participant's state in words. */
    readonly states: { readonly [K in ParticipantState]: string };
    /** Label of the number box. */
    readonly inviteTo: string;
    readonly invite: string;
    /** The removal button (its name ends with who). */
    readonly remove: string;
    /** The confirmation's question. */
    readonly confirmRemove: (who: string) => string;
    /** The confirmation's way back. */
    readonly keep: string;
    /** Spoken when the participants change: "Conference: 2 on the call, 1 ringing, 1 on hold." */
    readonly summary: (counts: {
      readonly onCall: number;
      readonly ringing: number;
      readonly onHold: number;
    }) => string;
  };
  /** `TabOwnership`: the bus shared by several tabs is run by another one. */
  readonly tabs: {
    /** What a tab that is not the bus's owner says: "The phone is in another tab". */
    readonly elsewhere: string;
    /** Why it still works here: calls show and can be answered from this tab too. */
    readonly mirrored: string;
    /** The button that moves the phone to this tab. */
    readonly useThisTab: string;
  };
  /** `OfferAlerts`: the ringtone, the tab title and the system notification of an offered call. */
  readonly alerts: {
    /** The title the tab flashes while hidden: "☎ Incoming call – +14155550199". */
    readonly titleFlash: (who: string) => string;
    /** Said when the browser refused to play the ringtone (autoplay blocked). */
    readonly soundBlocked: string;
    /** The button that lets the ringtone play. */
    readonly enableSound: string;
    /** The button that asks the browser for permission to notify. */
    readonly enableNotifications: string;
  };
  /** `CoachingIndicator`: a supervisor listening in, and joining a teammate's call as a coach. */
  readonly coaching: {
    readonly region: string;
    /** The coached agent's indicator. */
    readonly listening: string;
    /** Spoken when the supervisor joins: "A supervisor is listening: Teammate 7." */
    readonly listeningAnnouncement: (who: string) => string;
    /** Spoken when the supervisor leaves. */
    readonly left: string;
    /** The coach's view: "You are coaching Teammate 7". */
    readonly coachingWho: (coachee: string) => string;
    /** The coach's view while the join settles. */
    readonly joining: string;
    /** Name of the list of calls the agent may join. */
    readonly calls: string;
    /** The join button (its name ends with the call's label). */
    readonly join: string;
    /** The incognito option of the join. */
    readonly incognito: string;
  };
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
  readonly labels: {
    /** The bus said nothing for too long during a call, nor answered the kit's request for fresh state. */
    readonly busStale: string;
    readonly phoneNumber: string;
    readonly transferTo: string;
    readonly email: string;
    readonly password: string;
    readonly callDuration: string;
    readonly talkingWith: string;
    readonly onHold: string;
    readonly unknownCaller: string;
    readonly noTags: string;
    readonly calling: string; // "Calling" + the number typed, until the transferee answers
    /** The call bar after a DIAL, before the bus's first call status. */
    readonly dialing: string;
    /** The availability badge once connected, before the bus reports the agent's availability. */
    readonly availabilityUnknown: string;
    readonly pickTag: string;
    readonly saving: string;
    readonly updating: string;
    readonly recording: string;
    /** The call bar's chip while the recording is paused. */
    readonly recordingPaused: string;
    readonly muted: string;
    /** Why "Delete last digit" is disabled: the number box is empty. */
    readonly nothingToDelete: string;
    /** Why the tag dialog cannot be closed: the line requires a tag on every call. */
    readonly taggingRequiredWhy: string;
    /** The transferee when the kit does not know whom the transfer called. */
    readonly theTransferee: string;
    /** A dial target that is not digits (nor `client:<id>`). */
    readonly invalidPhoneNumber: string;
    /** A national number while the kit cannot read it (no phone-number rules, or a line without a country). */
    readonly phoneNeedsCountry: string;
    readonly phoneTooShort: string;
    readonly phoneTooLong: string;
    /** `+` and a calling code that no country has. */
    readonly phoneUnknownCountry: string;
    /** The availability select's status while the bus says `available`: what the chosen setting does. */
    readonly takingCalls: string;
    /** The availability select's status while the bus says `do_not_disturb` (whatever closed setting gave it). */
    readonly notTakingCalls: string;
    /** Why the availability cannot change during after-call work (the `in-call` reason, said for wrap-up). */
    readonly availabilityAfterCallWork: string;
    /** The label of the outgoing line select. */
    readonly line: string;
    /** The line select before the bus reported any line. */
    readonly noLines: string;
    /** After a line's name in the line select when the bus gave it no number to call from. */
    readonly noLineNumber: string;
    /** The sign-in button's state while the login is on its way. */
    readonly signingIn: string;
  };
  /** The transfer directory: teammates with their presence, searched and picked to call or transfer to. */
  readonly directory: {
    /** The directory's title and region name. */
    readonly title: string;
    readonly search: string;
    /** Name of the list of teammates. */
    readonly list: string;
    readonly loading: string;
    readonly empty: string;
    readonly noMatch: string;
    /** Why the action button is disabled while nobody is picked. */
    readonly pickFirst: string;
    /** "Teammates could not be loaded", followed by the reason. */
    readonly loadFailed: string;
    readonly retry: string;
    /** "Call Sam Teammate". */
    readonly call: (name: string) => string;
    /** "Transfer to Sam Teammate". */
    readonly transfer: (name: string) => string;
    /** Announced once the call to a teammate was sent: "Calling Sam Teammate". */
    readonly calling: (name: string) => string;
    /** Announced once the transfer was sent: "Transferring to Sam Teammate". */
    readonly transferring: (name: string) => string;
    /** Announced while searching: "2 teammates found". */
    readonly results: (count: number) => string;
  };
  /** The after-call panel: the ended call's summary and its tags. */
  readonly afterCall: {
    /** The panel's title and region name. */
    readonly title: string;
    readonly talkTime: string;
    /** The talk time of a call that never connected. */
    readonly notConnected: string;
    readonly line: string;
    readonly party: string;
    readonly direction: string;
    readonly incoming: string;
    readonly outgoing: string;
    readonly recording: string;
    readonly recorded: string;
    readonly recordingPaused: string;
    readonly notRecorded: string;
    readonly tags: string;
    readonly noCatalogue: string;
    readonly noTagsSaved: string;
    readonly unsaved: string;
    /** Why "Save tags" is disabled when the picks are the saved tags. */
    readonly noChanges: string;
    /** Shown before the saved tags, and announced with their names: "Tags saved: Follow-up". */
    readonly saved: string;
    /** A confirmed tag the catalogue does not name: "Tag 190". */
    readonly tag: (id: number) => string;
  };
  readonly format: {
    /** "Incoming call from +1415…". */
    readonly incomingFrom: (from: string) => string;
    /** The line an offer came in on: "Line called: Support line · +33 1 23 45 67 89". */
    readonly lineCalled: (line: string) => string;
    /** The tag dialog's call: "Call with +1415… on Support line · +33 1 23 45 67 89" (line may be ""). */
    readonly taggedCall: (party: string, line: string) => string;
    /** The tags the bus confirmed: "Tags saved: Qualified lead, Follow-up". */
    readonly tagsSaved: (names: string) => string;
    /** Spoken when the call's states change: "On hold, Muted, Recording" (empty: none). */
    readonly callStates: (states: readonly string[]) => string;
    /** A transferee who did not take the call: "+33… did not answer or declined. You are back with the customer." */
    readonly transferDeclined: (transferee: string) => string;
    /** A transferee who hung up after answering. */
    readonly transferLeft: (transferee: string) => string;
    /** "Transferred by teammate 12". */
    readonly transferredBy: (transferer: string) => string;
    /** "Customer: +1415…", the caller a teammate hands over in a warm transfer. */
    readonly customer: (who: string) => string;
    /** "Teammate 12" for `client:12`. */
    readonly teammate: (userId: number | string) => string;
    /** "Wrap-up ends in 42 s". */
    readonly wrapUpEndsIn: (seconds: number) => string;
    /** Spoken call status: "Warm transfer: Ringing"; the flow is left out when the status names it. */
    readonly callAnnouncement: (status: string, flow: string | undefined) => string;
    /** A failure notice: "Swap failed. The dialer refused it." (what failed, then why). */
    readonly failureNotice: (failure: string, reason: string) => string;
    /** The line a call uses: "Support line · +33 1 23 45 67 89" (either part may be missing). */
    readonly line: (name: string | undefined, number: string | undefined) => string;
    /**
     * How every phone number reads (parties, lines, recent calls). Default: international format
     * ("+44 20 7183 8750") once the phone-number rules have loaded, E.164 as sent until then.
     */
    readonly phoneNumber: (number: string) => string;
    /** Under a number box: "Dials +44 20 7183 8750", the number the typed text will dial. */
    readonly dialsAs: (number: string) => string;
    /** A number that no number of its country looks like: "Not a phone number in United Kingdom." */
    readonly phoneNotInCountry: (country: string | undefined) => string;
    /** Under the line select: "Caller ID +1 415-555-0123", the number the called party sees. */
    readonly callerId: (number: string) => string;
    /** A line the bus sent without a name: "Line 48211". */
    readonly unnamedLine: (id: number) => string;
  };
  /** `KeyboardShortcuts`: the map of the keys and what they do. */
  readonly shortcuts: {
    /** The map's title and region name. */
    readonly title: string;
    /** Header of the column of what a shortcut does. */
    readonly action: string;
    /** Header of the column of its keys. */
    readonly keys: string;
    /** Under the map: when shortcuts do nothing. */
    readonly whileTyping: string;
    /** Instead of the map when the provider's `shortcuts` is `false`. */
    readonly off: string;
    /** Why a focus shortcut did nothing: the field it moves to is not on the page. */
    readonly notShown: string;
    /** Announced when a shortcut did nothing: "Hold or resume: There is no call." */
    readonly refused: (action: string, reason: string) => string;
    /** Names of the modifier keys as shown (a Mac host may say Option for Alt). */
    readonly control: string;
    readonly alt: string;
    readonly shift: string;
    readonly meta: string;
  };
  /** What each keyboard shortcut does, as listed by `KeyboardShortcuts`. */
  readonly shortcutActions: { readonly [A in ShortcutAction]: string };
}

/** Partial overrides of {@link DialerMessages}, group by group. */
export type DialerMessagesOverrides = { readonly [K in keyof DialerMessages]?: Partial<DialerMessages[K]> };
