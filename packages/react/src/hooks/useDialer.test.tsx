import { describe, expect, it } from 'vitest';
import { external, metadata, script, TRANSFEREE } from '../../test/callScripts';
import { busEvent } from '../../test/fakeBus';
import { actOn, probeHook, renderWithDialer } from '../../test/renderWithDialer';
import { useDialer } from './useDialer';

describe('useDialer', () => {
  it('keeps the same verbs across state changes and re-renders', async () => {
    const { result, element } = probeHook(useDialer);
    const { bus, rerender } = await renderWithDialer(element);
    const first = result.current;
    bus.push(busEvent.callStatus('connected', 'regular'));
    rerender(element);
    expect(result.current).toBe(first);
    expect(result.current.dial).toBe(first.dial);
  });

  it('dials through the guarded send path', async () => {
    const { result, element } = probeHook(useDialer);
    const { bus } = await renderWithDialer(element);
    expect(actOn(() => result.current.dial('+14155550199', { from: '+33123456789' }))).toEqual({ ok: true });
    expect(bus.commands('DIALER.DIAL')).toMatchObject([
      { payload: { from: '+33123456789', to: '+14155550199' } },
    ]);
  });

  it('refuses to dial during a call and sends nothing', async () => {
    const { result, element } = probeHook(useDialer);
    const { bus } = await renderWithDialer(element);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(actOn(() => result.current.dial('+14155550199', { from: '+33123456789' }))).toEqual({
      ok: false,
      reason: 'call-in-progress',
    });
    expect(bus.count('DIALER.DIAL')).toBe(0);
  });

  it('hangs up a connected call', async () => {
    const { result, element } = probeHook(useDialer);
    const { bus } = await renderWithDialer(element);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(actOn(() => result.current.hangUp())).toEqual({ ok: true });
    expect(bus.count('DIALER.HANGUP')).toBe(1);
  });

  it('starts, swaps and merges a warm transfer', async () => {
    const { result, element } = probeHook(useDialer);
    const { bus } = await renderWithDialer(element);
    script.connected(bus);
    expect(actOn(() => result.current.startWarmTransfer(TRANSFEREE))).toEqual({ ok: true });
    expect(bus.commands('DIALER.START_WARM_TRANSFER')).toMatchObject([{ payload: { to: TRANSFEREE } }]);
    script.warmTransferConnected(bus);
    expect(actOn(() => result.current.swap())).toEqual({ ok: true });
    expect(bus.count('DIALER.SWAP_PARTICIPANT')).toBe(1);
    bus.push(
      busEvent.callStatus('swapping', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
    );
    bus.push(busEvent.sync(metadata({ activeParticipant: external(TRANSFEREE, 'leg-transferee') })));
    expect(actOn(() => result.current.merge())).toEqual({ ok: true });
    expect(bus.count('DIALER.MERGE_WARM_TRANSFER')).toBe(1);
  });
});
