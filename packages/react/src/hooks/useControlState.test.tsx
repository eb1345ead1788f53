import { busEvent, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { useControlState } from './useControlState';

describe('useControlState', () => {
  it('disables hang-up with a reason while idle and enables it in a call', async () => {
    const { result, element } = probeHook(() => useControlState('hangUp'));
    const { bus } = await renderWithDialer(element, { bus: createScriptedBus() });
    expect(result.current).toEqual({ enabled: false, pending: false, reason: 'no-call' });
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(result.current).toEqual({ enabled: true, pending: false, reason: undefined });
  });

  it('returns the same object when the control did not change', async () => {
    const { result, element } = probeHook(() => useControlState('hangUp'));
    const { bus } = await renderWithDialer(element, { bus: createScriptedBus() });
    bus.push(busEvent.callStatus('connecting', 'regular'));
    const before = result.current;
    bus.push(busEvent.callStatus('ringing', 'regular'));
    expect(result.current).toBe(before);
  });
});
