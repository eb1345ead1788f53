import {
  actOn,
  busEvent,
  callMetadata,
  createScriptedBus,
  probeHook,
  renderWithDialer,
} from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { type LastFailureFilter, useLastFailure } from './useLastFailure';

describe('useLastFailure', () => {
  it('is undefined until an operation fails', async () => {
    const { result, element } = probeHook(useLastFailure);
    await renderWithDialer(element, { bus: createScriptedBus() });
    expect(result.current).toBeUndefined();
  });

  it('reports a concurrent call the bus reverted', async () => {
    const { result, bus, store } = await probeOnScript(useLastFailure);
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

  describe('with a filter', () => {
    /** A connected call whose HOLD got no answer in time. */
    async function holdTimedOut(filter: LastFailureFilter) {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const { result, element } = probeHook(() => useLastFailure(filter));
      const { bus, store } = await renderWithDialer(element, { bus: createScriptedBus() });
      bus.push(busEvent.callStatus('connected', 'regular'), busEvent.sync(callMetadata()));
      actOn(() => store.actions.hold(true));
      act(() => vi.advanceTimersByTime(10_000));
      return { result, bus };
    }

    afterEach(() => {
      vi.useRealTimers();
    });

    it('reports only the operations asked for', async () => {
      expect((await holdTimedOut({ operations: ['hold'] })).result.current).toMatchObject({
        operation: 'hold',
        reason: 'timeout',
      });
      expect((await holdTimedOut({ operations: ['swap', 'merge'] })).result.current).toBeUndefined();
    });

    it('drops a failure older than the call status once asked for the current one only', async () => {
      const { result, bus } = await holdTimedOut({ sinceStatusChange: true });
      expect(result.current?.operation).toBe('hold');
      act(() => vi.advanceTimersByTime(1));
      bus.push(busEvent.callStatus('hanging', 'regular'));
      expect(result.current).toBeUndefined();
    });
  });
});
