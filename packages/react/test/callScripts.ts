import type { CallMetadata, Line, Participant } from '../../core/src/protocol/entities';
import type { TagOption } from '../src/provider/DialerContext';
import { busEvent, type FakeBus } from './fakeBus';

/** Numbers and ids the component tests share. */
export const CUSTOMER = '+14155550199';
export const TRANSFEREE = '+33612345678';
/** The call's id in every script's SYNC. */
export const CALL_UUID = 'CA0123456789abcdef0123456789abcdef';
export const LINE: Line = {
  id: 7,
  name: 'Support line',
  number: '+33 1 23 45 67 89',
  normalized: '+33123456789',
};
export const TAGS: readonly TagOption[] = [
  { id: 1, name: 'Sales' },
  { id: 2, name: 'Support' },
  { id: 3, name: 'Billing' },
];

/** A SYNC participant for an external number. */
export function external(phoneNumber: string, legId: string, isHeld = false): Participant {
  return { external: { phoneNumber }, legId, isHeld, state: 'answering' };
}

/** SYNC metadata of a regular call with the customer on `LINE`; override any field. */
export function metadata(overrides: Partial<CallMetadata> = {}): CallMetadata {
  return {
    callUuid: CALL_UUID,
    line: LINE,
    canControlRecording: true,
    recordingState: 'idle',
    direction: 'outgoing',
    activeParticipant: external(CUSTOMER, 'leg-customer'),
    ...overrides,
  };
}

/** `USER.LINES_CHANGED` with the agent's one line (needed to dial). */
export const linesChanged = { type: 'USER.LINES_CHANGED', payload: { lines: [LINE] } };

/** Sequences of bus events that bring a call to a given point. */
export const script = {
  /** DIAL acknowledged: DIALING, then `regular/connecting`. */
  dialing(bus: FakeBus, to = CUSTOMER): void {
    bus.push(
      { type: 'DIALER.DIALING', payload: { from: LINE.normalized, to } },
      busEvent.callStatus('connecting', 'regular'),
    );
  },
  /** A regular connected call with its SYNC. */
  connected(bus: FakeBus, meta: Partial<CallMetadata> = {}): void {
    bus.push(busEvent.callStatus('connected', 'regular'), busEvent.sync(metadata(meta)));
  },
  /** The call hung up and mandatory tagging required. */
  mandatoryTagging(bus: FakeBus): void {
    script.connected(bus);
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('mandatoryTagging', 'regular'));
  },
  /** The call hung up without tagging. */
  ended(bus: FakeBus): void {
    script.connected(bus);
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('ended', 'regular'));
  },
  /** A warm transfer in which the agent talks with the transferee and the customer is on hold. */
  warmTransferConnected(bus: FakeBus): void {
    script.connected(bus);
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
      busEvent.sync(
        metadata({
          activeParticipant: external(TRANSFEREE, 'leg-transferee'),
          inactiveParticipant: external(CUSTOMER, 'leg-customer', true),
        }),
      ),
    );
  },
};
