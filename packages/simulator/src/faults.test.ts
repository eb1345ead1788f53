import { parseBusEvent } from '@dialer-kit/core/protocol';
import { describe, expect, it } from 'vitest';
import { createHarness, type Harness, payloadsOf, statuses } from '../test/harness';
import {
  FAULTABLE_OPERATIONS,
  type FaultableOperation,
  MALFORMED_MESSAGES,
  type MalformedKind,
} from './faults';

const TEAMMATE = 'client:654321';
const inCall = (h: Harness) => {
  h.ready();
  h.outgoingConnected();
  h.take();
};
const inWarmTransfer = (h: Harness) => {
  inCall(h);
  h.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: TEAMMATE } });
  h.bus.transfereeAnswers();
  h.bus.flush();
  h.take();
};

/** Per operation: how to get there, how to attempt it, and what the kit sees when it fails. */
const FAILURES: {
  readonly [K in FaultableOperation]: {
    readonly setup: (h: Harness) => void;
    readonly attempt: (h: Harness) => void;
    readonly seen: (events: ReturnType<Harness['take']>) => void;
  };
} = {
  login: {
    setup: (h) => h.send({ type: 'BUS.REGISTER', payload: { origin: 'o', appName: 'a', release: 'r' } }),
    attempt: (h) => h.send({ type: 'AUTH.EMAIL_AND_PASSWORD', payload: { email: 'e', password: 'p' } }),
    seen: (events) => expect(events.map((e) => e.type)).toEqual(['AUTH.EMAIL_AND_PASSWORD_REJECTED']),
  },
  dial: {
    setup: (h) => h.ready(),
    attempt: (h) => h.send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '+14155550199' } }),
    seen: (events) => expect(statuses(events)).toEqual(['regular/connecting', 'regular/ended']),
  },
  accept: {
    setup: (h) => {
      h.ready();
      h.bus.incomingCall();
    },
    attempt: (h) => h.send({ type: 'DIALER.ACCEPT' }),
    seen: (events) => expect(statuses(events)).toEqual(['regular/accepting', 'regular/ended']),
  },
  hold: {
    setup: inCall,
    attempt: (h) => h.send({ type: 'DIALER.HOLD', payload: { shouldHold: true, legId: h.activeLegId() } }),
    seen: (events) =>
      expect(payloadsOf(events, 'DIALER.SYNC')).toMatchObject([
        { metadata: { activeParticipant: { isHeld: false } } },
      ]),
  },
  record: {
    setup: inCall,
    attempt: (h) => h.send({ type: 'DIALER.SET_RECORDING', payload: { shouldRecord: false } }),
    seen: (events) =>
      expect(payloadsOf(events, 'DIALER.SYNC')).toMatchObject([
        { metadata: { recordingState: 'recording' } },
      ]),
  },
  setTags: {
    setup: inCall,
    attempt: (h) => h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [101] } }),
    seen: (events) => expect(events.map((e) => e.type)).toEqual(['DIALER.SET_TAGS_REJECTED']),
  },
  startWarmTransfer: {
    setup: inCall,
    attempt: (h) => h.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: TEAMMATE } }),
    seen: (events) => expect(statuses(events)).toEqual(['regular/startingWarmTransfer', 'regular/connected']),
  },
  swap: {
    setup: inWarmTransfer,
    attempt: (h) => h.send({ type: 'DIALER.SWAP_PARTICIPANT' }),
    seen: (events) => expect(events.map((e) => e.type)).toEqual(['DIALER.CALL_STATUS', 'DIALER.CALL_STATUS']),
  },
  merge: {
    setup: inWarmTransfer,
    attempt: (h) => h.send({ type: 'DIALER.MERGE_WARM_TRANSFER' }),
    seen: (events) => expect(statuses(events)).toEqual(['warmTransfer/merging', 'warmTransfer/connected']),
  },
  startConcurrent: {
    setup: inCall,
    attempt: (h) => h.send({ type: 'DIALER.START_CONCURRENT_CALL', payload: { to: '+33176360695' } }),
    seen: (events) => expect(statuses(events)).toEqual(['regular/startingConcurrent', 'regular/connected']),
  },
  invite: {
    setup: (h) => {
      inCall(h);
      h.send({ type: 'DIALER.INVITE_PARTICIPANT', payload: { to: '+33176360695' } });
      h.bus.remoteAnswers();
      h.bus.flush();
      h.take();
    },
    attempt: (h) => h.send({ type: 'DIALER.INVITE_PARTICIPANT', payload: { to: '+442079460018' } }),
    seen: (events) =>
      expect(payloadsOf(events, 'DIALER.SYNC')).toMatchObject([
        { metadata: { participants: [{ state: 'answering' }, { state: 'answering' }, { state: 'ended' }] } },
      ]),
  },
  joinCoaching: {
    setup: (h) => h.ready(),
    attempt: (h) =>
      h.send({
        type: 'DIALER.JOIN_COACHING',
        payload: { callUuid: h.bus.settings.coachableCalls[0]?.callUuid ?? '', incognito: false },
      }),
    seen: (events) => expect(statuses(events)).toEqual(['regular/startingCoaching', 'idle']),
  },
  updateAvailability: {
    setup: (h) => h.ready(),
    attempt: (h) => h.send({ type: 'API.UPDATE_AVAILABILITY', payload: { status: 'on_a_break' } }),
    seen: (events) => expect(events.map((e) => e.type)).toEqual(['API.UPDATE_AVAILABILITY_REJECTED']),
  },
  fetchAvailabilities: {
    setup: (h) => h.ready(),
    attempt: (h) => h.send({ type: 'API.FETCH_AVAILABILITIES' }),
    seen: (events) => expect(events.map((e) => e.type)).toEqual(['API.FETCH_AVAILABILITIES_REJECTED']),
  },
  fetchUserAvailability: {
    setup: (h) => h.ready(),
    attempt: (h) =>
      h.send({ type: 'API.FETCH_USER_AVAILABILITY', payload: { variables: { userId: 654321 } } }),
    seen: (events) => expect(events.map((e) => e.type)).toEqual(['API.FETCH_USER_AVAILABILITY_REJECTED']),
  },
  updateCallTags: {
    setup: inCall,
    attempt: (h) =>
      h.send({
        type: 'API.UPDATE_CALL_TAGS',
        payload: { tagIds: [101], callUuid: h.bus.getSnapshot().call?.callUuid ?? '' },
      }),
    seen: (events) => expect(events).toEqual([{ type: 'API.UPDATE_CALL_TAGS_REJECTED' }]),
  },
};

describe('failNext', () => {
  it.each(FAULTABLE_OPERATIONS)('makes the next %s fail the way the bus reports it', (operation) => {
    const h = createHarness();
    const failure = FAILURES[operation];
    failure.setup(h);
    h.take();
    h.bus.failNext(operation);
    expect(h.bus.getSnapshot().armedFaults).toEqual([operation]);
    failure.attempt(h);
    failure.seen(h.take());
    expect(h.bus.getSnapshot().armedFaults).toEqual([]);
  });

  it('makes the next invite from a regular call a conference that never starts', () => {
    const h = createHarness();
    inCall(h);
    h.bus.failNext('invite');
    h.send({ type: 'DIALER.INVITE_PARTICIPANT', payload: { to: '+33176360695' } });
    expect(statuses(h.take())).toEqual(['regular/startingConference', 'regular/connected']);
    expect(h.bus.getSnapshot().armedFaults).toEqual([]);
  });

  it('fails only once: the retry succeeds', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    h.bus.failNext('startWarmTransfer');
    h.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: TEAMMATE } });
    h.take();
    h.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: TEAMMATE } });
    expect(statuses(h.take())).toEqual(['regular/startingWarmTransfer', 'warmTransfer/ringing']);
  });
});

describe('dropCall', () => {
  it('ends a connected call without hanging', () => {
    const h = createHarness();
    inCall(h);
    expect(h.bus.dropCall()).toBe(true);
    h.bus.flush();
    expect(statuses(h.take())).toEqual(['regular/ended']);
  });

  it('leads to mandatory tagging on a tagging line', () => {
    const line = {
      id: 1,
      name: 'L',
      number: '+1 415-555-0123',
      normalized: '+14155550123',
      country_iso: 'US',
    };
    const h = createHarness({ lines: [{ ...line, mandatoryTagging: true }] });
    inCall(h);
    h.bus.dropCall();
    h.bus.flush();
    expect(statuses(h.take())).toEqual(['regular/mandatoryTagging']);
  });

  it('ends an offered call, and does nothing without a call', () => {
    const h = createHarness();
    h.ready();
    expect(h.bus.dropCall()).toBe(false);
    h.bus.incomingCall();
    h.bus.dropCall();
    h.bus.flush();
    expect(statuses(h.take())).toEqual(['regular/ended']);
  });
});

describe('delivery faults', () => {
  it('duplicateNext delivers the next event twice', () => {
    const h = createHarness();
    inCall(h);
    h.bus.duplicateNext();
    h.send({ type: 'DIALER.HANGUP' });
    expect(statuses(h.take())).toEqual(['regular/hanging', 'regular/hanging', 'regular/ended']);
  });

  it('reorderNext swaps the next two events', () => {
    const h = createHarness();
    inCall(h);
    h.bus.reorderNext();
    h.send({ type: 'DIALER.HANGUP' });
    expect(statuses(h.take())).toEqual(['regular/ended', 'regular/hanging']);
  });

  it.each(Object.keys(MALFORMED_MESSAGES) as MalformedKind[])(
    'sendMalformed(%s) emits a message breaking the protocol',
    (kind) => {
      const h = createHarness();
      h.bus.sendMalformed(kind);
      h.bus.flush();
      const [message] = h.take();
      expect(message).toEqual(MALFORMED_MESSAGES[kind]);
      const parsed = parseBusEvent(message);
      if (kind === 'missing-flow') expect(parsed.ok).toBe(true);
      else expect(parsed.ok).toBe(false);
    },
  );

  it('sendRaw emits a message as given, even before REGISTER', () => {
    const h = createHarness();
    h.bus.sendRaw({
      type: 'DIALER.CALL_STATUS',
      payload: { status: 'connected', flow: 'regular' },
      extra: 1,
    });
    h.bus.flush();
    expect(h.take()).toEqual([
      { type: 'DIALER.CALL_STATUS', payload: { status: 'connected', flow: 'regular' }, extra: 1 },
    ]);
  });
});
