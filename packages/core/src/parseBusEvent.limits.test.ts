import { describe, expect, it } from 'vitest';
import { throwingProxy } from '../../../tests/support/throwingProxy';
import { errorOf, eventOf } from './parseBusEvent.test-helper';

const sync = (metadata: unknown) => ({ type: 'DIALER.SYNC', payload: { metadata } });
const party = { legId: 'CA1', isHeld: false, state: 'answering' };

describe('with oversize input', () => {
  it.each([
    ['a 5 MB string', sync({ from: 'x'.repeat(5_000_000) }), 'payload.metadata.from'],
    [
      'a 100 000-item array',
      sync({ participants: Array.from({ length: 100_000 }, () => party) }),
      'payload.metadata.participants',
    ],
    [
      'an object with 1 001 keys',
      sync(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i]))),
      'payload.metadata',
    ],
    ['a 20 000-character type', { type: `DIALER.${'A'.repeat(20_000)}` }, 'type'],
  ])('refuses %s fast as too-large', (_what, input, path) => {
    const started = performance.now();
    expect(errorOf(input)).toMatchObject({ code: 'too-large', path });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('accepts the largest documented payload: availabilities of 1 000 teammates', () => {
    const teammates = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [
        String(i + 1),
        { status: 'auto', wrapUpTimeConfig: 30, wrapUpTimeTtl: 10, version: 3 },
      ]),
    );
    const event = eventOf({ type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: teammates });
    expect(event.type === 'API.FETCH_AVAILABILITIES_FULFILLED' && Object.keys(event.payload)).toHaveLength(
      1000,
    );
  });

  it('refuses a message of more than 6 000 values, each container within its own limit', () => {
    const extra = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`k${i}`, Array.from({ length: 20 }, (_, j) => j)]),
    );
    expect(errorOf(sync({ extra }))).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('more than 6000 values'),
    });
  });

  it('refuses nesting deeper than 32 levels', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 40; level += 1) deep = { deep };
    expect(errorOf(sync({ deep })).code).toBe('too-large');
  });

  it('refuses a small graph of shared references that would expand exponentially', () => {
    let node: unknown = 'leaf';
    for (let level = 0; level < 30; level += 1) node = { left: node, right: node };
    expect(errorOf(sync({ node })).code).toBe('too-large');
  });
});

describe('with hostile input', () => {
  it('refuses a cyclic payload', () => {
    const metadata: { self?: unknown } = {};
    metadata.self = metadata;
    expect(errorOf(sync(metadata))).toMatchObject({ code: 'invalid-payload', path: 'payload.metadata.self' });
  });

  it('refuses a getter that throws, naming its path', () => {
    const metadata = Object.defineProperty({}, 'from', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(errorOf(sync(metadata))).toMatchObject({ code: 'invalid-payload', path: 'payload.metadata.from' });
  });

  it('reads a getter once, so that validation and the event see the same value', () => {
    let reads = 0;
    const metadata = Object.defineProperty({ to: '+14155550123' }, 'from', {
      enumerable: true,
      get() {
        reads += 1;
        return '+14155550199';
      },
    });
    expect(eventOf(sync(metadata))).toEqual(sync({ to: '+14155550123', from: '+14155550199' }));
    expect(reads).toBe(1);
  });

  it('refuses a proxy whose every trap throws', () => {
    const hostile = throwingProxy();
    expect(errorOf(hostile).code).toBe('invalid-envelope');
    expect(errorOf({ type: 'DIALER.SYNC', payload: hostile })).toMatchObject({
      code: 'invalid-payload',
      path: 'payload',
    });
  });

  it.each([
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['a class instance', new Map()],
  ])('refuses %s inside a payload', (_what, value) => {
    expect(errorOf(sync({ value }))).toMatchObject({
      code: 'invalid-payload',
      path: 'payload.metadata.value',
    });
  });

  it('drops __proto__ keys without touching any prototype', () => {
    const input = JSON.parse('{"type":"DIALER.SYNC","payload":{"metadata":{"__proto__":{"polluted":true}}}}');
    const event = eventOf(input);
    expect(event).toEqual({ type: 'DIALER.SYNC', payload: { metadata: {} } });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('returns fresh objects the caller cannot change afterwards', () => {
    const external = { phoneNumber: '+1' };
    const event = eventOf(sync({ activeParticipant: { ...party, external } }));
    external.phoneNumber = '+2';
    expect(event).toEqual(sync({ activeParticipant: { ...party, external: { phoneNumber: '+1' } } }));
  });
});
