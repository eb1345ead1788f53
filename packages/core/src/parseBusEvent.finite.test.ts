import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureMessages, pathsOf } from '../test/property/hostileMessages';
import { concretePaths, numericPaths, replacedAt } from '../test/property/numericFields';
import { BUS_EVENT_TYPES, parseBusEvent } from './parseBusEvent';
import type { BusEventType } from './protocol/events';
import { EVENT_PAYLOAD_SCHEMAS } from './protocol/schemas';

// JSON cannot carry these, but postMessage's structured clone can.
const NOT_FINITE = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN];

const party = (id: number) => ({ legId: `L${id}`, isHeld: false, state: 'answering', user: { id } });
const availability = {
  userId: 123456,
  status: 'after_call_work',
  wrapUpTimeConfig: 30,
  wrapUpTimeTtl: 25,
  updatedAt: 1591884384650050,
};
const fetched = { status: 'available', wrapUpTimeConfig: 30, wrapUpTimeTtl: 0, version: 7 };

/** A valid payload of each event type that declares numbers, with every one of its numbers present. */
const WITH_EVERY_NUMBER: { readonly [K in BusEventType]?: unknown } = {
  'BUS.REGISTER_FULFILLED': { user: { id: 123456 } },
  'AUTH.EMAIL_AND_PASSWORD_FULFILLED': { currentUser: { id: 123456 } },
  'DIALER.SYNC': {
    metadata: {
      id: 17,
      line: { id: 3 },
      me: party(1),
      activeParticipant: party(2),
      inactiveParticipant: party(3),
      participants: [party(4), party(5)],
      coacheeParticipant: party(6),
      coachParticipant: party(7),
    },
  },
  'DIALER.SET_TAGS_FULFILLED': [{ id: 101 }, { id: 102 }],
  'USER.AVAILABILITY_CHANGED': availability,
  'USER.TEAMMATE_AVAILABILITY_CHANGED': { ...availability, userId: 654321 },
  'USER.LINES_CHANGED': { lines: [{ id: 1 }, { id: 2 }] },
  'API.FETCH_AVAILABILITIES_FULFILLED': { 123456: { ...fetched }, 654321: { ...fetched, version: 8 } },
  'API.FETCH_USER_AVAILABILITY_FULFILLED': { userId: 654321, ...fetched },
};

/** Every number every event schema declares, as `[type, concrete path]`. */
const NUMERIC_FIELDS: [BusEventType, string[]][] = BUS_EVENT_TYPES.flatMap((type) =>
  numericPaths(EVENT_PAYLOAD_SCHEMAS[type], 'payload').flatMap((pattern) =>
    concretePaths({ payload: WITH_EVERY_NUMBER[type] }, pattern).map((path): [BusEventType, string[]] => [
      type,
      path,
    ]),
  ),
);

describe('numbers in events', () => {
  it('has a valid sample holding every number of every event schema', () => {
    for (const type of BUS_EVENT_TYPES) {
      for (const pattern of numericPaths(EVENT_PAYLOAD_SCHEMAS[type], 'payload')) {
        const message = { type, payload: WITH_EVERY_NUMBER[type] };
        expect(parseBusEvent(message), type).toMatchObject({ ok: true });
        expect(concretePaths(message, pattern), `${type} ${pattern}`).not.toEqual([]);
      }
    }
    expect(NUMERIC_FIELDS.length).toBeGreaterThan(30);
  });

  it.each([
    ['an infinite wrap-up TTL', 'USER.AVAILABILITY_CHANGED', 'wrapUpTimeTtl', Number.POSITIVE_INFINITY],
    ['an infinite updatedAt', 'USER.AVAILABILITY_CHANGED', 'updatedAt', Number.POSITIVE_INFINITY],
    ['a NaN wrap-up length', 'USER.AVAILABILITY_CHANGED', 'wrapUpTimeConfig', Number.NaN],
    [
      'a minus-infinite version',
      'API.FETCH_USER_AVAILABILITY_FULFILLED',
      'version',
      Number.NEGATIVE_INFINITY,
    ],
  ] as const)('refuses %s, naming the field', (_what, type, field, value) => {
    const payload = { ...(WITH_EVERY_NUMBER[type] as object), [field]: value };
    expect(parseBusEvent({ type, payload })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-payload',
        path: `payload.${field}`,
        message: expect.stringContaining('finite'),
      },
    });
  });

  it('refuses Infinity, -Infinity and NaN in any number any event declares, naming its path', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMERIC_FIELDS),
        fc.constantFrom(...NOT_FINITE),
        ([type, path], value) => {
          const message = replacedAt({ type, payload: WITH_EVERY_NUMBER[type] }, path, value);
          const result = parseBusEvent(message);
          expect(result).toMatchObject({
            ok: false,
            error: { code: 'invalid-payload', path: path.join('.') },
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a documented message with any of its numbers, or a new field, made not finite', () => {
    const nodes = fixtureMessages.flatMap((message) => pathsOf(message).map((path) => ({ message, path })));
    fc.assert(
      fc.property(fc.constantFrom(...nodes), fc.constantFrom(...NOT_FINITE), ({ message, path }, value) => {
        const at = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], message);
        const isObject = typeof at === 'object' && at !== null && !Array.isArray(at);
        if (typeof at !== 'number' && !isObject) return;
        // A number is replaced; an object gets a new key holding the value (kept as sent were it finite).
        const target = typeof at === 'number' ? path : [...path, 'extra'];
        const result = parseBusEvent(replacedAt(message, target, value));
        expect(result).toMatchObject({ ok: false, error: { path: target.join('.') } });
      }),
      { numRuns: 1_000 },
    );
  });
});
