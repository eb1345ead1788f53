import type * as v from 'valibot';
import type { CallMetadata, Participant } from '../entities';
import { CALL_DIRECTIONS, CALL_FLOWS, CALL_STATUSES, PARTICIPANT_STATES, RECORDING_STATES } from '../enums';
import {
  bool,
  busUser,
  externalParty,
  line,
  listOf,
  nonEmptyString,
  num,
  oneOf,
  open,
  opt,
  rejectedPayload,
  type ServiceEventSchemas,
  str,
  tag,
} from './shared';

/** A call participant in SYNC metadata (section 5). */
const participant = open({
  external: opt(externalParty),
  user: opt(busUser),
  legId: str,
  isHeld: bool,
  state: oneOf(PARTICIPANT_STATES, 'participant state'),
}) satisfies v.GenericSchema<unknown, Participant>;

/** `DIALER.SYNC` metadata: every field optional, each checked when present. */
const callMetadata = open({
  id: opt(num),
  callUuid: opt(str),
  line: opt(line),
  from: opt(str),
  to: opt(str),
  canControlRecording: opt(bool),
  recordingState: opt(oneOf(RECORDING_STATES, 'recording state')),
  direction: opt(oneOf(CALL_DIRECTIONS, 'call direction')),
  me: opt(participant),
  activeParticipant: opt(participant),
  inactiveParticipant: opt(participant),
  participants: opt(listOf(participant)),
  coacheeParticipant: opt(participant),
  coachParticipant: opt(participant),
}) satisfies v.GenericSchema<unknown, CallMetadata>;

/** Schemas of the `DIALER.*` events. */
export const DIALER_EVENT_SCHEMAS = {
  'DIALER.DIALING': open({ from: str, to: str }),
  // Decision 7: any non-empty `type` is kept as sent.
  'DIALER.INCOMING': open({
    type: nonEmptyString,
    callUuid: str,
    from: opt(str),
    to: opt(str),
    transferer: opt(str),
    external: opt(str),
  }),
  // Decision 2: an unknown status or flow is an error; Decision 10 (missing flow) is the reducer's.
  'DIALER.CALL_STATUS': open({
    status: oneOf(CALL_STATUSES, 'call status'),
    flow: opt(oneOf(CALL_FLOWS, 'call flow')),
  }),
  'DIALER.SYNC': open({ metadata: callMetadata }),
  'DIALER.SET_TAGS_FULFILLED': listOf(tag),
  'DIALER.SET_TAGS_REJECTED': rejectedPayload,
} as const satisfies ServiceEventSchemas<'DIALER'>;
