import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { propertyBudget } from '../../../tests/support/propertyBudget';
import { parseBusEvent } from '../src/parseBusEvent';
import { CALL_FLOWS, CALL_STATUSES, type CallStatus } from '../src/protocol/enums';
import { reduceDialer } from '../src/reduceDialer';
import { HANDLERS } from '../src/reducer/handlers';
import type { DialerEvent } from '../src/reducer/types';
import { UNCHANGED } from '../src/reducer/unchanged';
import { createInitialState } from '../src/state/createInitialState';
import type { DialerState } from '../src/state/DialerState';
import { checkInvariants } from '../src/state/invariants';
import { busEvent, callStatus, dialerEvent, sync } from './property/arbitraries';

// Each case folds up to 80 events: 200 keep the file to a few seconds (DIALER_KIT_PROPERTY_RUNS soaks).
const { numRuns, timeout: TIMEOUT } = propertyBudget(200);
const RUNS = { numRuns };

/** Folds events; the n-th arrives at `(n + 1) * 1 000` unless it brings its own time. */
function fold(
  events: readonly (DialerEvent | { event: DialerEvent; at: number })[],
  state = createInitialState(),
): DialerState {
  return events.reduce<DialerState>((current, item, index) => {
    const { event, at } = 'event' in item ? item : { event: item, at: (index + 1) * 1_000 };
    return reduceDialer(current, event, at);
  }, state);
}

/** What the store does with an inbound message: the parsed event, or a `kit/messageRejected`. */
function receive(message: unknown): DialerEvent {
  const result = parseBusEvent(message);
  return result.ok ? result.event : { type: 'kit/messageRejected', payload: { error: result.error } };
}

/** The path of the first object under `value` that is not frozen, or `undefined` when all are. */
function unfrozenPath(value: unknown, path = 'state'): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (!Object.isFrozen(value)) return path;
  for (const [key, item] of Object.entries(value)) {
    const found = unfrozenPath(item, `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The state without its diagnostics. */
function withoutDiagnostics(state: DialerState): Omit<DialerState, 'diagnostics'> {
  const { diagnostics: _, ...rest } = state;
  return rest;
}

describe('reduceDialer, for any sequence of valid events', () => {
  it(
    'returns a state frozen through and through, also when the events it keeps from are not frozen',
    () => {
      fc.assert(
        fc.property(fc.array(dialerEvent, { maxLength: 40 }), (events) => {
          let state = createInitialState({ diagnosticsLimit: 5 });
          events.forEach((event, index) => {
            // Not through the parser, which freezes what it returns: the reducer freezes what it keeps.
            const next = reduceDialer(state, structuredClone(event), (index + 1) * 1_000);
            // The initial state is the caller's; a state the reducer made is frozen, all of it.
            if (next !== state) expect(unfrozenPath(next)).toBeUndefined();
            state = next;
          });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'never throws and always keeps the state invariants',
    () => {
      fc.assert(
        fc.property(fc.array(dialerEvent, { maxLength: 40 }), (events) => {
          let state = createInitialState({ diagnosticsLimit: 5 });
          events.forEach((event, index) => {
            // Bus events go through validation as in the store (and must pass it); kit events are the kit's own.
            const received = event.type.startsWith('kit/') ? event : receive(event);
            expect(received.type).toBe(event.type);
            state = reduceDialer(state, received, (index + 1) * 1_000);
            expect(checkInvariants(state)).toEqual([]);
          });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'ends in the same state when every event is delivered twice',
    () => {
      fc.assert(
        fc.property(fc.array(dialerEvent, { maxLength: 30 }), (events) => {
          const once = fold(events.map((event, index) => ({ event, at: (index + 1) * 1_000 })));
          const twice = fold(
            events.flatMap((event, index) =>
              [event, event].map((e) => ({ event: e, at: (index + 1) * 1_000 })),
            ),
          );
          // Diagnostics are excluded on purpose: a duplicate of a malformed or stale message is reported
          // again (each arrival is a fact worth showing a developer); only the state it describes must not move.
          expect(withoutDiagnostics(twice)).toEqual(withoutDiagnostics(once));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

/** The reduction with the event's own handler only: immer and the handler, no pre-check. */
function handled(state: DialerState, event: DialerEvent, at: number) {
  const handler = HANDLERS[event.type] as (
    draft: unknown,
    e: DialerEvent,
    at: number,
    fx: unknown[],
    held: DialerState,
  ) => void;
  const effects: unknown[] = [];
  return { state: produce(state, (draft) => handler(draft, event, at, effects, state)), effects };
}

describe('the pre-check of events that change nothing', () => {
  it(
    'holds only when the handler would change nothing and imply no effect (every event delivered twice)',
    () => {
      let held = 0;
      fc.assert(
        fc.property(fc.array(dialerEvent, { maxLength: 30 }), (events) => {
          let state = createInitialState({ diagnosticsLimit: 5 });
          events.forEach((sent, index) => {
            const event = sent.type.startsWith('kit/') ? sent : receive(sent);
            for (const at of [(index + 1) * 1_000, (index + 1) * 1_000 + 1]) {
              const unchanged = UNCHANGED[event.type] as
                | ((s: DialerState, e: DialerEvent) => boolean)
                | undefined;
              if (unchanged?.(state, event)) {
                held += 1;
                expect(handled(state, event, at)).toEqual({ state, effects: [] });
                expect(handled(state, event, at).state).toBe(state);
              }
              state = reduceDialer(state, event, at);
            }
          });
        }),
        RUNS,
      );
      // Not vacuous: repeated statuses and SYNCs are told unchanged (about one a case).
      expect(held).toBeGreaterThan(numRuns / 4);
    },
    TIMEOUT,
  );
});

// One call: statuses within a call, then possibly its end. `swapping` is left out because a swap's result
// is, by design, read from the SYNC after it (DECISIONS.md); its orderings are unit-tested instead.
const IN_CALL = CALL_STATUSES.filter(
  (status): status is CallStatus => !['idle', 'swapping', 'ended', 'mandatoryTagging'].includes(status),
);
// `idle` endings included: a SYNC of the call arriving after its `idle` must not bring it back.
const ENDINGS: readonly (readonly CallStatus[])[] = [
  [],
  ['ended'],
  ['mandatoryTagging'],
  ['mandatoryTagging', 'ended'],
  ['idle'],
  ['ended', 'idle'],
  ['mandatoryTagging', 'ended', 'idle'],
];
const oneCall = fc
  .tuple(fc.array(callStatus(IN_CALL), { minLength: 1, maxLength: 8 }), fc.constantFrom(...ENDINGS))
  .map(([statuses, ending]) => [
    ...statuses,
    ...ending.map((status) => ({
      type: 'DIALER.CALL_STATUS' as const,
      payload: status === 'idle' ? { status } : { status, flow: 'regular' as const },
    })),
  ]);
// The SYNCs of one call: each names that call (PROTOCOL.md section 5).
const syncOfTheCall = sync.map((event) => ({
  ...event,
  payload: { metadata: { ...event.payload.metadata, callUuid: 'CA01' } },
}));

describe('SYNC and CALL_STATUS in either order (Decision 4)', () => {
  it(
    'ends in the same state for any interleaving',
    () => {
      const scenario = fc
        .record({ statuses: oneCall, syncs: fc.array(syncOfTheCall, { minLength: 1, maxLength: 4 }) })
        .chain(({ statuses, syncs }) => {
          const slots = [...Array(statuses.length + syncs.length).keys()];
          return fc
            .shuffledSubarray(slots, { minLength: syncs.length, maxLength: syncs.length })
            .map((syncSlots) => ({ statuses, syncs, syncSlots: new Set(syncSlots) }));
        });
      const start = fold([{ type: 'DIALER.DIALING', payload: { from: '+14155550123', to: '+14155550199' } }]);
      fc.assert(
        fc.property(scenario, ({ statuses, syncs, syncSlots }) => {
          // Each event keeps its own arrival time, whatever its place in the interleaving.
          const timedStatuses = statuses.map((event, i) => ({ event, at: 10_000 + i * 1_000 }));
          const timedSyncs = syncs.map((event, i) => ({ event, at: 10_500 + i * 1_000 }));
          const interleaved: { event: DialerEvent; at: number }[] = [];
          let [s, y] = [0, 0];
          for (let slot = 0; slot < statuses.length + syncs.length; slot += 1) {
            const next = syncSlots.has(slot) ? timedSyncs[y++] : timedStatuses[s++];
            if (next) interleaved.push(next);
          }
          expect(fold(interleaved, start)).toEqual(fold([...timedStatuses, ...timedSyncs], start));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('a CALL_STATUS with an unknown status or flow (Decision 2)', () => {
  const unknown = fc.oneof(
    fc.record({
      status: fc.string().filter((s) => !(CALL_STATUSES as readonly string[]).includes(s)),
      flow: fc.constantFrom(...CALL_FLOWS),
    }),
    fc.record({
      status: fc.constantFrom(...CALL_STATUSES),
      flow: fc.string().filter((f) => !(CALL_FLOWS as readonly string[]).includes(f)),
    }),
  );

  it(
    'leaves the call as it was and adds a diagnostic',
    () => {
      fc.assert(
        fc.property(fc.array(busEvent, { maxLength: 20 }), unknown, (events, payload) => {
          const before = fold(events);
          const event = receive({ type: 'DIALER.CALL_STATUS', payload });
          expect(event.type).toBe('kit/messageRejected');
          const after = reduceDialer(before, event, 99_000);
          expect(after.call).toBe(before.call);
          expect(after.diagnostics.total).toBe(before.diagnostics.total + 1);
          expect(after.diagnostics.items.at(-1)).toMatchObject({
            code: 'invalid-message',
            messageType: 'DIALER.CALL_STATUS',
          });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
