import { actOn, busEvent, callScripts, TEST_CUSTOMER, TEST_TRANSFEREE } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useCallSummary } from './useCallSummary';

describe('useCallSummary', () => {
  it('names nobody while idle, and the caller while a call is offered', async () => {
    const { result, bus } = await probeOnScript(useCallSummary);
    expect(result.current).toEqual({
      phase: 'idle',
      aboutOffer: false,
      dialing: false,
      party: undefined,
      record: undefined,
    });
    bus.push(busEvent.incoming({ from: TEST_CUSTOMER }));
    expect(result.current).toMatchObject({
      aboutOffer: true,
      party: { kind: 'address', address: TEST_CUSTOMER },
    });
  });

  it('follows a dial from the DIAL sent to the live call', async () => {
    const { result, bus, store } = await probeOnScript(useCallSummary);
    bus.push(busEvent.linesChanged());
    expect(actOn(() => store.actions.dial(TEST_CUSTOMER))).toEqual({ ok: true });
    expect(result.current).toMatchObject({ phase: 'idle', dialing: true, party: undefined });
    callScripts.dialing(bus);
    expect(result.current).toMatchObject({ phase: 'setup', dialing: false, party: { kind: 'party' } });
    callScripts.connected(bus);
    expect(result.current).toMatchObject({ phase: 'live', party: { party: { phoneNumber: TEST_CUSTOMER } } });
  });

  it('names the transfer target while the transferee rings', async () => {
    const { result, bus, store } = await probeOnScript(useCallSummary, callScripts.connected);
    actOn(() => store.actions.startWarmTransfer(TEST_TRANSFEREE));
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
    );
    expect(result.current).toMatchObject({
      phase: 'live',
      party: { kind: 'address', address: TEST_TRANSFEREE },
    });
  });

  it('keeps its object while nothing it says changes', async () => {
    const { result, bus } = await probeOnScript(useCallSummary, callScripts.connected);
    const first = result.current;
    bus.push(busEvent.availability('in_call'));
    expect(result.current).toBe(first);
  });

  it("gives the call's record, and keeps it once the call has ended, until Done", async () => {
    const { result, bus } = await probeOnScript(useCallSummary, callScripts.dialing);
    expect(result.current.record).toMatchObject({
      direction: 'outgoing',
      to: TEST_CUSTOMER,
      answeredAt: undefined,
    });
    callScripts.ended(bus);
    const record = result.current.record;
    expect(record).toMatchObject({ direction: 'outgoing', endCause: 'other-party', endedBy: 'other-party' });
    expect(record?.talkTimeMs).toBeGreaterThanOrEqual(0);
    bus.push(busEvent.callStatus('idle'));
    expect(result.current.record).toBeUndefined();
  });
});
