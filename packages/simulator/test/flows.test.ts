import { isDeepStrictEqual } from 'node:util';
import { parseBusEvent } from '@dialer-kit/core/protocol';
import { describe, expect, it } from 'vitest';
// One copy of the protocol's recorded flows, kept with the core's conformance tests.
import flows from '../../core/test/fixtures/flows.json';
import { CALL_FLOW_CASES } from './callFlowCases';
import type { FlowCase, FlowCases } from './flowCase';
import { createHarness, type Received } from './harness';
import { MULTI_PARTY_FLOW_CASES } from './multiPartyFlowCases';
import { normalizeEvents } from './normalizeEvents';
import { SESSION_FLOW_CASES } from './sessionFlowCases';

const FLOW_CASES: FlowCases = { ...SESSION_FLOW_CASES, ...CALL_FLOW_CASES, ...MULTI_PARTY_FLOW_CASES };

const FIXTURES = flows as unknown as { readonly [flow: string]: readonly Received[] };

/** Runs one case; returns what the simulator emitted, restricted to the event types the fixture shows. */
function reproduce(flowCase: FlowCase, documented: readonly Received[]): Received[] {
  const h = createHarness(flowCase.options);
  flowCase.setup?.(h);
  h.bus.flush();
  h.take();
  flowCase.drive(h);
  h.bus.flush();
  // A fixture documents one concern (a call, an answer...): events of other types (availability during a
  // call, for example) are not part of it.
  const shown = new Set([...documented.map((event) => event.type), ...(flowCase.trailing ?? [])]);
  return h.take().filter((event) => shown.has(event.type));
}

/** Splits what was emitted into the documented part and what the case allows after it. */
function compare(flowCase: FlowCase, documented: readonly Received[], emitted: readonly Received[]) {
  const head = emitted.slice(0, documented.length);
  const tail = emitted.slice(documented.length);
  return {
    head: normalizeEvents(head),
    expected: normalizeEvents(documented),
    unexpectedTail: tail.filter((event) => !(flowCase.trailing ?? []).includes(event.type)),
  };
}

describe('flows.json, reproduced by the simulator', () => {
  it('has one case per documented sequence', () => {
    expect(Object.keys(FLOW_CASES).sort()).toEqual(Object.keys(FIXTURES).sort());
    expect(Object.keys(FIXTURES)).toHaveLength(48);
  });

  it.each(Object.keys(FIXTURES))('emits the documented sequence of %s', (flow) => {
    const documented = FIXTURES[flow] ?? [];
    const flowCase = FLOW_CASES[flow];
    if (!flowCase) throw new Error(`no case for ${flow}`);
    const emitted = reproduce(flowCase, documented);
    const { head, expected, unexpectedTail } = compare(flowCase, documented, emitted);
    expect(emitted.map((event) => event.type).slice(0, documented.length)).toEqual(
      documented.map((e) => e.type),
    );
    expect(head).toEqual(expected);
    expect(unexpectedTail).toEqual([]);
  });

  it('reproduces all 48 flows', () => {
    const names = Object.keys(FIXTURES);
    const reproduced = names.filter((flow) => {
      const flowCase = FLOW_CASES[flow];
      const documented = FIXTURES[flow] ?? [];
      if (!flowCase) return false;
      const { head, expected, unexpectedTail } = compare(
        flowCase,
        documented,
        reproduce(flowCase, documented),
      );
      return isDeepStrictEqual(head, expected) && unexpectedTail.length === 0;
    });
    console.log(`simulator: ${reproduced.length}/${names.length} flows reproduced`);
    expect(names.filter((flow) => !reproduced.includes(flow))).toEqual([]);
    expect(reproduced).toHaveLength(48);
  });

  it('emits only messages the kit parser accepts, in every case', () => {
    for (const flowCase of Object.values(FLOW_CASES)) {
      const h = createHarness(flowCase.options);
      flowCase.setup?.(h);
      flowCase.drive(h);
      h.bus.flush();
      for (const message of h.received) expect(parseBusEvent(message).ok, JSON.stringify(message)).toBe(true);
    }
  });
});
