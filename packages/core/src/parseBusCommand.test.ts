import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyBudget } from '../../../tests/support/propertyBudget';
import { concretePaths, numericPaths, replacedAt } from '../test/property/numericFields';
import { BUS_COMMAND_TYPES, isBusCommandType, parseBusCommand } from './parseBusCommand';
import type { BusCommandPayloadMap, BusCommandType } from './protocol/commands';
import { COMMAND_PAYLOAD_SCHEMAS } from './protocol/schemas';

/** One valid payload per command (`undefined`: no payload key). */
const SAMPLES: { readonly [K in BusCommandType]: BusCommandPayloadMap[K] } = {
  'BUS.REGISTER': { origin: 'https://agent.example.com', appName: 'desk', release: '1.0.0' },
  'BUS.INIT': { services: ['AUTH', 'USER', 'DIALER'] },
  'BUS.DESTROY': { services: ['DIALER'] },
  'AUTH.EMAIL_AND_PASSWORD': { email: 'jane@example.com', password: 'secret' },
  'DIALER.DIAL': { from: '+14155550123', to: 'client:654321' },
  'DIALER.ACCEPT': undefined,
  'DIALER.REJECT': undefined,
  'DIALER.HANGUP': undefined,
  'DIALER.HOLD': { shouldHold: true, legId: 'CA99' },
  'DIALER.MUTE': { shouldMute: false },
  'DIALER.SET_RECORDING': { shouldRecord: true },
  'DIALER.SET_TAGS': { tagIds: [101, 102] },
  'DIALER.RESET': undefined,
  'DIALER.START_WARM_TRANSFER': { to: 'client:654321' },
  'DIALER.SWAP_PARTICIPANT': undefined,
  'DIALER.MERGE_WARM_TRANSFER': undefined,
  'DIALER.START_CONCURRENT_CALL': { to: '+14155550199' },
  'DIALER.INVITE_PARTICIPANT': { to: '+14155550199' },
  'DIALER.KICK_PARTICIPANT': { legId: 'CA99' },
  'DIALER.JOIN_COACHING': { callUuid: 'CA3f', incognito: true },
  'API.UPDATE_AVAILABILITY': { status: 'on_a_break' },
  'API.FETCH_AVAILABILITIES': undefined,
  'API.FETCH_USER_AVAILABILITY': { variables: { userId: 654321 } },
  'API.UPDATE_CALL_TAGS': { tagIds: [101], callUuid: 'CA3f' },
};

function commandOf(type: BusCommandType) {
  const payload = SAMPLES[type];
  return payload === undefined ? { type } : { type, payload: structuredClone(payload) };
}

function errorOf(input: unknown) {
  const result = parseBusCommand(input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.command)}`);
  return result.error;
}

describe.each(BUS_COMMAND_TYPES)('for %s', (type) => {
  it('accepts a valid command as a fresh copy', () => {
    const input = commandOf(type);
    const result = parseBusCommand(input);
    expect(result).toEqual({ ok: true, command: input });
    expect(result.ok && result.command).not.toBe(input);
  });
});

describe('with tracking meta', () => {
  it('accepts a documented dialing mode and keeps other meta', () => {
    const input = { ...commandOf('DIALER.DIAL'), meta: { tracking: { dialing_mode: 'manual' }, trace: 'x' } };
    expect(parseBusCommand(input)).toEqual({ ok: true, command: input });
  });

  it('refuses an unknown call mode at its path', () => {
    expect(errorOf({ type: 'DIALER.ACCEPT', meta: { tracking: { call_mode: 'telepathy' } } })).toMatchObject({
      code: 'invalid-envelope',
      path: 'meta.tracking.call_mode',
      messageType: 'DIALER.ACCEPT',
    });
  });
});

describe('with a malformed command', () => {
  it.each<[string, unknown, string]>([
    ['a DIAL without to', { type: 'DIALER.DIAL', payload: { from: '+1' } }, 'payload.to'],
    ['a DIAL to an empty number', { type: 'DIALER.DIAL', payload: { from: '+1', to: '' } }, 'payload.to'],
    [
      'a HOLD with a string shouldHold',
      { type: 'DIALER.HOLD', payload: { shouldHold: 'yes', legId: 'CA' } },
      'payload.shouldHold',
    ],
    [
      'a HOLD with an unknown field',
      { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'CA', all: true } },
      'payload.all',
    ],
    ['an ACCEPT with a payload', { type: 'DIALER.ACCEPT', payload: {} }, 'payload'],
    ['a MUTE without payload', { type: 'DIALER.MUTE' }, 'payload'],
    [
      'an unknown service',
      { type: 'BUS.INIT', payload: { services: ['AUTH', 'PHONE'] } },
      'payload.services.1',
    ],
    ['a string tag id', { type: 'DIALER.SET_TAGS', payload: { tagIds: ['101'] } }, 'payload.tagIds.0'],
    [
      'an availability status as setting',
      { type: 'API.UPDATE_AVAILABILITY', payload: { status: 'available' } },
      'payload.status',
    ],
    [
      'a fetch without userId',
      { type: 'API.FETCH_USER_AVAILABILITY', payload: { variables: {} } },
      'payload.variables.userId',
    ],
    [
      'a coaching join without incognito',
      { type: 'DIALER.JOIN_COACHING', payload: { callUuid: 'CA' } },
      'payload.incognito',
    ],
  ])('refuses %s', (_what, input, path) => {
    expect(errorOf(input)).toMatchObject({ code: 'invalid-payload', path });
  });

  it('names an unknown field as unexpected', () => {
    const input = { type: 'DIALER.MUTE', payload: { shouldMute: true, loud: 1 } };
    expect(errorOf(input).message).toContain('unexpected field');
  });

  it('refuses an event type as unknown-type', () => {
    expect(errorOf({ type: 'DIALER.CALL_STATUS', payload: { status: 'idle' } })).toMatchObject({
      code: 'unknown-type',
      path: 'type',
    });
  });

  it('refuses a non-object as not-an-object', () => {
    expect(errorOf('DIALER.HANGUP').code).toBe('not-an-object');
  });
});

describe('with a number that is not finite', () => {
  const fields = BUS_COMMAND_TYPES.flatMap((type) =>
    numericPaths(COMMAND_PAYLOAD_SCHEMAS[type], 'payload').flatMap((pattern) =>
      concretePaths(commandOf(type), pattern).map((path): [BusCommandType, string[]] => [type, path]),
    ),
  );

  it('has a sample holding every number of every command schema', () => {
    expect(fields.map(([type, path]) => `${type} ${path.join('.')}`)).toEqual([
      'DIALER.SET_TAGS payload.tagIds.0',
      'DIALER.SET_TAGS payload.tagIds.1',
      'API.FETCH_USER_AVAILABILITY payload.variables.userId',
      'API.UPDATE_CALL_TAGS payload.tagIds.0',
    ]);
  });

  it.each(
    fields.flatMap(([type, path]) =>
      [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN].map(
        (value) => [type, path.join('.'), value, path] as const,
      ),
    ),
  )('refuses %s with %s set to %d, naming the field', (type, dotted, value, path) => {
    expect(errorOf(replacedAt(commandOf(type), path, value))).toMatchObject({
      code: 'invalid-payload',
      path: dotted,
      message: expect.stringContaining('finite'),
    });
  });
});

describe('the list of command types', () => {
  it('holds every command once', () => {
    expect([...BUS_COMMAND_TYPES].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('recognises command types and nothing else', () => {
    expect(isBusCommandType('DIALER.DIAL')).toBe(true);
    expect(isBusCommandType('DIALER.SYNC')).toBe(false);
    expect(isBusCommandType(undefined)).toBe(false);
  });
});

describe('with arbitrary input', () => {
  const { numRuns, timeout } = propertyBudget(1_000);
  it('never throws and answers ok xor an error with a message', { timeout }, () => {
    const envelope = fc.record(
      { type: fc.constantFrom(...BUS_COMMAND_TYPES), payload: fc.anything() },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), envelope), (input) => {
        const result = parseBusCommand(input);
        return result.ok ? 'command' in result : result.error.message.length > 0;
      }),
      { numRuns },
    );
  });
});
