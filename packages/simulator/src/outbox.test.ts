import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock';
import { createOutbox } from './outbox';

const setup = () => {
  const clock = createManualClock(0);
  const outbox = createOutbox(clock);
  const got: unknown[] = [];
  outbox.subscribe((message) => got.push(message));
  return { clock, outbox, got };
};

describe('the outbox', () => {
  it('delivers nothing synchronously', () => {
    const { outbox, got } = setup();
    outbox.push({ type: 'A' }, 0);
    expect(got).toEqual([]);
  });

  it('spaces messages by their latency and keeps their order', () => {
    const { clock, outbox, got } = setup();
    outbox.push({ type: 'A' }, 10);
    outbox.push({ type: 'B' }, 10);
    clock.advance(10);
    expect(got).toEqual([{ type: 'A' }]);
    clock.advance(10);
    expect(got).toEqual([{ type: 'A' }, { type: 'B' }]);
  });

  it('keeps order even when a later message has a shorter latency', () => {
    const { clock, outbox, got } = setup();
    outbox.push({ type: 'slow' }, 100);
    outbox.push({ type: 'fast' }, 0);
    clock.flush();
    expect(got).toEqual([{ type: 'slow' }, { type: 'fast' }]);
  });

  it('gives each listener its own copy, taken when the message was pushed', () => {
    const { clock, outbox, got } = setup();
    const other: unknown[] = [];
    outbox.subscribe((message) => other.push(message));
    const message = { type: 'A', payload: { n: 1 } };
    outbox.push(message, 0);
    message.payload.n = 2;
    clock.flush();
    expect(got).toEqual([{ type: 'A', payload: { n: 1 } }]);
    expect(got[0]).not.toBe(other[0]);
  });

  it('delivers the next message twice after duplicateNext', () => {
    const { clock, outbox, got } = setup();
    outbox.duplicateNext();
    outbox.push({ type: 'A' }, 0);
    outbox.push({ type: 'B' }, 0);
    clock.flush();
    expect(got).toEqual([{ type: 'A' }, { type: 'A' }, { type: 'B' }]);
  });

  it('swaps the next two messages after reorderNext', () => {
    const { clock, outbox, got } = setup();
    outbox.reorderNext();
    outbox.push({ type: 'A' }, 0);
    outbox.push({ type: 'B' }, 0);
    outbox.push({ type: 'C' }, 0);
    clock.flush();
    expect(got).toEqual([{ type: 'B' }, { type: 'A' }, { type: 'C' }]);
  });

  it('releases a held message alone when nothing follows it', () => {
    const { clock, outbox, got } = setup();
    outbox.reorderNext();
    outbox.push({ type: 'A' }, 0);
    clock.flush();
    expect(got).toEqual([{ type: 'A' }]);
  });

  it('drops undelivered messages when cleared', () => {
    const { clock, outbox, got } = setup();
    outbox.push({ type: 'A' }, 10);
    outbox.clear();
    clock.flush();
    expect(got).toEqual([]);
  });
});
