import type { AvailabilityStatus, CallDirection, ParticipantState, RecordingState } from './enums';

/** An E.164 phone number such as `+14155550199`. */
export type PhoneNumber = string;
/** A teammate address `client:<agentId>`. */
export type ClientId = string;
/** Open object: the bus documents no shape, the kit reads only what it names and keeps the rest. */
export type Open = { readonly [key: string]: unknown };

/** A user as the bus sends it (only `id` is read). */
export type BusUser = Open & { readonly id?: number; readonly email?: string; readonly name?: string };
/** An external party (only `phoneNumber` is read). */
export type ExternalParty = Open & { readonly phoneNumber?: string; readonly name?: string };

/** A call tag. */
export type Tag = Open & { readonly id: number; readonly name?: string };

/** A phone line of the agent. */
export type Line = Open & {
  readonly id: number;
  readonly name?: string;
  readonly number?: string;
  readonly normalized?: string;
  readonly country_iso?: string;
};

/** A call participant in SYNC metadata (section 5). */
export type Participant = Open & {
  readonly external?: ExternalParty;
  readonly user?: BusUser;
  readonly legId: string;
  readonly isHeld: boolean;
  readonly state: ParticipantState;
};

/** `DIALER.SYNC` metadata (section 5). Every field is optional except what the bus always sends. */
export type CallMetadata = Open & {
  readonly id?: number;
  readonly callUuid?: string;
  readonly line?: Line;
  readonly from?: string;
  readonly to?: string;
  readonly canControlRecording?: boolean;
  readonly recordingState?: RecordingState;
  readonly direction?: CallDirection;
  readonly me?: Participant;
  readonly activeParticipant?: Participant;
  readonly inactiveParticipant?: Participant;
  readonly participants?: readonly Participant[];
  readonly coacheeParticipant?: Participant;
  readonly coachParticipant?: Participant;
};

/** An error object in a `_REJECTED` payload. */
export type BusError = Open & { readonly message?: string; readonly code?: string };

/** Availability as carried by `USER.AVAILABILITY_CHANGED` and its teammate twin. */
export type AvailabilityPayload = Open & {
  readonly userId: number;
  readonly status: AvailabilityStatus;
  readonly wrapUpTimeConfig?: number;
  readonly wrapUpTimeTtl?: number;
  readonly updatedAt: number;
};

/** Availability as carried by `API.FETCH_*AVAILABILIT*` answers. */
export type FetchedAvailability = Open & {
  readonly status: AvailabilityStatus;
  readonly wrapUpTimeConfig?: number;
  readonly wrapUpTimeTtl?: number;
  readonly version: number;
};
