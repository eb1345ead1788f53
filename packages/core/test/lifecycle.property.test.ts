import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyBudget } from '../../../tests/support/propertyBudget';
import { transitionDialer } from '../src/reduceDialer';
import type { CallLifecycleEvent } from '../src/reducer/effects';
import type { DialerEvent } from '../src/reducer/types';
import { createInitialState } from '../src/state/createInitialState';
import type { DialerState } from '../src/state/DialerState';
import { ACCOUNT_FLOWS } from './conformance/accountFlows';
import { CALL_FLOWS } from './conformance/callFlows';
import { parsedFlow, RAW_FLOWS } from './conformance/flows';
import { GIVENS } from './conformance/givens';
import { MULTI_PARTY_FLOWS } from './conformance/multiPartyFlows';
import { SESSION_FLOWS } from './conformance/sessionFlows';

// fast-check's default 100 cases per flow, as the store's property (DIALER_KIT_PROPERTY_RUNS soaks).
const { numRuns, timeout: TIMEOUT } = propertyBudget(100);

const EXPECTATIONS = { ...SESSION_FLOWS, ...CALL_FLOWS, ...MULTI_PARTY_FLOWS, ...ACCOUNT_FLOWS };
const FLOW_KEYS = Object.keys(RAW_FLOWS);

/** The whole sequence of a flow: the situation it starts from, the kit's commands, the flow's messages. */
function sequenceOf(key: string): readonly DialerEvent[] {
  const expectation = EXPECTATIONS[key];
  if (expectation === undefined) throw new Error(`no expectation for ${key}`);
  return [...GIVENS[expectation.given], ...(expectation.sent ?? []), ...parsedFlow(key)];
}

/** The lifecycle events a sequence gives rise to, each event arriving one second after the one before. */
function announcements(events: readonly DialerEvent[]): CallLifecycleEvent[] {
  let state: DialerState = createInitialState();
  const told: CallLifecycleEvent[] = [];
  events.forEach((event, index) => {
    const { state: next, effects } = transitionDialer(state, event, (index + 1) * 1_000);
    state = next;
    for (const effect of effects) if (effect.type === 'notify') told.push(effect.event);
  });
  return told;
}

/** What makes an announcement the same one: its kind and call (and, for tags, which tags). */
function identity(event: CallLifecycleEvent): string {
  if (event.kind === 'tagged') {
    const { callId, callUuid, tags } = event.tagged;
    return `tagged:${callId ?? callUuid}:${tags.map((tag) => tag.id).join(',')}`;
  }
  return `${event.kind}:${event.record.callId}`;
}

const countKinds = (told: readonly CallLifecycleEvent[]): Record<string, number> =>
  told.reduce<Record<string, number>>((counts, { kind }) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
    return counts;
  }, {});

const isKit = (event: DialerEvent): boolean => event.type.startsWith('kit/');
const isStatus = (event: DialerEvent): boolean => event.type === 'DIALER.CALL_STATUS';
const isIdle = (event: DialerEvent): boolean =>
  event.type === 'DIALER.CALL_STATUS' && event.payload.status === 'idle';
/** Events that start or move a call: their repeats come before the next status (see below). */
const shapesCall = (event: DialerEvent): boolean =>
  isStatus(event) || event.type === 'DIALER.DIALING' || event.type === 'DIALER.INCOMING';

/**
 * Where a copy of `events[index]` may arrive, as [first, last] insertion points (an insertion point `p`
 * puts the copy before the event now at `p`). No bus answer comes before a command the kit sent before it,
 * and nothing crosses an `idle` (the call's context goes: a message after it is another call's, or a late
 * one the reducer ignores). A status, a DIALING or an INCOMING arrives again before the next status: a
 * status repeated after another one is the bus moving the call (Decision 1), a DIALING after a status
 * another call. Any other message (SYNC, tag answers, availability...) may come anywhere in its window:
 * SYNC and CALL_STATUS come in either order (Decision 4).
 */
function window(events: readonly DialerEvent[], index: number, after: boolean): [number, number] {
  let first = index;
  while (first > 0 && !isKit(events[first - 1] as DialerEvent) && !isIdle(events[first - 1] as DialerEvent)) {
    first -= 1;
  }
  if (after) first = index + 1;
  let last = index + 1;
  const event = events[index] as DialerEvent;
  const stop = shapesCall(event) ? isStatus : isIdle;
  while (last < events.length && !stop(events[last] as DialerEvent) && !isKit(events[last] as DialerEvent)) {
    last += 1;
  }
  return [first, Math.max(first, last)];
}

/** A perturbation: which bus events are doubled, which move, and where to (fractions of their window). */
const perturbation = (length: number) =>
  fc.array(
    fc.record({
      double: fc.boolean(),
      move: fc.boolean(),
      where: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { minLength: length, maxLength: length },
  );

const pick = ([first, last]: [number, number], where: number): number =>
  Math.min(last, first + Math.floor(where * (last - first + 1)));

/** `events` with the chosen bus events moved within their window and then doubled (a copy later in it). */
function perturb(
  events: readonly DialerEvent[],
  plan: readonly { double: boolean; move: boolean; where: number }[],
): DialerEvent[] {
  const moved = [...events];
  plan.forEach((step, index) => {
    const event = moved[index] as DialerEvent;
    if (!step.move || isKit(event) || shapesCall(event)) return;
    const target = pick(window(moved, index, false), step.where);
    moved.splice(index, 1);
    moved.splice(target > index ? target - 1 : target, 0, event);
  });
  const doubled = [...moved];
  // From the end, so that the insertion points of the events before stay right.
  for (let index = moved.length - 1; index >= 0; index -= 1) {
    const event = moved[index] as DialerEvent;
    const step = plan[index];
    if (step === undefined || !step.double || isKit(event)) continue;
    doubled.splice(pick(window(moved, index, true), step.where), 0, event);
  }
  return doubled;
}

describe('the call lifecycle callbacks over the 48 flows of flows.json', () => {
  it('covers the 48 flows, and tells of calls in those that have them', () => {
    expect(FLOW_KEYS).toHaveLength(48);
    const kinds = (key: string) => countKinds(announcements(sequenceOf(key)));
    expect(kinds('full_session_incoming_call_to_idle')).toEqual({ incoming: 1, answered: 1, ended: 1 });
    expect(kinds('outgoing_call_to_teammate_answered')).toEqual({ answered: 1 });
    expect(kinds('hangup_with_mandatory_tagging__inferred')).toEqual({ answered: 1, tagged: 1, ended: 1 });
    expect(kinds('incoming_rollback_transfer')).toEqual({ incoming: 1 });
    expect(kinds('coaching_join_as_coach')).toEqual({});
  });

  describe.each(FLOW_KEYS)('%s', (key) => {
    it(
      'tells each of a call once, whatever events are doubled or reordered',
      () => {
        const events = sequenceOf(key);
        const expected = countKinds(announcements(events));
        fc.assert(
          fc.property(perturbation(events.length), (plan) => {
            const told = announcements(perturb(events, plan));
            const identities = told.map(identity);
            expect(new Set(identities).size, identities.join(' ')).toBe(identities.length);
            expect(countKinds(told)).toEqual(expected);
            // Each call's events come in their order: offered, answered, ended.
            const order = ['incoming', 'answered', 'ended'];
            const byCall = new Map<number | undefined, number>();
            for (const event of told) {
              if (event.kind === 'tagged') continue;
              const rank = order.indexOf(event.kind);
              expect(rank).toBeGreaterThan(byCall.get(event.record.callId) ?? -1);
              byCall.set(event.record.callId, rank);
            }
          }),
          { numRuns },
        );
      },
      TIMEOUT,
    );
  });
});
