import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import flows from '../test/fixtures/flows.json';
import { BUS_EVENT_TYPES, type ParseResult, parseBusEvent } from './parseBusEvent';
import { CALL_FLOWS, CALL_STATUSES } from './protocol/enums';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 30_000;
type Json = { [key: string]: unknown } | unknown[];
const fixtureMessages: readonly Json[] = Object.values(flows as Record<string, Json[]>).flat();

/** Every value of fast-check's `anything`, including dates, maps, typed arrays and null prototypes. */
const anyValue = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

function isContainer(value: unknown): value is Json {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === null || proto === Object.prototype;
}

/** Paths (lists of keys) to every node of a message inside plain objects and arrays, the root excluded. */
function pathsOf(value: unknown, at: string[] = []): string[][] {
  if (!isContainer(value)) return [];
  return Object.keys(value).flatMap((key) => [
    [...at, key],
    ...pathsOf((value as Json)[key as never], [...at, key]),
  ]);
}

type Mutation = {
  readonly pick: number;
  readonly op: 'delete' | 'replace' | 'retype' | 'trap';
  readonly value: unknown;
};

function retype(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return { ...value };
  return value === null ? {} : [value];
}

/** Applies mutations at random depths to a copy of `message`. */
function mutate(message: Json, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(message);
  // A trapped getter throws when read, so at most one trap is set, after the other mutations.
  const traps = mutations.filter((step) => step.op === 'trap').slice(0, 1);
  for (const { pick, op, value } of [...mutations.filter((step) => step.op !== 'trap'), ...traps]) {
    const paths = pathsOf(copy);
    const path = paths[pick % paths.length];
    if (!path) continue;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key as never], copy) as {
      [key: string]: unknown;
    };
    const key = path[path.length - 1] as string;
    if (op === 'delete') delete parent[key];
    else if (op === 'replace') parent[key] = value;
    else if (op === 'retype') parent[key] = retype(parent[key]);
    else
      Object.defineProperty(parent, key, {
        enumerable: true,
        get: () => {
          throw new Error('trap');
        },
      });
  }
  return copy;
}

const mutation = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'retype', 'trap'),
  value: anyValue,
}) as fc.Arbitrary<Mutation>;
const mutatedMessage = fc
  .tuple(fc.constantFrom(...fixtureMessages), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([message, mutations]) => mutate(message, mutations));
/** A documented message with JSON extras added to its payload at random depths (mostly still valid). */
const extendedMessage = fc
  .tuple(
    fc.constantFrom(...fixtureMessages),
    fc.array(fc.tuple(fc.nat(), fc.string(), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 3 }),
  )
  .map(([message, extras]) => {
    const copy = structuredClone(message);
    const targets = pathsOf(copy).filter((path) => path[0] === 'payload');
    for (const [pick, key, value] of extras) {
      const path = targets[pick % targets.length] ?? [];
      const target = path.reduce<unknown>((node, step) => (node as Json)[step as never], copy);
      if (isContainer(target) && !Array.isArray(target)) target[key] = value;
    }
    return copy;
  });
const anyObject = fc.oneof(anyValue, fc.dictionary(fc.string(), anyValue, { maxKeys: 5 }));
/** Envelopes of known types with arbitrary payloads and metas. */
const arbitraryEnvelope = fc.record(
  { type: fc.constantFrom(...BUS_EVENT_TYPES), payload: anyObject, meta: anyObject },
  { requiredKeys: ['type'] },
);

function isWellFormed(result: ParseResult): boolean {
  if (result.ok) return 'event' in result && !('error' in result);
  return !('event' in result) && result.error.message.length > 0;
}

describe('parseBusEvent', () => {
  it.each([
    ['anything', anyValue],
    ['an envelope of a known type with any payload', arbitraryEnvelope],
    ['a documented message mutated at random depth', mutatedMessage],
  ])(
    'never throws and answers ok xor an error with a message, on %s',
    (_what, input) => {
      fc.assert(
        fc.property(input, (value) => isWellFormed(parseBusEvent(value))),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it.each([
    ['an envelope of a known type with any payload', arbitraryEnvelope],
    ['a documented message mutated at random depth', mutatedMessage],
    ['a documented message with extra fields', extendedMessage],
  ])(
    're-parses an accepted event to an equal event, on %s',
    (_what, input) => {
      fc.assert(
        fc.property(input, (value) => {
          const first = parseBusEvent(value);
          if (!first.ok) return;
          expect(parseBusEvent(first.event)).toEqual(first);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'refuses any unknown status at payload.status',
    () => {
      const statuses: readonly unknown[] = CALL_STATUSES;
      const unknownStatus = anyValue.filter((value) => !statuses.includes(value));
      fc.assert(
        fc.property(
          unknownStatus,
          fc.option(fc.constantFrom(...CALL_FLOWS), { nil: undefined }),
          (status, flow) => {
            const error = parseBusEvent({ type: 'DIALER.CALL_STATUS', payload: { status, flow } });
            expect(error).toMatchObject({
              ok: false,
              error: { code: 'invalid-payload', path: 'payload.status' },
            });
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'refuses any unknown flow at payload.flow',
    () => {
      const flowValues: readonly unknown[] = CALL_FLOWS;
      const unknownFlow = anyValue.filter((value) => value !== undefined && !flowValues.includes(value));
      fc.assert(
        fc.property(fc.constantFrom(...CALL_STATUSES), unknownFlow, (status, flow) => {
          const error = parseBusEvent({ type: 'DIALER.CALL_STATUS', payload: { status, flow } });
          expect(error).toMatchObject({
            ok: false,
            error: { code: 'invalid-payload', path: 'payload.flow' },
          });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
