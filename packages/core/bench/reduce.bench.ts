import { bench, describe } from 'vitest';
import { parseBusEvent } from '../src/parseBusEvent';
import { reduceDialer } from '../src/reduceDialer';
import { createInitialState } from '../src/state/createInitialState';
import type { DialerState } from '../src/state/DialerState';
import flows from '../test/fixtures/flows.json';

// Every inbound message of the fixture, in order: one full pass is a realistic day's mix of events.
const messages: unknown[] = Object.values(flows as Record<string, unknown[]>).flat();
const parsed = messages.flatMap((message) => {
  const result = parseBusEvent(message);
  return result.ok ? [result.event] : [];
});

describe('bus message throughput', () => {
  bench(`parseBusEvent × ${messages.length} fixture messages`, () => {
    for (const message of messages) parseBusEvent(message);
  });

  bench(`reduceDialer × ${parsed.length} parsed events`, () => {
    let state: DialerState = createInitialState();
    let at = 0;
    for (const event of parsed) {
      at += 1_000;
      state = reduceDialer(state, event, at);
    }
  });

  bench('reduceDialer on a repeated identical CALL_STATUS (no-op path)', () => {
    let state: DialerState = createInitialState();
    const event = { type: 'DIALER.CALL_STATUS', payload: { status: 'connected', flow: 'regular' } } as const;
    state = reduceDialer(state, event, 1);
    for (let i = 0; i < 100; i += 1) state = reduceDialer(state, event, i + 2);
  });
});
