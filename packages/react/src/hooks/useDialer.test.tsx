import {
  actOn,
  busEvent,
  callMetadata,
  callScripts,
  externalParty,
  TEST_TRANSFEREE,
} from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useDialer } from './useDialer';

describe('useDialer', () => {
  it('keeps the same verbs across state changes and re-renders', async () => {
    const { result, bus, rerender, element } = await probeOnScript(useDialer);
    const first = result.current;
    bus.push(busEvent.callStatus('connected', 'regular'));
    rerender(element);
    expect(result.current).toBe(first);
    expect(result.current.dial).toBe(first.dial);
    // The store's own verbs, shared by every component: frozen, so no caller can swap one.
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('dials through the guarded send path', async () => {
    const { result, bus } = await probeOnScript(useDialer);
    expect(actOn(() => result.current.dial('+14155550199', { from: '+33123456789' }))).toEqual({ ok: true });
    expect(bus.sent('DIALER.DIAL')).toMatchObject([
      { payload: { from: '+33123456789', to: '+14155550199' } },
    ]);
  });

  it('refuses to dial during a call and sends nothing', async () => {
    const { result, bus } = await probeOnScript(useDialer);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(actOn(() => result.current.dial('+14155550199', { from: '+33123456789' }))).toEqual({
      ok: false,
      reason: 'call-in-progress',
    });
    expect(bus.sent('DIALER.DIAL').length).toBe(0);
  });

  it('hangs up a connected call', async () => {
    const { result, bus } = await probeOnScript(useDialer);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(actOn(() => result.current.hangUp())).toEqual({ ok: true });
    expect(bus.sent('DIALER.HANGUP').length).toBe(1);
  });

  it('starts, swaps and merges a warm transfer', async () => {
    const { result, bus } = await probeOnScript(useDialer, callScripts.connected);
    expect(actOn(() => result.current.startWarmTransfer(TEST_TRANSFEREE))).toEqual({ ok: true });
    expect(bus.sent('DIALER.START_WARM_TRANSFER')).toMatchObject([{ payload: { to: TEST_TRANSFEREE } }]);
    callScripts.warmTransferConnected(bus);
    expect(actOn(() => result.current.swap())).toEqual({ ok: true });
    expect(bus.sent('DIALER.SWAP_PARTICIPANT').length).toBe(1);
    bus.push(
      busEvent.callStatus('swapping', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
    );
    bus.push(
      busEvent.sync(callMetadata({ activeParticipant: externalParty(TEST_TRANSFEREE, 'leg-transferee') })),
    );
    expect(actOn(() => result.current.merge())).toEqual({ ok: true });
    expect(bus.sent('DIALER.MERGE_WARM_TRANSFER').length).toBe(1);
  });
});
