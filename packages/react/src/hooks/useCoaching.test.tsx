import {
  actOn,
  busEvent,
  callMetadata,
  callScripts,
  TEST_COACHABLE_CALL,
  TEST_CUSTOMER,
  TEST_TEAMMATES,
} from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useCoaching } from './useCoaching';

const COACHEE_ID = TEST_TEAMMATES[0]?.id ?? 0;
const SUPERVISOR_ID = TEST_TEAMMATES[1]?.id ?? 0;

describe('useCoaching', () => {
  it('joins a teammate’s call from idle, incognito only when asked', async () => {
    const { result, bus } = await probeOnScript(useCoaching);
    expect(result.current).toMatchObject({ role: 'none', joinCoachingControl: { enabled: true } });
    expect(actOn(() => result.current.joinCoaching(TEST_COACHABLE_CALL))).toEqual({ ok: true });
    expect(result.current).toMatchObject({ role: 'coach', joining: true });
    expect(bus.sent('DIALER.JOIN_COACHING')).toEqual([
      { type: 'DIALER.JOIN_COACHING', payload: { callUuid: TEST_COACHABLE_CALL, incognito: false } },
    ]);
    bus.push(busEvent.callStatus('startingCoaching', 'regular'), busEvent.callStatus('idle'));
    expect(result.current).toMatchObject({ role: 'none', failure: { operation: 'joinCoaching' } });
    expect(actOn(() => result.current.joinCoaching(TEST_COACHABLE_CALL, { incognito: true }))).toEqual({
      ok: true,
    });
    expect(bus.sent('DIALER.JOIN_COACHING')[1]).toMatchObject({ payload: { incognito: true } });
  });

  it('refuses to join during a call, sending nothing', async () => {
    const { result, bus } = await probeOnScript(useCoaching, callScripts.connected);
    expect(actOn(() => result.current.joinCoaching(TEST_COACHABLE_CALL))).toEqual({
      ok: false,
      reason: 'call-in-progress',
    });
    expect(bus.sent('DIALER.JOIN_COACHING').length).toBe(0);
  });

  it('names the coached teammate and the customer once joined', async () => {
    const { result } = await probeOnScript(useCoaching, callScripts.coaching);
    expect(result.current).toMatchObject({ role: 'coach', joining: false, status: 'joined' });
    expect(result.current.coachee).toMatchObject({ userId: COACHEE_ID });
    expect(result.current.customer).toMatchObject({ phoneNumber: TEST_CUSTOMER });
  });

  it('is coached while a supervisor is on the agent’s call', async () => {
    const { result, bus } = await probeOnScript(useCoaching, callScripts.coachJoined);
    expect(result.current).toMatchObject({ role: 'coached', coach: { userId: SUPERVISOR_ID } });
    bus.push(busEvent.sync(callMetadata()));
    expect(result.current).toMatchObject({ role: 'none', coach: undefined });
  });
});
