import { describe, expect, it } from 'vitest';
import { createIdSource, isCallSid } from './ids';

describe('call ids', () => {
  it('are Twilio-like sids', () => {
    const ids = createIdSource(7);
    for (let i = 0; i < 50; i += 1) expect(isCallSid(ids.nextSid())).toBe(true);
  });

  it('repeat for the same seed and differ for another', () => {
    const a = createIdSource(42);
    const b = createIdSource(42);
    const c = createIdSource(43);
    const first = [a.nextSid(), a.nextSid()];
    expect([b.nextSid(), b.nextSid()]).toEqual(first);
    expect(c.nextSid()).not.toBe(first[0]);
  });

  it('number calls from 1500000001', () => {
    const ids = createIdSource(1);
    expect([ids.nextCallId(), ids.nextCallId()]).toEqual([1500000001, 1500000002]);
  });

  it('recognise a malformed sid', () => {
    expect(isCallSid('CA123')).toBe(false);
    expect(isCallSid('XX3f9a1c2e7b4d4e0f9a8b7c6d5e4f3a21')).toBe(false);
  });
});
