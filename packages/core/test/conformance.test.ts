import { afterAll, describe, expect, it } from 'vitest';
import { reduceDialer } from '../src/reduceDialer';
import type { DialerEvent } from '../src/reducer/types';
import { createInitialState } from '../src/state/createInitialState';
import type { DialerState } from '../src/state/DialerState';
import { checkInvariants } from '../src/state/invariants';
import { ACCOUNT_FLOWS } from './conformance/accountFlows';
import { CALL_FLOWS } from './conformance/callFlows';
import { parsedFlow, RAW_FLOWS } from './conformance/flows';
import { GIVENS, type GivenName } from './conformance/givens';
import { MULTI_PARTY_FLOWS } from './conformance/multiPartyFlows';
import { SESSION_FLOWS } from './conformance/sessionFlows';
import { type Snapshot, snapshot } from './conformance/snapshot';
import type { FlowExpectation } from './conformance/types';

const EXPECTATIONS: Readonly<Record<string, FlowExpectation>> = {
  ...SESSION_FLOWS,
  ...CALL_FLOWS,
  ...MULTI_PARTY_FLOWS,
  ...ACCOUNT_FLOWS,
};
const FLOW_KEYS = Object.keys(RAW_FLOWS);
let replayed = 0;

/** Folds events one second apart, continuing the clock of `start`. */
class Replay {
  state: DialerState = createInitialState();
  at = 1_000;

  apply(event: DialerEvent): DialerState {
    this.at += 1_000;
    this.state = reduceDialer(this.state, event, this.at);
    return this.state;
  }
}

/** Only the fields an expectation names, so that `{}` or `undefined` in it is checked exactly. */
function pick(state: DialerState, expected: Partial<Snapshot>): Partial<Snapshot> {
  const full = snapshot(state);
  return Object.fromEntries(Object.keys(expected).map((key) => [key, full[key as keyof Snapshot]]));
}

const newCodes = (state: DialerState, since: number): string[] =>
  state.diagnostics.items.filter((item) => item.seq > since).map((item) => item.code);

describe('conformance with flows.json', () => {
  it('has an expectation for each of the 48 flows, and none for a flow that does not exist', () => {
    expect(FLOW_KEYS).toHaveLength(48);
    expect(Object.keys(EXPECTATIONS).sort()).toEqual([...FLOW_KEYS].sort());
  });

  it.each(Object.keys(GIVENS) as GivenName[])('reaches the given %s with no diagnostic', (name) => {
    const replay = new Replay();
    for (const event of GIVENS[name]) replay.apply(event);
    expect(replay.state.diagnostics.items).toEqual([]);
    expect(checkInvariants(replay.state)).toEqual([]);
  });

  describe.each(FLOW_KEYS)('%s', (key) => {
    it('replays every validated message to the documented state', () => {
      const expectation = EXPECTATIONS[key];
      if (!expectation) throw new Error(`no expectation for ${key}`);
      const events = parsedFlow(key);
      expect(expectation.steps).toHaveLength(events.length);

      const replay = new Replay();
      for (const event of [...GIVENS[expectation.given], ...(expectation.sent ?? [])]) replay.apply(event);
      const before = replay.state.diagnostics.total;
      events.forEach((event, index) => {
        const previous = replay.state;
        const state = replay.apply(event);
        const step = expectation.steps[index] ?? {};
        expect(pick(state, step), `${key} step ${index} (${event.type})`).toEqual(step);
        expect(checkInvariants(state)).toEqual([]);
        if (expectation.unchanged) expect(state).toBe(previous);
      });
      if (expectation.afterwards) {
        for (const event of expectation.afterwards(replay.state)) replay.apply(event);
        const expected = expectation.afterwardsExpected ?? {};
        expect(pick(replay.state, expected)).toEqual(expected);
      }
      expect(newCodes(replay.state, before)).toEqual(expectation.diagnostics ?? []);
      replayed += 1;
    });
  });

  afterAll(() => {
    console.log(`conformance: ${replayed}/${FLOW_KEYS.length} flows replayed`);
  });
});
