import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyBudget } from '../../../tests/support/propertyBudget';
import type { DialerState } from '../src/state/DialerState';
import { checkInvariants } from '../src/state/invariants';
import { createDialerStore } from '../src/store/createDialerStore';
import type { BusTransport } from '../src/transport/BusTransport';
import { anyValue, extendedMessage, fixtureMessages, mutatedMessage } from './property/hostileMessages';

// Each case builds a store and delivers up to 12 messages: fast-check's default 100 cases keep the file to
// a second or two (DIALER_KIT_PROPERTY_RUNS soaks).
const { numRuns, timeout: TIMEOUT } = propertyBudget(100);
const RUNS = { numRuns };

/** A transport that hands each message to the store as is (no structured clone), hostile getters included. */
function rawTransport() {
  const listeners = new Set<(message: unknown) => void>();
  const transport: BusTransport = {
    send: () => {},
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const deliver = (message: unknown): void => {
    for (const listener of listeners) listener(message);
  };
  return { transport, deliver };
}

/** Everything but the diagnostics, which a rejected message is expected to grow. */
function withoutDiagnostics(state: DialerState): Omit<DialerState, 'diagnostics'> {
  const { diagnostics: _, ...rest } = state;
  return rest;
}

/** A documented message, a mutated one, one with extras, or anything at all. */
const inbound = fc.oneof(fc.constantFrom(...fixtureMessages), mutatedMessage, extendedMessage, anyValue);

describe('the store, for any sequence of inbound messages', () => {
  it(
    'never throws, keeps the invariants, and leaves state unchanged but for a diagnostic on a rejected one',
    () => {
      let rejected = 0;
      let accepted = 0;
      fc.assert(
        fc.property(fc.array(inbound, { minLength: 1, maxLength: 12 }), (messages) => {
          const { transport, deliver } = rawTransport();
          let clock = 1_000;
          const store = createDialerStore({
            transport,
            appName: 'property',
            release: '0',
            origin: 'https://desk.example',
            now: () => (clock += 1_000),
            setTimeout: () => 0,
            clearTimeout: () => {},
          });
          store.start();
          for (const message of messages) {
            const before = store.getState();
            expect(() => deliver(message)).not.toThrow();
            const after = store.getState();
            expect(checkInvariants(after)).toEqual([]);
            const newest = after.diagnostics.items.at(-1);
            const wasRejected =
              after.diagnostics.total > before.diagnostics.total &&
              (newest?.code === 'invalid-message' || newest?.code === 'unknown-type') &&
              withoutDiagnostics(after).call === before.call &&
              after.connection === before.connection;
            if (wasRejected) {
              rejected += 1;
              expect(withoutDiagnostics(after)).toEqual(withoutDiagnostics(before));
            } else accepted += 1;
          }
          store.dispose();
        }),
        RUNS,
      );
      // Both paths must have been exercised for the property to mean anything (each is about half).
      expect(rejected).toBeGreaterThan((rejected + accepted) / 4);
      expect(accepted).toBeGreaterThan((rejected + accepted) / 4);
    },
    TIMEOUT,
  );
});
