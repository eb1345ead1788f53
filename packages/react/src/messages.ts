import type {
  AvailabilitySetting,
  CallFlow,
  CallStatus,
  ConnectionState,
  ControlReason,
  FailedOperation,
  KnownAvailabilityStatus,
  KnownIncomingType,
  Operation,
} from '@dialer-kit/core';
import { useDialerContext } from './provider/useDialerStore';

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
    readonly mute: string;
    readonly unmute: string;
    readonly hold: string;
    readonly resume: string;
    readonly record: string;
    readonly pauseRecording: string;
    readonly resumeRecording: string;
    readonly done: string;
    readonly saveTags: string;
    readonly startTransfer: string;
    readonly swap: string;
    readonly merge: string;
    readonly call: string;
    readonly deleteDigit: string;
    readonly clear: string;
    readonly changeAvailability: string;
    readonly signIn: string;
    readonly dismiss: string;
  };
  /** Why a control is disabled, as a sentence (`not-allowed` comes from a refused send). */
  readonly reasons: { readonly [K in ControlReason | 'not-allowed']: string };
  /** Names of landmarks, dialogs and groups. */
  readonly regions: {
    readonly call: string;
    readonly incomingCall: string;
    readonly tagThisCall: string;
    readonly warmTransfer: string;
    readonly dialPad: string;
    readonly availability: string;
    readonly callControls: string;
    readonly tags: string;
    readonly signIn: string;
  };
  /** A label for each documented incoming type; unknown types use `external` (Decision 7). */
  readonly incomingTypes: { readonly [K in KnownIncomingType]: string };
  /** Failure notices, one per operation. */
  readonly failures: { readonly [K in Operation]: string };
  /** What happened to a failed operation, appended to its notice. */
  readonly failureReasons: { readonly [K in FailedOperation['reason']]: string };
  /** Documented availability statuses; unknown ones are shown as sent (Decision 8). */
  readonly availability: { readonly [K in KnownAvailabilityStatus]: string };
  /** Settings the agent may pick with `API.UPDATE_AVAILABILITY`. */
  readonly availabilitySettings: { readonly [K in AvailabilitySetting]: string };
  readonly labels: {
    readonly phoneNumber: string;
    readonly transferTo: string;
    readonly email: string;
    readonly password: string;
    readonly callDuration: string;
    readonly talkingWith: string;
    readonly onHold: string;
    readonly you: string;
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
    readonly muted: string;
    readonly invalidPhoneNumber: string;
  };
  readonly format: {
    /** "Incoming call from +1415…". */
    readonly incomingFrom: (from: string) => string;
    /** "Transferred by teammate 12". */
    readonly transferredBy: (transferer: string) => string;
    /** "Customer: +1415…", the caller a teammate hands over in a warm transfer. */
    readonly customer: (who: string) => string;
    /** "Teammate 12" for `client:12`. */
    readonly teammate: (userId: number | string) => string;
    /** "Wrap-up ends in 42 s". */
    readonly wrapUpEndsIn: (seconds: number) => string;
    /** "2 tags selected". */
    readonly tagsSelected: (count: number) => string;
    /** Spoken call status: "Warm transfer: Ringing"; the flow is left out when the status names it. */
    readonly callAnnouncement: (status: string, flow: string | undefined) => string;
    /** A failure notice: "Swap failed. The dialer refused it." (what failed, then why). */
    readonly failureNotice: (failure: string, reason: string) => string;
    /** The line a call uses: "Support line · +33 1 23 45 67 89" (either part may be missing). */
    readonly line: (name: string | undefined, number: string | undefined) => string;
  };
}

/** Partial overrides of {@link DialerMessages}, group by group. */
export type DialerMessagesOverrides = { readonly [K in keyof DialerMessages]?: Partial<DialerMessages[K]> };

/** The kit's English strings. */
export const defaultMessages: DialerMessages = {
  status: {
    idle: 'No call',
    connecting: 'Connecting',
    ringing: 'Ringing',
    accepting: 'Accepting',
    connected: 'Connected',
    hanging: 'Hanging up',
    mandatoryTagging: 'Tagging required',
    ended: 'Call ended',
    startingWarmTransfer: 'Starting transfer',
    swapping: 'Swapping',
    merging: 'Merging',
    startingConcurrent: 'Starting second call',
    startingConference: 'Starting conference',
    initiating: 'Inviting',
    initiated: 'Conference started',
    startingCoaching: 'Starting coaching',
    joining: 'Joining',
    joined: 'Coaching',
  },
  flow: {
    regular: 'Call',
    warmTransfer: 'Warm transfer',
    concurrent: 'Second call',
    conference: 'Conference',
    coaching: 'Coaching',
  },
  connection: {
    connecting: 'Connecting to the dialer',
    'needs-login': 'Sign in to the dialer',
    ready: 'Dialer connected',
    reconnecting: 'Reconnecting to the dialer',
    closed: 'Dialer disconnected',
  },
  controls: {
    accept: 'Accept',
    reject: 'Reject',
    hangUp: 'Hang up',
    mute: 'Mute',
    unmute: 'Unmute',
    hold: 'Hold',
    resume: 'Resume',
    record: 'Record',
    pauseRecording: 'Pause recording',
    resumeRecording: 'Resume recording',
    done: 'Done',
    saveTags: 'Save tags',
    startTransfer: 'Start transfer',
    swap: 'Swap',
    merge: 'Merge',
    call: 'Call',
    deleteDigit: 'Delete last digit',
    clear: 'Clear',
    changeAvailability: 'Change availability',
    signIn: 'Sign in',
    dismiss: 'Dismiss',
  },
  reasons: {
    // One code for every connection state but ready (closed included): the sentence must hold for each.
    'not-ready': 'The dialer is not ready.',
    'mandatory-tagging': 'Tag the last call first.',
    'operation-pending': 'Wait for the current action to finish.',
    'request-pending': 'A request is already in progress.',
    'not-connected': 'Only possible during a connected call.',
    'call-in-progress': 'Not possible during a call.',
    'no-incoming-call': 'There is no incoming call.',
    'no-call': 'There is no call.',
    'not-ended': 'Only possible once the call has ended.',
    'internal-call': 'Not possible on a call between teammates.',
    'recording-not-allowed': 'Recording cannot be controlled on this call.',
    'not-in-warm-transfer': 'Only possible during a warm transfer.',
    'not-in-transfer': 'Only possible during a transfer.',
    'no-participant': 'There is nobody to do this with.',
    'in-call': 'Availability cannot change during a call.',
    coaching: 'Not possible while coaching.',
    'no-line': 'No phone line to call from yet.',
    'not-allowed': 'This is not possible right now.',
  },
  regions: {
    call: 'Call',
    incomingCall: 'Incoming call',
    tagThisCall: 'Tag this call',
    warmTransfer: 'Warm transfer',
    dialPad: 'Dial pad',
    availability: 'Availability',
    callControls: 'Call controls',
    tags: 'Tags',
    signIn: 'Sign in to the dialer',
  },
  incomingTypes: {
    external: 'External call',
    internal: 'Call from a teammate',
    'cold-transfer': 'Transferred call',
    'rollback-transfer': 'Transfer declined, call returned',
    'warm-transfer': 'Warm transfer',
  },
  failures: {
    dial: 'Call could not start',
    accept: 'Call could not be accepted',
    reject: 'Call could not be rejected',
    hangUp: 'Hang-up failed',
    hold: 'Hold failed',
    record: 'Recording could not change',
    setTags: 'Tags could not be saved',
    reset: 'Reset failed',
    startWarmTransfer: 'Transfer could not start',
    swap: 'Swap failed',
    merge: 'Merge failed',
    startConcurrent: 'Second call could not start',
    startConference: 'Conference could not start',
    invite: 'Invitation failed',
    kick: 'Participant could not be removed',
    joinCoaching: 'Coaching could not start',
    updateAvailability: 'Availability could not change',
    login: 'Sign-in failed',
  },
  failureReasons: {
    reverted: 'The dialer went back to the previous state.',
    timeout: 'The dialer did not answer in time.',
    rejected: 'The dialer refused it.',
  },
  availability: {
    available: 'Available',
    in_call: 'In call',
    after_call_work: 'After-call work',
    do_not_disturb: 'Do not disturb',
    offline: 'Offline',
    on_mobile: 'On mobile',
  },
  availabilitySettings: {
    always_opened: 'Always open',
    auto: 'Automatic',
    always_closed: 'Always closed',
    other: 'Other',
    doing_back_office: 'Back office',
    in_training: 'In training',
    on_a_break: 'On a break',
    out_for_lunch: 'Out for lunch',
  },
  labels: {
    phoneNumber: 'Phone number',
    transferTo: 'Transfer to',
    email: 'Email',
    password: 'Password',
    callDuration: 'Call duration',
    talkingWith: 'Talking with',
    onHold: 'On hold',
    you: 'You',
    unknownCaller: 'Unknown caller',
    noTags: 'No tags are configured. Save to continue without tags.',
    calling: 'Calling',
    dialing: 'Dialing',
    availabilityUnknown: 'Not known yet',
    pickTag: 'Pick at least one tag',
    saving: 'Saving',
    updating: 'Updating',
    recording: 'Recording',
    muted: 'Muted',
    invalidPhoneNumber: 'Enter a number in international format (+14155550199) or client:<id>.',
  },
  format: {
    incomingFrom: (from) => `Incoming call from ${from}`,
    transferredBy: (transferer) => `Transferred by ${transferer}`,
    customer: (who) => `Customer: ${who}`,
    teammate: (userId) => `Teammate ${userId}`,
    wrapUpEndsIn: (seconds) => `Wrap-up ends in ${seconds} s`,
    tagsSelected: (count) => (count === 1 ? '1 tag selected' : `${count} tags selected`),
    // "Coaching: Coaching", "Conference: Conference started": a status that names its flow says it once.
    callAnnouncement: (status, flow) =>
      flow === undefined || status.toLowerCase().includes(flow.toLowerCase()) ? status : `${flow}: ${status}`,
    failureNotice: (failure, reason) => `${failure}. ${reason}`,
    line: (name, number) => [name, number].filter(Boolean).join(' · '),
  },
};

export { availabilityLabel, incomingTypeLabel } from './messageLabels';

/** Applies overrides to the defaults, group by group. */
export function mergeMessages(overrides: DialerMessagesOverrides | undefined): DialerMessages {
  if (overrides === undefined) return defaultMessages;
  const merged: Record<string, unknown> = { ...defaultMessages };
  for (const key of Object.keys(overrides) as (keyof DialerMessages)[]) {
    merged[key] = { ...defaultMessages[key], ...overrides[key] };
  }
  return merged as unknown as DialerMessages;
}

/** The strings of the nearest {@link DialerProvider}, defaults merged with its `messages` prop. */
export function useMessages(): DialerMessages {
  return useDialerContext('useMessages').messages;
}
