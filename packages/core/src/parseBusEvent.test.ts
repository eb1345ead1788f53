import { describe, expect, it } from 'vitest';
import flows from '../test/fixtures/flows.json';
import { BUS_EVENT_TYPES, isBusEventType } from './parseBusEvent';
import { errorOf, eventOf } from './parseBusEvent.test-helper';
import type { BusEventType } from './protocol/events';

const FLOWS: Record<string, readonly unknown[]> = flows;
const fixtureMessages = Object.values(FLOWS).flat() as { type: string; payload?: unknown }[];

/** Samples for the types no fixture shows. */
const EXTRA_SAMPLES: { type: BusEventType; payload?: unknown }[] = [
  { type: 'BUS.REGISTER_REJECTED', payload: { error: 'origin refused' } },
  { type: 'API.UPDATE_AVAILABILITY_FULFILLED' },
  { type: 'API.UPDATE_AVAILABILITY_REJECTED', payload: { error: { message: 'in call', code: 'E_BUSY' } } },
  { type: 'API.FETCH_AVAILABILITIES_REJECTED' },
];

function sampleOf(type: BusEventType): { type: string; payload?: unknown } {
  const sample = [...fixtureMessages, ...EXTRA_SAMPLES].find((message) => message.type === type);
  if (!sample) throw new Error(`no sample for ${type}`);
  return structuredClone(sample);
}

describe('with the documented flows', () => {
  it.each(Object.entries(FLOWS))('accepts every message of %s unchanged', (_name, messages) => {
    for (const message of messages) {
      const event = eventOf(message);
      expect(event).toEqual(message);
      expect(event).not.toBe(message);
    }
  });

  it('gives fresh events, frozen all through, and leaves the message as it was', () => {
    const isDeepFrozen = (value: unknown): boolean =>
      typeof value !== 'object' ||
      value === null ||
      (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));
    for (const message of Object.values(FLOWS).flat()) {
      expect(isDeepFrozen(eventOf(message))).toBe(true);
      expect(Object.isFrozen(message)).toBe(false);
    }
  });

  it('covers the 48 documented flows', () => {
    expect(Object.keys(FLOWS)).toHaveLength(48);
  });
});

describe.each(BUS_EVENT_TYPES)('for %s', (type) => {
  it('accepts a valid sample', () => {
    expect(eventOf(sampleOf(type))).toEqual(sampleOf(type));
  });

  it('keeps unknown fields and drops nothing else', () => {
    const sample = sampleOf(type);
    const payload = sample.payload;
    // A list or a map by user id keeps unknown fields in its items.
    if (Array.isArray(payload)) payload[0].color = 'green';
    else if (type === 'API.FETCH_AVAILABILITIES_FULFILLED')
      Object.values(payload as object)[0].color = 'green';
    else if (payload && typeof payload === 'object')
      Object.assign(payload, { extra: { nested: [1, 'two'] } });
    else sample.payload = undefined;
    expect(eventOf(sample)).toEqual(sample);
  });
});

describe('with a malformed envelope', () => {
  it.each([null, 42, 'DIALER.SYNC', [], new Date(0), () => 1])('refuses %p as not an object', (input) => {
    expect(errorOf(input)).toMatchObject({ code: 'not-an-object', path: '' });
  });

  it.each<[unknown, string]>([
    [{}, 'a missing type'],
    [{ type: 7 }, 'a number type'],
    [{ type: 'dialer.sync' }, 'a lower-case type'],
    [{ type: 'SYNC' }, 'a type without a service'],
  ])('refuses %j (%s) as an invalid envelope at type', (input) => {
    expect(errorOf(input)).toMatchObject({ code: 'invalid-envelope', path: 'type' });
  });

  it('refuses a well-formed but unknown type as unknown-type', () => {
    expect(errorOf({ type: 'DIALER.TELEPORT' })).toEqual({
      code: 'unknown-type',
      path: 'type',
      message: expect.stringContaining('DIALER.TELEPORT'),
      messageType: 'DIALER.TELEPORT',
    });
  });

  it('refuses a meta that is not an object', () => {
    expect(errorOf({ type: 'BUS.INIT_FULFILLED', meta: [1] })).toMatchObject({
      code: 'invalid-envelope',
      path: 'meta',
      messageType: 'BUS.INIT_FULFILLED',
    });
  });

  it('keeps an object meta and drops other envelope keys', () => {
    expect(eventOf({ type: 'BUS.INIT_FULFILLED', meta: { at: 1 }, id: 9 })).toEqual({
      type: 'BUS.INIT_FULFILLED',
      meta: { at: 1 },
    });
  });
});

describe('with a payload on an event that carries none', () => {
  it('drops the payload', () => {
    const event = eventOf({ type: 'AUTH.REFRESH_TOKEN_EXPIRED', payload: { reason: 'expired' } });
    expect(event).toEqual({ type: 'AUTH.REFRESH_TOKEN_EXPIRED' });
    expect('payload' in event).toBe(false);
  });
});

const status = (payload: unknown) => ({ type: 'DIALER.CALL_STATUS', payload });
const sync = (metadata: unknown) => ({ type: 'DIALER.SYNC', payload: { metadata } });
const party = { legId: 'CA1', isHeld: false, state: 'answering' };
const availability = { userId: 1, status: 'available', updatedAt: 1 };

describe('with a malformed payload', () => {
  it.each([
    ['an unknown call status', status({ status: 'flying', flow: 'regular' }), 'payload.status'],
    ['an unknown flow', status({ status: 'connected', flow: 'party' }), 'payload.flow'],
    ['a missing status', status({ flow: 'regular' }), 'payload.status'],
    ['no CALL_STATUS payload', { type: 'DIALER.CALL_STATUS' }, 'payload'],
    ['a null CALL_STATUS payload', status(null), 'payload'],
    ['a DIALING without to', { type: 'DIALER.DIALING', payload: { from: '+1' } }, 'payload.to'],
    [
      'an empty INCOMING type',
      { type: 'DIALER.INCOMING', payload: { type: '', callUuid: 'CA' } },
      'payload.type',
    ],
    [
      'an INCOMING without callUuid',
      { type: 'DIALER.INCOMING', payload: { type: 'external' } },
      'payload.callUuid',
    ],
    ['a SYNC without metadata', { type: 'DIALER.SYNC', payload: {} }, 'payload.metadata'],
    [
      'a numeric legId',
      sync({ activeParticipant: { ...party, legId: 4 } }),
      'payload.metadata.activeParticipant.legId',
    ],
    ['a string isHeld', sync({ me: { ...party, isHeld: 'no' } }), 'payload.metadata.me.isHeld'],
    [
      'an unknown participant state',
      sync({ participants: [party, { ...party, state: 'gone' }] }),
      'payload.metadata.participants.1.state',
    ],
    ['an unknown recording state', sync({ recordingState: 'on' }), 'payload.metadata.recordingState'],
    ['a string line id', sync({ line: { id: '48211' } }), 'payload.metadata.line.id'],
    ['a participants object', sync({ participants: { 0: party } }), 'payload.metadata.participants'],
    ['tags as an object', { type: 'DIALER.SET_TAGS_FULFILLED', payload: { tags: [] } }, 'payload'],
    ['a tag without id', { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ name: 'x' }] }, 'payload.0.id'],
    ['a numeric error', { type: 'DIALER.SET_TAGS_REJECTED', payload: { error: 500 } }, 'payload.error'],
    [
      'an empty availability',
      { type: 'USER.AVAILABILITY_CHANGED', payload: { ...availability, status: '' } },
      'payload.status',
    ],
    [
      'a string userId',
      { type: 'USER.TEAMMATE_AVAILABILITY_CHANGED', payload: { ...availability, userId: '1' } },
      'payload.userId',
    ],
    [
      'no updatedAt',
      { type: 'USER.AVAILABILITY_CHANGED', payload: { userId: 1, status: 'available' } },
      'payload.updatedAt',
    ],
    [
      'a line without id',
      { type: 'USER.LINES_CHANGED', payload: { lines: [{ name: 'Sales' }] } },
      'payload.lines.0.id',
    ],
    ['availabilities as an array', { type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: [] }, 'payload'],
    [
      'an availability without version',
      { type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: { 7: { status: 'available' } } },
      'payload.7.version',
    ],
    [
      'a fetched availability without userId',
      { type: 'API.FETCH_USER_AVAILABILITY_FULFILLED', payload: { status: 'available', version: 1 } },
      'payload.userId',
    ],
    [
      'a string user id',
      { type: 'BUS.REGISTER_FULFILLED', payload: { user: { id: '1' } } },
      'payload.user.id',
    ],
    [
      'a company array',
      { type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { company: [] } },
      'payload.company',
    ],
    ['a numeric idToken', { type: 'AUTH.TOKEN_REFRESHED', payload: { idToken: 1 } }, 'payload.idToken'],
  ])('refuses %s', (_what, input, path) => {
    const error = errorOf(input);
    expect(error).toMatchObject({ code: 'invalid-payload', path, messageType: input.type });
    expect(error.message).toContain(path);
  });

  it('names the unknown status value in the message', () => {
    expect(errorOf(status({ status: 'flying', flow: 'regular' })).message).toContain('"flying"');
  });
});

describe('with values the protocol leaves open', () => {
  it.each([
    ['an idle status without flow', status({ status: 'idle' })],
    ['a non-idle status without flow (Decision 10)', status({ status: 'connected' })],
    [
      'an unknown incoming type (Decision 7)',
      { type: 'DIALER.INCOMING', payload: { type: 'callback', callUuid: 'CA' } },
    ],
    [
      'an unknown availability status (Decision 8)',
      { type: 'USER.AVAILABILITY_CHANGED', payload: { ...availability, status: 'lunch' } },
    ],
    ['a rejection without payload', { type: 'DIALER.SET_TAGS_REJECTED' }],
    [
      'a rejection with a string error',
      { type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED', payload: { error: 'nope' } },
    ],
  ])('accepts %s', (_what, input) => {
    expect(eventOf(input)).toEqual(input);
  });

  it('treats an undefined flow as absent', () => {
    expect(eventOf(status({ status: 'idle', flow: undefined }))).toStrictEqual(status({ status: 'idle' }));
  });
});

describe('the list of event types', () => {
  it('holds every type the fixtures use, each once', () => {
    for (const message of fixtureMessages) expect(BUS_EVENT_TYPES).toContain(message.type);
    expect(new Set(BUS_EVENT_TYPES).size).toBe(BUS_EVENT_TYPES.length);
  });

  it('recognises event types and nothing else', () => {
    expect(isBusEventType('DIALER.CALL_STATUS')).toBe(true);
    expect(isBusEventType('DIALER.DIAL')).toBe(false);
    expect(isBusEventType('toString')).toBe(false);
    expect(isBusEventType(42)).toBe(false);
  });
});
