import { describe, expect, it } from 'vitest';
import { CUSTOMER, metadata, script } from '../../test/callScripts';
import { busEvent } from '../../test/fakeBus';
import { COACHED_CALL, COACHEE_ID, multiParty, SUPERVISOR_ID } from '../../test/multiPartyScripts';
import { actOn, probeHook, renderWithDialer } from '../../test/renderWithDialer';
import { useCoaching } from './useCoaching';

describe('useCoaching', () => {
  it('joins a teammate’s call from idle, incognito only when asked', async () => {
    const { result, element } = probeHook(useCoaching);
    const { bus } = await renderWithDialer(element);
    expect(result.current).toMatchObject({ role: 'none', joinCoachingControl: { enabled: true } });
    expect(actOn(() => result.current.joinCoaching(COACHED_CALL))).toEqual({ ok: true });
    expect(result.current).toMatchObject({ role: 'coach', joining: true });
    expect(bus.commands('DIALER.JOIN_COACHING')).toEqual([
      { type: 'DIALER.JOIN_COACHING', payload: { callUuid: COACHED_CALL, incognito: false } },
    ]);
    bus.push(busEvent.callStatus('startingCoaching', 'regular'), busEvent.callStatus('idle'));
    expect(result.current).toMatchObject({ role: 'none', failure: { operation: 'joinCoaching' } });
    expect(actOn(() => result.current.joinCoaching(COACHED_CALL, { incognito: true }))).toEqual({ ok: true });
    expect(bus.commands('DIALER.JOIN_COACHING')[1]).toMatchObject({ payload: { incognito: true } });
  });

  it('refuses to join during a call, sending nothing', async () => {
    const { result, element } = probeHook(useCoaching);
    const { bus } = await renderWithDialer(element);
    script.connected(bus);
    expect(actOn(() => result.current.joinCoaching(COACHED_CALL))).toEqual({
      ok: false,
      reason: 'call-in-progress',
    });
    expect(bus.count('DIALER.JOIN_COACHING')).toBe(0);
  });

  it('names the coached teammate and the customer once joined', async () => {
    const { result, element } = probeHook(useCoaching);
    const { bus } = await renderWithDialer(element);
    multiParty.coaching(bus);
    expect(result.current).toMatchObject({ role: 'coach', joining: false, status: 'joined' });
    expect(result.current.coachee).toMatchObject({ userId: COACHEE_ID });
    expect(result.current.customer).toMatchObject({ phoneNumber: CUSTOMER });
  });

  it('is coached while a supervisor is on the agent’s call', async () => {
    const { result, element } = probeHook(useCoaching);
    const { bus } = await renderWithDialer(element);
    multiParty.coachJoined(bus);
    expect(result.current).toMatchObject({ role: 'coached', coach: { userId: SUPERVISOR_ID } });
    bus.push(busEvent.sync(metadata()));
    expect(result.current).toMatchObject({ role: 'none', coach: undefined });
  });
});
