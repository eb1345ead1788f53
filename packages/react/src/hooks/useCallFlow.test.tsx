import { busEvent, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useCallFlow } from './useCallFlow';

describe('useCallFlow', () => {
  it('is undefined while idle', async () => {
    const { result, element } = probeHook(useCallFlow);
    await renderWithDialer(element, { bus: createScriptedBus() });
    expect(result.current).toBeUndefined();
  });

  it('follows the flow of each status and clears it on idle', async () => {
    const { result, bus } = await probeOnScript(useCallFlow);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(result.current).toBe('regular');
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
    );
    expect(result.current).toBe('warmTransfer');
    bus.push(busEvent.callStatus('merging', 'warmTransfer'), busEvent.callStatus('ended', 'regular'));
    bus.push(busEvent.callStatus('idle'));
    expect(result.current).toBeUndefined();
  });
});
