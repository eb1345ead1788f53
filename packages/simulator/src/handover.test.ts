import { describe, expect, it, vi } from 'vitest';
import { createHarness, payloadsOf, statuses } from '../test/harness';
import { createHandoverStorage } from './handoverStorage';

describe('handing the calls to the next bus page (handover / resume)', () => {
  it('goes on with the call in progress: INIT announces it, and it can be hung up there', () => {
    const first = createHarness({ session: 'restored' });
    first.ready();
    first.outgoingConnected();
    const callUuid = first.bus.getSnapshot().call?.callUuid;
    const handover = JSON.parse(JSON.stringify(first.bus.handover()));

    const next = createHarness({ session: 'restored', resume: handover });
    next.ready();
    // `ready` forgot INIT's answers: a second INIT after DESTROY says the same.
    next.send({ type: 'BUS.DESTROY', payload: { services: ['AUTH', 'USER', 'DIALER'] } });
    next.send({ type: 'BUS.INIT', payload: { services: ['AUTH', 'USER', 'DIALER'] } });
    const events = next.take();
    expect(statuses(events)).toContain('regular/connected');
    expect(payloadsOf<{ metadata: { callUuid: string } }>(events, 'DIALER.SYNC')[0]?.metadata.callUuid).toBe(
      callUuid,
    );
    next.send({ type: 'DIALER.HANGUP' });
    expect(next.bus.getSnapshot().call?.status).toBe('ended');
    // The first bus is untouched by what the next one did.
    expect(first.bus.getSnapshot().call?.status).toBe('connected');
  });

  it('hands over nothing from an idle bus', () => {
    const idle = createHarness({ session: 'restored' });
    idle.ready();
    expect(idle.bus.handover()).toEqual({ current: undefined, calls: [] });
    const next = createHarness({ session: 'restored', resume: idle.bus.handover() });
    next.ready();
    expect(next.bus.getSnapshot().status).toBe('idle');
  });
});

describe('createHandoverStorage', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
  };

  it('reads back what was written within a minute, and nothing older', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      const storage = memory();
      const kept = createHandoverStorage(() => storage);
      expect(kept.read()).toBeUndefined();
      kept.write({ current: 'CA1', calls: [] });
      vi.setSystemTime(1_000_000 + 59_000);
      expect(kept.read()).toEqual({ current: 'CA1', calls: [] });
      vi.setSystemTime(1_000_000 + 61_000);
      expect(kept.read()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps nothing where storage is denied, and reads nothing from junk', () => {
    const denied = createHandoverStorage(() => {
      throw new Error('Access is denied for this document.');
    });
    expect(() => denied.write({ current: undefined, calls: [] })).not.toThrow();
    expect(denied.read()).toBeUndefined();
    const storage = memory();
    storage.setItem('dialer-kit-simulator:handover', '{not json');
    expect(createHandoverStorage(() => storage).read()).toBeUndefined();
  });
});
