import { actOn, busEvent, callScripts, TEST_CUSTOMER, TEST_SECOND_CALLER } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, SECOND_CALLER, twoPartySync } from '../../test/partySyncs';
import { probeOnScript } from '../../test/renderOnScript';
import { useSecondCall } from './useSecondCall';

describe('useSecondCall', () => {
  it('is hidden without a call and refuses to start, sending nothing', async () => {
    const { result, bus } = await probeOnScript(useSecondCall);
    expect(result.current).toMatchObject({ phase: 'hidden', startConcurrentControl: { enabled: false } });
    expect(actOn(() => result.current.startConcurrent(TEST_SECOND_CALLER))).toMatchObject({ ok: false });
    expect(bus.sent('DIALER.START_CONCURRENT_CALL').length).toBe(0);
  });

  it('starts a second call from a connected call and follows it until both parties are named', async () => {
    const { result, bus } = await probeOnScript(useSecondCall, callScripts.connected);
    expect(result.current).toMatchObject({ phase: 'offer', startConcurrentControl: { enabled: true } });

    expect(actOn(() => result.current.startConcurrent(TEST_SECOND_CALLER))).toEqual({ ok: true });
    expect(bus.sent('DIALER.START_CONCURRENT_CALL')).toEqual([
      { type: 'DIALER.START_CONCURRENT_CALL', payload: { to: TEST_SECOND_CALLER } },
    ]);
    expect(result.current.pending).toBe(true);

    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('ringing', 'concurrent'),
    );
    // The bus names nobody while it rings: the store knows whom the kit called.
    expect(result.current).toMatchObject({ phase: 'active', ringing: true });
    expect(result.current.current).toEqual({
      source: 'call',
      phoneNumber: TEST_SECOND_CALLER,
      isHeld: false,
    });
    expect(result.current.held).toMatchObject({ phoneNumber: TEST_CUSTOMER });

    bus.push(busEvent.callStatus('connected', 'concurrent'), twoPartySync(SECOND_CALLER, CUSTOMER));
    expect(result.current).toMatchObject({ ringing: false, pending: false, swapControl: { enabled: true } });
    expect(result.current.current).toMatchObject({ phoneNumber: TEST_SECOND_CALLER });
  });

  it('swaps the two calls once, and is pending until the SYNC shows them exchanged', async () => {
    const { result, bus } = await probeOnScript(useSecondCall, callScripts.concurrentConnected);
    expect(actOn(() => result.current.swap())).toEqual({ ok: true });
    expect(actOn(() => result.current.swap())).toMatchObject({ ok: false, reason: 'operation-pending' });
    expect(bus.sent('DIALER.SWAP_PARTICIPANT').length).toBe(1);
    bus.push(busEvent.callStatus('swapping', 'concurrent'), busEvent.callStatus('connected', 'concurrent'));
    expect(result.current.pending).toBe(true);
    bus.push(twoPartySync(CUSTOMER, SECOND_CALLER));
    expect(result.current).toMatchObject({ pending: false, failure: undefined });
    expect(result.current.current).toMatchObject({ phoneNumber: TEST_CUSTOMER });
    expect(result.current.held).toMatchObject({ phoneNumber: TEST_SECOND_CALLER });
  });

  it('reports a start that reverted', async () => {
    const { result, bus } = await probeOnScript(useSecondCall, callScripts.connected);
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('connected', 'regular'),
    );
    expect(result.current).toMatchObject({
      phase: 'offer',
      failure: { operation: 'startConcurrent', reason: 'reverted' },
    });
  });

  it('keeps the same view while nothing it shows changes', async () => {
    const { result, bus } = await probeOnScript(useSecondCall, callScripts.concurrentConnected);
    const before = result.current;
    bus.push(busEvent.availability('in_call'));
    expect(result.current).toBe(before);
  });
});
