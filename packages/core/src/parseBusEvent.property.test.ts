import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyBudget } from '../../../tests/support/propertyBudget';
import { anyValue, extendedMessage, mutatedMessage } from '../test/property/hostileMessages';
import { BUS_EVENT_TYPES, type ParseResult, parseBusEvent } from './parseBusEvent';
import { CALL_FLOWS, CALL_STATUSES } from './protocol/enums';

// One parse per case is cheap: 1 000 keep the file to a few seconds (DIALER_KIT_PROPERTY_RUNS soaks).
const { numRuns, timeout: TIMEOUT } = propertyBudget(1_000);
const RUNS = { numRuns };
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
