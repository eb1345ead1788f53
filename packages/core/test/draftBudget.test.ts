import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../src/reduceDialer';
import type { DialerEvent } from '../src/reducer/types';
import { createInitialState } from '../src/state/createInitialState';
import { CALL_FLOWS } from './conformance/callFlows';
import { parsedFlow } from './conformance/flows';
import { GIVENS } from './conformance/givens';
import { MULTI_PARTY_FLOWS } from './conformance/multiPartyFlows';

/**
 * The reducer's cost that a noisy 2-core machine cannot blur: how many drafts immer makes. Each draft is a
 * proxy, a copy of its parent and work when the state is finished; reading an object through the draft
 * instead of as the event found it makes one (issue 13: the bench's throughput figures are where the time
 * is measured). Counted over every call flow of flows.json, from their givens.
 */
function replayCounting(events: readonly DialerEvent[]): { changed: number; drafts: number } {
  const revocable = Proxy.revocable;
  let drafts = 0;
  // immer makes each draft with `Proxy.revocable`; the spy is removed before anything else runs.
  Proxy.revocable = (target, handler) => {
    drafts += 1;
    return revocable(target, handler);
  };
  try {
    let state = createInitialState();
    let changed = 0;
    events.forEach((event, index) => {
      const next = reduceDialer(state, event, (index + 1) * 1_000);
      if (next !== state) changed += 1;
      state = next;
    });
    return { changed, drafts };
  } finally {
    Proxy.revocable = revocable;
  }
}

const FLOWS = { ...CALL_FLOWS, ...MULTI_PARTY_FLOWS };

describe('drafts per event', () => {
  it('stays within its budget over every call flow', () => {
    let changed = 0;
    let drafts = 0;
    for (const [key, flow] of Object.entries(FLOWS)) {
      const events = [...GIVENS[flow.given], ...(flow.sent ?? []), ...parsedFlow(key)];
      const counted = replayCounting(events);
      changed += counted.changed;
      drafts += counted.drafts;
    }
    console.log(`draft budget: ${drafts} drafts for ${changed} events that changed the state`);
    expect(changed).toBeGreaterThan(300);
    // Measured 3.53 (1 105 / 313): the root, the call, and what the event changes or reads through them.
    expect(drafts / changed).toBeLessThanOrEqual(3.6);
  });
});
