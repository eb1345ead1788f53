import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../src/reduceDialer';
import type { DialerEvent } from '../src/reducer/types';
import { createInitialState } from '../src/state/createInitialState';
import { CALL_FLOWS } from './conformance/callFlows';
import { parsedFlow } from './conformance/flows';
import { GIVENS } from './conformance/givens';
import { MULTI_PARTY_FLOWS } from './conformance/multiPartyFlows';

/** What {@link replayCounting} counts. */
interface Counts {
  readonly changed: number;
  readonly drafts: number;
  readonly traps: number;
}

/**
 * The reducer's costs that a noisy 2-core machine cannot blur: how many drafts immer makes, and how many
 * times a handler goes through one. Each draft is a proxy, a copy of its parent and work when the state is
 * finished; reading an object through the draft instead of as the event found it makes one. Each read or
 * write through a draft is a proxy trap, and each trap several of immer's checks (a read of a draft held
 * in a draft is two traps). Issue 13: the bench's throughput figures are where the time is measured.
 * Counted over every call flow of flows.json, from their givens.
 */
function replayCounting(events: readonly DialerEvent[]): Counts {
  const revocable = Proxy.revocable;
  let drafts = 0;
  let traps = 0;
  // immer makes each draft with `Proxy.revocable`; the spy counts them and the calls to their traps, and is
  // removed before anything else runs.
  Proxy.revocable = <T extends object>(target: T, handler: ProxyHandler<T>) => {
    drafts += 1;
    const counting: ProxyHandler<T> = {};
    for (const [name, trap] of Object.entries(handler) as [keyof ProxyHandler<T>, unknown][]) {
      if (typeof trap !== 'function') continue;
      (counting as Record<string, unknown>)[name] = (...args: unknown[]) => {
        traps += 1;
        return trap.apply(handler, args);
      };
    }
    return revocable(target, counting);
  };
  try {
    let state = createInitialState();
    let changed = 0;
    events.forEach((event, index) => {
      const next = reduceDialer(state, event, (index + 1) * 1_000);
      if (next !== state) changed += 1;
      state = next;
    });
    return { changed, drafts, traps };
  } finally {
    Proxy.revocable = revocable;
  }
}

const FLOWS = { ...CALL_FLOWS, ...MULTI_PARTY_FLOWS };

describe('drafts and proxy traps per event', () => {
  it('stays within its budget over every call flow', () => {
    let changed = 0;
    let drafts = 0;
    let traps = 0;
    for (const [key, flow] of Object.entries(FLOWS)) {
      const events = [...GIVENS[flow.given], ...(flow.sent ?? []), ...parsedFlow(key)];
      const counted = replayCounting(events);
      changed += counted.changed;
      drafts += counted.drafts;
      traps += counted.traps;
    }
    console.log(
      `draft budget: ${drafts} drafts and ${traps} proxy traps for ${changed} events that changed the state`,
    );
    expect(changed).toBeGreaterThan(300);
    // Measured 2.64 (826 / 313; 3.53 when first budgeted, 2.75 before handlers read the state the event
    // found): the root, the call, and what the event changes or reads through them.
    expect(drafts / changed).toBeLessThanOrEqual(2.7);
    // Measured 15.0 (4 693 / 313); 33.4 (10 457) when every handler read through the draft.
    expect(traps / changed).toBeLessThanOrEqual(15.5);
  });
});
