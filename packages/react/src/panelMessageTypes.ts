import type { ParticipantState } from '@dialer-kit/core';

// The strings of each component with a panel of its own, one group per component (see DialerMessages).

/** `SecondCallControls`: a second call during a call, and the swap between the two. */
export interface SecondCallMessages {
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
}

/** `ConferencePanel`: the participants, their hold and removal, and invitations. */
export interface ConferenceMessages {
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
}

/** `TabOwnership`: the bus shared by several tabs is run by another one. */
export interface TabOwnershipMessages {
  /** What a tab that is not the bus's owner says: "The phone is in another tab". */
  readonly elsewhere: string;
  /** Why it still works here: calls show and can be answered from this tab too. */
  readonly mirrored: string;
  /** The button that moves the phone to this tab. */
  readonly useThisTab: string;
}

/** `OfferAlerts`: the ringtone, the tab title and the system notification of an offered call. */
export interface OfferAlertsMessages {
  /** The title the tab flashes while hidden: "☎ Incoming call – +14155550199". */
  readonly titleFlash: (who: string) => string;
  /** Said when the browser refused to play the ringtone (autoplay blocked). */
  readonly soundBlocked: string;
  /** The button that lets the ringtone play. */
  readonly enableSound: string;
  /** The button that asks the browser for permission to notify. */
  readonly enableNotifications: string;
}

/** `CoachingIndicator`: a supervisor listening in, and joining a teammate's call as a coach. */
export interface CoachingMessages {
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
}

/** The transfer directory: teammates with their presence, searched and picked to call or transfer to. */
export interface DirectoryMessages {
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
}

/** The after-call panel: the ended call's summary and its tags. */
export interface AfterCallMessages {
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
}

/** `KeyboardShortcuts`: the map of the keys and what they do. */
export interface ShortcutsMessages {
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
}
