import type { BusCommand } from '@dialer-kit/core';
import { parseBusEvent } from '@dialer-kit/core/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyBudget } from '../../../tests/support/propertyBudget';
import { createHarness, type Harness } from '../test/harness';
import { FAULTABLE_OPERATIONS } from './faults';

type Step = (h: Harness) => unknown;

const address = fc.constantFrom('+14155550199', '+33176360695', 'client:654321', 'client:123456', 'nope');
const legId = (h: Harness) => {
  const metadata = h.bus.getSnapshot().call?.metadata;
  return metadata?.activeParticipant?.legId ?? metadata?.participants?.at(-1)?.legId ?? 'CAunknown';
};
const send =
  (command: BusCommand): Step =>
  (h) =>
    h.bus.transport.send(command);

const plainCommands = fc
  .constantFrom<BusCommand>(
    { type: 'DIALER.ACCEPT' },
    { type: 'DIALER.REJECT' },
    { type: 'DIALER.HANGUP' },
    { type: 'DIALER.RESET' },
    { type: 'DIALER.SWAP_PARTICIPANT' },
    { type: 'DIALER.MERGE_WARM_TRANSFER' },
    { type: 'API.FETCH_AVAILABILITIES' },
    { type: 'API.UPDATE_AVAILABILITY', payload: { status: 'on_a_break' } },
  )
  .map(send);
const sessionCommands = fc
  .constantFrom<BusCommand>(
    { type: 'BUS.DESTROY', payload: { services: ['DIALER'] } },
    { type: 'BUS.INIT', payload: { services: ['DIALER'] } },
  )
  .map(send);
const dial = fc
  .tuple(fc.constantFrom('+14155550123', '+442071838750', '+1'), address)
  .map(([from, to]) => send({ type: 'DIALER.DIAL', payload: { from, to } }));
const startSubFlow = fc
  .tuple(fc.constantFrom('START_WARM_TRANSFER', 'START_CONCURRENT_CALL', 'INVITE_PARTICIPANT'), address)
  .map(([action, to]) => send({ type: `DIALER.${action}`, payload: { to } } as BusCommand));
const inCallControl = fc.boolean().map(
  (flag): Step =>
    (h) => {
      h.bus.transport.send({ type: 'DIALER.HOLD', payload: { shouldHold: flag, legId: legId(h) } });
      h.bus.transport.send({ type: 'DIALER.SET_RECORDING', payload: { shouldRecord: flag } });
      if (flag) h.bus.transport.send({ type: 'DIALER.KICK_PARTICIPANT', payload: { legId: legId(h) } });
    },
);
const tags = fc
  .array(fc.integer({ min: 100, max: 104 }), { maxLength: 3 })
  .map((tagIds) => send({ type: 'DIALER.SET_TAGS', payload: { tagIds } }));
const junk = fc.anything().map(
  (message): Step =>
    (h) =>
      h.bus.transport.send(message),
);
const farSide = fc.constantFrom<Step>(
  (h) => h.bus.incomingCall(),
  (h) => h.bus.incomingCall({ type: 'warm-transfer' }),
  (h) => h.bus.remoteAnswers(),
  (h) => h.bus.remoteNoAnswer(),
  (h) => h.bus.remoteHangsUp(),
  (h) => h.bus.dropCall(),
  (h) => h.bus.coachJoins(),
  (h) => h.bus.coachLeaves(),
  (h) => h.bus.advance(5_000),
  send({
    type: 'DIALER.JOIN_COACHING',
    payload: { callUuid: 'CA7c6b5a4938271605f4e3d2c1b0a99887', incognito: true },
  }),
);
const fault = fc.constantFrom(...FAULTABLE_OPERATIONS).map(
  (operation): Step =>
    (h) =>
      h.bus.failNext(operation),
);

/** One step: a command (valid, out of place or junk) from the kit, or a far-side action. */
const step = fc.oneof(
  { arbitrary: plainCommands, weight: 4 },
  { arbitrary: sessionCommands, weight: 1 },
  { arbitrary: dial, weight: 3 },
  { arbitrary: startSubFlow, weight: 3 },
  { arbitrary: inCallControl, weight: 2 },
  { arbitrary: tags, weight: 2 },
  { arbitrary: junk, weight: 1 },
  { arbitrary: farSide, weight: 6 },
  { arbitrary: fault, weight: 1 },
);

describe('random command sequences', () => {
  const { numRuns, timeout } = propertyBudget(300);
  it('never throw, and every message the bus emits is a valid event', { timeout }, () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 10, maxLength: 60, size: 'max' }),
        fc.boolean(),
        (steps, tagging) => {
          const line = { id: 1, name: 'L', number: 'n', normalized: '+14155550123', country_iso: 'US' };
          const h = createHarness({ lines: [{ ...line, mandatoryTagging: tagging }], wrapUpSeconds: 3 });
          h.ready();
          for (const run of steps) {
            run(h);
            h.bus.advance(50);
          }
          h.bus.flush();
          for (const message of h.received) {
            expect(parseBusEvent(message).ok, JSON.stringify(message)).toBe(true);
            if (message.type !== 'DIALER.CALL_STATUS') continue;
            const { status, flow } = message.payload as { status: string; flow?: string };
            expect(flow === undefined).toBe(status === 'idle');
            reached.add(`${flow}/${status}`);
          }
          expect(h.bus.getSnapshot().status).toBeTypeOf('string');
        },
      ),
      { numRuns, seed: 20240611 },
    );
    // The sequences must reach deep into the call flows, not just bounce off refusals.
    expect(reached.size).toBeGreaterThan(20);
  });
});
