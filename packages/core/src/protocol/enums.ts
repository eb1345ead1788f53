/** Every call status the bus sends in `DIALER.CALL_STATUS` (PROTOCOL.md section 4). */
export const CALL_STATUSES = [
  'idle',
  'connecting',
  'ringing',
  'accepting',
  'connected',
  'hanging',
  'mandatoryTagging',
  'ended',
  'startingWarmTransfer',
  'swapping',
  'merging',
  'startingConcurrent',
  'startingConference',
  'initiating',
  'initiated',
  'startingCoaching',
  'joining',
  'joined',
] as const;
/** A call status (18 values). */
export type CallStatus = (typeof CALL_STATUSES)[number];

/** Every call flow (PROTOCOL.md section 4). */
export const CALL_FLOWS = ['regular', 'warmTransfer', 'concurrent', 'conference', 'coaching'] as const;
/** A call flow (5 values). */
export type CallFlow = (typeof CALL_FLOWS)[number];

/** Documented `DIALER.INCOMING` types. Unknown types are kept as strings (Decision 7). */
export const INCOMING_TYPES = [
  'external',
  'internal',
  'cold-transfer',
  'rollback-transfer',
  'warm-transfer',
] as const;
/** A documented incoming call type. */
export type KnownIncomingType = (typeof INCOMING_TYPES)[number];
/** An incoming call type: a documented one, or any other string kept as sent (Decision 7). */
export type IncomingType = KnownIncomingType | (string & {});

/** States of a call participant in SYNC metadata. */
export const PARTICIPANT_STATES = ['answering', 'ringing', 'ended'] as const;
/** A participant state. */
export type ParticipantState = (typeof PARTICIPANT_STATES)[number];

/** Recording states in SYNC metadata. */
export const RECORDING_STATES = ['idle', 'recording', 'paused'] as const;
/** A recording state. */
export type RecordingState = (typeof RECORDING_STATES)[number];

/** Call directions in SYNC metadata. */
export const CALL_DIRECTIONS = ['incoming', 'outgoing'] as const;
/** A call direction. */
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/** Documented agent availability statuses (section 6 and Decision 8). */
export const AVAILABILITY_STATUSES = [
  'available',
  'in_call',
  'after_call_work',
  'do_not_disturb',
  'offline',
  'on_mobile',
] as const;
/** A documented availability status. */
export type KnownAvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];
/** An availability status: documented, or any other string kept and shown as-is (Decision 8). */
export type AvailabilityStatus = KnownAvailabilityStatus | (string & {});

/** Availability settings the agent may choose with `API.UPDATE_AVAILABILITY` (section 3). */
export const AVAILABILITY_SETTINGS = [
  'always_opened',
  'auto',
  'always_closed',
  'other',
  'doing_back_office',
  'in_training',
  'on_a_break',
  'out_for_lunch',
] as const;
/** An availability setting. */
export type AvailabilitySetting = (typeof AVAILABILITY_SETTINGS)[number];

/** `meta.tracking.dialing_mode` of `DIALER.DIAL`. */
export const DIALING_MODES = ['manual', 'teammate'] as const;
/** A dialing mode. */
export type DialingMode = (typeof DIALING_MODES)[number];

/** `meta.tracking.call_mode` of `DIALER.ACCEPT`. */
export const CALL_MODES = ['pickup_button', 'notification', 'shortcut'] as const;
/** A call mode. */
export type CallMode = (typeof CALL_MODES)[number];

/** Bus services named in `BUS.INIT` and `BUS.DESTROY`. */
export const SERVICES = ['AUTH', 'USER', 'DIALER'] as const;
/** A bus service. */
export type Service = (typeof SERVICES)[number];
