import { actOn, busEvent, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useAgentAvailability } from './useAgentAvailability';

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);

describe('useAgentAvailability', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is unknown until the bus reports it', async () => {
    const { result, element } = probeHook(useAgentAvailability);
    await renderWithDialer(element, { bus: createScriptedBus() });
    expect(result.current).toMatchObject({
      status: undefined,
      isUpdating: false,
      updateAvailabilityControl: { enabled: true },
    });
  });

  it('shows the reported status and the end of after-call work from its arrival time', async () => {
    const { result, bus } = await probeOnScript(useAgentAvailability);
    bus.push(
      busEvent.availability('after_call_work', { wrapUpTimeTtl: 30, wrapUpTimeConfig: 60, updatedAt: 2 }),
    );
    expect(result.current).toMatchObject({
      status: 'after_call_work',
      wrapUpEndsAt: T0 + 30_000,
      wrapUpTimeConfig: 60,
      updatedAt: 2,
      updateAvailabilityControl: { enabled: false, reason: 'in-call' },
    });
  });

  it('keeps an unknown status as sent', async () => {
    const { result, bus } = await probeOnScript(useAgentAvailability);
    bus.push(busEvent.availability('meditating', { updatedAt: 2 }));
    expect(result.current.status).toBe('meditating');
  });

  it('sends an update and is updating until the bus answers', async () => {
    const { result, bus } = await probeOnScript(useAgentAvailability);
    bus.answer('API.UPDATE_AVAILABILITY', () => ({ type: 'API.UPDATE_AVAILABILITY_FULFILLED' }));
    const settled = actOn(() => result.current.updateAvailability('on_a_break'));
    expect(bus.sent('API.UPDATE_AVAILABILITY')).toMatchObject([{ payload: { status: 'on_a_break' } }]);
    expect(result.current.isUpdating).toBe(true);
    expect(result.current).toMatchObject({
      updateAvailabilityControl: { enabled: false, reason: 'request-pending' },
    });
    await bus.settle();
    await expect(settled).resolves.toMatchObject({ ok: true });
    expect(result.current.isUpdating).toBe(false);
  });

  it('cannot update during a call', async () => {
    const { result, bus } = await probeOnScript(useAgentAvailability);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(result.current).toMatchObject({
      updateAvailabilityControl: { enabled: false, reason: 'in-call' },
    });
  });
});
