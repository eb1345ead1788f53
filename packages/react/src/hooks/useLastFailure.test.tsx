import { describe, expect, it } from 'vitest';
import { busEvent } from '../../test/fakeBus';
import { actOn, probeHook, renderWithDialer } from '../../test/renderWithDialer';
import { useLastFailure } from './useLastFailure';

describe('useLastFailure', () => {
  it('is undefined until an operation fails', async () => {
    const { result, element } = probeHook(useLastFailure);
    await renderWithDialer(element);
    expect(result.current).toBeUndefined();
  });

  it('reports a concurrent call the bus reverted', async () => {
    const { result, element } = probeHook(useLastFailure);
    const { bus, store } = await renderWithDialer(element);
    bus.push(
      busEvent.incoming(),
      busEvent.callStatus('accepting', 'regular'),
      busEvent.callStatus('connected', 'regular'),
    );
    actOn(() => store.actions.startConcurrent('+14155550100'));
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('connected', 'regular'),
    );
    expect(result.current).toMatchObject({ operation: 'startConcurrent', reason: 'reverted' });
  });
});
