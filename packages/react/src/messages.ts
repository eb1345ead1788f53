import type { DialerMessages, DialerMessagesOverrides } from './messageTypes';
import {
  englishAfterCall,
  englishAlerts,
  englishCoaching,
  englishConference,
  englishDirectory,
  englishSecondCall,
  englishShortcuts,
  englishTabs,
} from './panelMessages';
import { useDialerContext } from './provider/useDialerStore';

export type { DialerMessages, DialerMessagesOverrides } from './messageTypes';

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
    hold: 'Hold',
    record: 'Record',
    done: 'Done',
    saveTags: 'Save tags',
    startTransfer: 'Start transfer',
    swap: 'Swap',
    merge: 'Merge',
    call: 'Call',
    deleteDigit: 'Delete last digit',
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
    'not-supported': 'This dialer does not support it.',
    'not-allowed': 'This is not possible right now.',
    'not-sent': 'The message could not reach the dialer.',
    timeout: 'The dialer did not answer in time.',
    rejected: 'The dialer refused it.',
    superseded: 'A newer request took its place.',
    reconnected: 'The dialer reconnected before answering.',
    closed: 'The dialer was closed before answering.',
  },
  regions: {
    call: 'Call',
    incomingCall: 'Incoming call',
    tagThisCall: 'Tag this call',
    warmTransfer: 'Warm transfer',
    dialPad: 'Dial pad',
    availability: 'Availability',
    callControls: 'Call controls',
    callState: 'Call state',
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
  secondCall: englishSecondCall,
  conference: englishConference,
  tabs: englishTabs,
  alerts: englishAlerts,
  coaching: englishCoaching,
  callEnds: {
    merged: () => 'Transfer completed: the customer is with the transferee.',
    'other-party': (who) => `${who} hung up.`,
    dropped: (who) => `The call with ${who} dropped.`,
    'not-placed': (who) => `The call to ${who} could not be placed.`,
    'not-answered': (who) => `${who} did not answer.`,
    missed: (who) => `Missed call from ${who}.`,
    'not-connected': (who) => `The call from ${who} ended before it connected.`,
  },
  failures: {
    dial: 'Call could not start',
    accept: 'Call could not be accepted',
    reject: 'Call could not be rejected',
    hangUp: 'Hang-up failed',
    hold: 'Hold failed',
    mute: 'Mute failed',
    record: 'Recording could not change',
    setTags: 'Tags could not be saved',
    updateCallTags: 'Tags could not be saved',
    reset: 'Reset failed',
    startWarmTransfer: 'Transfer could not start',
    swap: 'Swap failed',
    merge: 'Merge failed',
    startConcurrent: 'Second call could not start',
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
    'not-sent': 'The message could not reach the dialer.',
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
    busStale: 'Phone may be out of date – reconnecting…',
    phoneNumber: 'Phone number',
    transferTo: 'Transfer to',
    email: 'Email',
    password: 'Password',
    callDuration: 'Call duration',
    talkingWith: 'Talking with',
    onHold: 'On hold',
    unknownCaller: 'Unknown caller',
    noTags: 'No tags are configured. Save to continue without tags.',
    calling: 'Calling',
    dialing: 'Dialing',
    availabilityUnknown: 'Not known yet',
    pickTag: 'Pick at least one tag',
    saving: 'Saving',
    updating: 'Updating',
    recording: 'Recording',
    recordingPaused: 'Recording paused',
    muted: 'Muted',
    nothingToDelete: 'Nothing to delete yet.',
    taggingRequiredWhy: 'This line requires tags on every call: tag it to take or make the next call.',
    theTransferee: 'The transferee',
    invalidPhoneNumber: 'Enter a phone number (digits, spaces, dashes, brackets) or client:<id>.',
    phoneNeedsCountry: 'Enter a number in international format (+14155550199) or client:<id>.',
    phoneTooShort: 'This number has too few digits.',
    phoneTooLong: 'This number has too many digits.',
    phoneUnknownCountry: 'No country has this code: check the digits after +.',
    takingCalls: 'Taking calls',
    notTakingCalls: 'Not taking calls',
    availabilityAfterCallWork: 'Availability can change once after-call work ends.',
    line: 'Line',
    noLines: 'No lines yet',
    noLineNumber: 'no number',
    signingIn: 'Signing in',
  },
  directory: englishDirectory,
  afterCall: englishAfterCall,
  format: {
    incomingFrom: (from) => `Incoming call from ${from}`,
    transferredBy: (transferer) => `Transferred by ${transferer}`,
    lineCalled: (line) => `Line called: ${line}`,
    taggedCall: (party, line) => (line === '' ? `Call with ${party}` : `Call with ${party} on ${line}`),
    tagsSaved: (names) => `Tags saved: ${names}`,
    callStates: (states) => states.join(', '),
    transferDeclined: (transferee) =>
      `${transferee} did not answer or declined. You are back with the customer.`,
    transferLeft: (transferee) => `${transferee} left the transfer. You are back with the customer.`,
    customer: (who) => `Customer: ${who}`,
    teammate: (userId) => `Teammate ${userId}`,
    wrapUpEndsIn: (seconds) => `Wrap-up ends in ${seconds} s`,
    // "Coaching: Coaching", "Conference: Conference started": a status that names its flow says it once.
    callAnnouncement: (status, flow) =>
      flow === undefined || status.toLowerCase().includes(flow.toLowerCase()) ? status : `${flow}: ${status}`,
    failureNotice: (failure, reason) => `${failure}. ${reason}`,
    line: (name, number) => [name, number].filter(Boolean).join(' · '),
    phoneNumber: (number) => number,
    dialsAs: (number) => `Dials ${number}`,
    phoneNotInCountry: (country) =>
      `Not a phone number in ${regionName(country) ?? 'its country'}. Numbers abroad start with + and their country code.`,
    callerId: (number) => `Caller ID ${number}`,
    unnamedLine: (id) => `Line ${id}`,
  },
  shortcuts: englishShortcuts,
  shortcutActions: {
    accept: 'Accept the incoming call',
    reject: 'Reject the incoming call',
    hangUp: 'Hang up',
    mute: 'Mute or unmute',
    hold: 'Hold or resume',
    focusDialPad: 'Go to the dial pad',
    focusDirectory: 'Go to the teammate directory',
  },
};

export { availabilityLabel, incomingTypeLabel } from './messageLabels';

/** "United Kingdom" for `GB`, where the engine names regions. */
function regionName(country: string | undefined): string | undefined {
  if (country === undefined) return undefined;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(country);
  } catch {
    return country;
  }
}

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
