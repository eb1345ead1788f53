import type {
  AvailabilityStatus,
  BusEvent,
  CallFlow,
  CallMetadata,
  CallStatus,
  Line,
  Participant,
} from '@dialer-kit/core';
import type { IncomingPayload } from '@dialer-kit/core/protocol';
import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import { LINE, TEST_AGENT, TEST_CUSTOMER, TEST_TEAMMATES } from './testData';

/** The id of the call in every scripted SYNC and offer: the simulator's first call id. */
export const TEST_CALL_UUID = 'CA0123456789abcdef0123456789abcdef';

/** A number the agent transfers to (an outside one; a teammate is `client:<id>`). */
export const TEST_TRANSFEREE = '+33612345678';

/** A second outside caller, for a second (concurrent) call. */
export const TEST_SECOND_CALLER = '+14155550188';

/** A teammate's ongoing call the agent may coach, as the simulator offers it. */
export const TEST_COACHABLE_CALL = DEFAULT_SETTINGS.coachableCalls[0]?.callUuid ?? TEST_CALL_UUID;

const teammateId = (index: number): number => TEST_TEAMMATES[index]?.id ?? 0;

/** {@link LINE} as the bus sends it (`USER.LINES_CHANGED`, a SYNC's `line`). */
export const TEST_LINE = {
  id: LINE.id,
  name: LINE.name,
  number: LINE.number,
  normalized: LINE.normalized,
} satisfies Line;

/** A SYNC participant for an outside number. */
export function externalParty(phoneNumber: string, legId: string, isHeld = false): Participant {
  return { external: { phoneNumber }, legId, isHeld, state: 'answering' };
}

/** A SYNC participant for a teammate (default the first of {@link TEST_TEAMMATES}). */
export function teammateParty(
  legId: string,
  id = teammateId(0),
  state: Participant['state'] = 'answering',
  isHeld = false,
): Participant {
  return { user: { id }, legId, isHeld, state };
}

/** SYNC metadata of a regular outgoing call with {@link TEST_CUSTOMER} on {@link TEST_LINE}; override any field. */
export function callMetadata(overrides: Partial<CallMetadata> = {}): CallMetadata {
  return {
    callUuid: TEST_CALL_UUID,
    line: TEST_LINE,
    canControlRecording: true,
    recordingState: 'idle',
    direction: 'outgoing',
    activeParticipant: externalParty(TEST_CUSTOMER, 'leg-customer'),
    ...overrides,
  };
}

/** Well-formed bus events, for a {@link ScriptedBus}'s `push`. */
export const busEvent = {
  /** `DIALER.CALL_STATUS` (`flow` omitted when not given, as the bus does before a call has one). */
  callStatus: (status: CallStatus, flow?: CallFlow): BusEvent =>
    ({ type: 'DIALER.CALL_STATUS', payload: flow === undefined ? { status } : { status, flow } }) as BusEvent,
  /** `DIALER.DIALING`: the bus took the DIAL from {@link TEST_LINE}. */
  dialing: (to: string = TEST_CUSTOMER): BusEvent => ({
    type: 'DIALER.DIALING',
    payload: { from: LINE.normalized, to },
  }),
  /** `DIALER.INCOMING`: an external call from {@link TEST_CUSTOMER} on {@link TEST_LINE}; override any field. */
  incoming: (payload: Partial<IncomingPayload> = {}): BusEvent =>
    ({
      type: 'DIALER.INCOMING',
      payload: {
        type: 'external',
        callUuid: TEST_CALL_UUID,
        from: TEST_CUSTOMER,
        to: LINE.normalized,
        ...payload,
      },
    }) as BusEvent,
  /** `DIALER.SYNC` with `metadata` (see {@link callMetadata}). */
  sync: (metadata: CallMetadata): BusEvent => ({ type: 'DIALER.SYNC', payload: { metadata } }),
  /** A conference SYNC: only `participants`, as the bus sends it in the conference flow. */
  conferenceSync: (...participants: Participant[]): BusEvent => {
    const { activeParticipant: _regularParty, ...rest } = callMetadata();
    return { type: 'DIALER.SYNC', payload: { metadata: { ...rest, participants } } };
  },
  /** `USER.LINES_CHANGED` with `lines` (default {@link TEST_LINE} alone). */
  linesChanged: (lines: readonly Line[] = [TEST_LINE]): BusEvent => ({
    type: 'USER.LINES_CHANGED',
    payload: { lines },
  }),
  /** `USER.AVAILABILITY_CHANGED` of the agent ({@link TEST_AGENT}). */
  availability: (
    status: AvailabilityStatus,
    extra: { wrapUpTimeTtl?: number; wrapUpTimeConfig?: number; updatedAt?: number } = {},
  ): BusEvent => ({
    type: 'USER.AVAILABILITY_CHANGED',
    payload: { userId: TEST_AGENT.id, status, updatedAt: extra.updatedAt ?? Date.now() * 1000, ...extra },
  }),
};
