import * as v from 'valibot';
import type { CallMetadata, Participant } from '../entities';
import { CALL_DIRECTIONS, CALL_FLOWS, CALL_STATUSES, PARTICIPANT_STATES, RECORDING_STATES } from '../enums';
import {
  busUser,
  externalParty,
  finiteNumber,
  line,
  listOf,
  nonEmptyString,
  open,
  opt,
  rejectedPayload,
  type ServiceEventSchemas,
  tag,
} from './shared';

/** A call participant in SYNC metadata (section 5). */
export const participant = open({
  external: opt(externalParty),
  user: opt(busUser),
  legId: v.string(),
  isHeld: v.boolean(),
  state: v.picklist(PARTICIPANT_STATES, (issue) => `Unknown participant state: received ${issue.received}`),
}) satisfies v.GenericSchema<unknown, Participant>;

/** `DIALER.SYNC` metadata: every field optional, each checked when present. */
export const callMetadata = open({
  id: opt(finiteNumber),
  callUuid: opt(v.string()),
  line: opt(line),
  from: opt(v.string()),
  to: opt(v.string()),
  canControlRecording: opt(v.boolean()),
  recordingState: opt(
    v.picklist(RECORDING_STATES, (issue) => `Unknown recording state: received ${issue.received}`),
  ),
  direction: opt(
    v.picklist(CALL_DIRECTIONS, (issue) => `Unknown call direction: received ${issue.received}`),
  ),
  me: opt(participant),
  activeParticipant: opt(participant),
  inactiveParticipant: opt(participant),
  participants: opt(listOf(participant)),
  coacheeParticipant: opt(participant),
  coachParticipant: opt(participant),
}) satisfies v.GenericSchema<unknown, CallMetadata>;

/** Schemas of the `DIALER.*` events. */
export const DIALER_EVENT_SCHEMAS = {
  'DIALER.DIALING': open({ from: v.string(), to: v.string() }),
  // Decision 7: any non-empty `type` is kept as sent.
  'DIALER.INCOMING': open({
    type: nonEmptyString,
    callUuid: v.string(),
    from: opt(v.string()),
    to: opt(v.string()),
    transferer: opt(v.string()),
    external: opt(v.string()),
  }),
  // Decision 2: an unknown status or flow is an error; Decision 10 (missing flow) is the reducer's.
  'DIALER.CALL_STATUS': open({
    status: v.picklist(CALL_STATUSES, (issue) => `Unknown call status: received ${issue.received}`),
    flow: opt(v.picklist(CALL_FLOWS, (issue) => `Unknown call flow: received ${issue.received}`)),
  }),
  'DIALER.SYNC': open({ metadata: callMetadata }),
  'DIALER.SET_TAGS_FULFILLED': listOf(tag),
  'DIALER.SET_TAGS_REJECTED': rejectedPayload,
} as const satisfies ServiceEventSchemas<'DIALER'>;
