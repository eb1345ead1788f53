import { describe, expect, it } from 'vitest';
import { createHarness, payloadsOf, statuses } from '../test/harness';

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
    next.send({ type: 'BUS.DESTROY' });
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
