// The strings and formats every component may use (see DialerMessages).

/** Labels shared by the components. */
export interface LabelMessages {
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
}

/** Strings that embed a value, shared by the components. */
export interface FormatMessages {
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
}
