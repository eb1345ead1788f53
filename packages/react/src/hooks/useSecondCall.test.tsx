import { describe, expect, it } from 'vitest';
import { CUSTOMER, external, metadata, script } from '../../test/callScripts';
import { busEvent } from '../../test/fakeBus';
import { CUSTOMER_LEG, multiParty, SECOND, SECOND_LEG } from '../../test/multiPartyScripts';
import { actOn, probeHook, renderWithDialer } from '../../test/renderWithDialer';
import { useSecondCall } from './useSecondCall';

describe('useSecondCall', () => {
  it('is hidden without a call and refuses to start, sending nothing', async () => {
    const { result, element } = probeHook(useSecondCall);
    const { bus } = await renderWithDialer(element);
    expect(result.current).toMatchObject({ phase: 'hidden', startConcurrentControl: { enabled: false } });
    expect(actOn(() => result.current.startConcurrent(SECOND))).toMatchObject({ ok: false });
    expect(bus.count('DIALER.START_CONCURRENT_CALL')).toBe(0);
  });

  it('starts a second call from a connected call and follows it until both parties are named', async () => {
    const { result, element } = probeHook(useSecondCall);
    const { bus } = await renderWithDialer(element);
    script.connected(bus);
    expect(result.current).toMatchObject({ phase: 'offer', startConcurrentControl: { enabled: true } });

    expect(actOn(() => result.current.startConcurrent(SECOND))).toEqual({ ok: true });
    expect(bus.commands('DIALER.START_CONCURRENT_CALL')).toEqual([
      { type: 'DIALER.START_CONCURRENT_CALL', payload: { to: SECOND } },
    ]);
    expect(result.current.pending).toBe(true);

    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('ringing', 'concurrent'),
    );
    // The bus names nobody while it rings: the store knows whom the kit called.
    expect(result.current).toMatchObject({ phase: 'active', ringing: true });
    expect(result.current.current).toEqual({ source: 'call', phoneNumber: SECOND, isHeld: false });
    expect(result.current.held).toMatchObject({ phoneNumber: CUSTOMER });

    bus.push(
      busEvent.callStatus('connected', 'concurrent'),
      busEvent.sync(
        metadata({
          activeParticipant: external(SECOND, SECOND_LEG),
          inactiveParticipant: external(CUSTOMER, CUSTOMER_LEG, true),
        }),
      ),
    );
    expect(result.current).toMatchObject({ ringing: false, pending: false, swapControl: { enabled: true } });
    expect(result.current.current).toMatchObject({ phoneNumber: SECOND });
  });

  it('swaps the two calls once, and is pending until the SYNC shows them exchanged', async () => {
    const { result, element } = probeHook(useSecondCall);
    const { bus } = await renderWithDialer(element);
    multiParty.concurrentConnected(bus);
    expect(actOn(() => result.current.swap())).toEqual({ ok: true });
    expect(actOn(() => result.current.swap())).toMatchObject({ ok: false, reason: 'operation-pending' });
    expect(bus.count('DIALER.SWAP_PARTICIPANT')).toBe(1);
    bus.push(busEvent.callStatus('swapping', 'concurrent'), busEvent.callStatus('connected', 'concurrent'));
    expect(result.current.pending).toBe(true);
    bus.push(
      busEvent.sync(
        metadata({
          activeParticipant: external(CUSTOMER, CUSTOMER_LEG),
          inactiveParticipant: external(SECOND, SECOND_LEG, true),
        }),
      ),
    );
    expect(result.current).toMatchObject({ pending: false, failure: undefined });
    expect(result.current.current).toMatchObject({ phoneNumber: CUSTOMER });
    expect(result.current.held).toMatchObject({ phoneNumber: SECOND });
  });

  it('reports a start that reverted', async () => {
    const { result, element } = probeHook(useSecondCall);
    const { bus } = await renderWithDialer(element);
    script.connected(bus);
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
    const { result, element } = probeHook(useSecondCall);
    const { bus } = await renderWithDialer(element);
    multiParty.concurrentConnected(bus);
    const before = result.current;
    bus.push(busEvent.availability('in_call'));
    expect(result.current).toBe(before);
  });
});
