import { actOn, busEvent, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { simulatedTime } from '../../test/simulatedTime';
import { useAvailabilitySelect } from './useAvailabilitySelect';

simulatedTime();

let updatedAt = 1;
const availability = (status: string, extra: { wrapUpTimeTtl?: number; wrapUpTimeConfig?: number } = {}) =>
  busEvent.availability(status, { updatedAt: ++updatedAt, ...extra });
const ACCEPTED = { type: 'API.UPDATE_AVAILABILITY_FULFILLED' };
const REFUSED = { type: 'API.UPDATE_AVAILABILITY_REJECTED', payload: { error: { message: 'Not now' } } };

async function renderAvailable() {
  const probe = probeHook(useAvailabilitySelect);
  const rendered = await renderWithDialer(probe.element, { bus: createScriptedBus() });
  rendered.bus.push(availability('available'));
  return { ...rendered, result: probe.result };
}

describe('useAvailabilitySelect', () => {
  it('knows no setting, and says why, until the bus reports the availability', async () => {
    const { result, element } = probeHook(useAvailabilitySelect);
    await renderWithDialer(element, { bus: createScriptedBus({ user: null }) });
    expect(result.current).toMatchObject({
      status: undefined,
      setting: undefined,
      connection: 'needs-login',
    });
    expect(result.current.updateAvailabilityControl).toMatchObject({ enabled: false, reason: 'not-ready' });
  });

  it('shows the plain setting of the status the bus reports', async () => {
    const { result, bus } = await renderAvailable();
    expect(result.current).toMatchObject({ status: 'available', setting: 'always_opened', busy: false });
    bus.push(availability('do_not_disturb'));
    expect(result.current.setting).toBe('always_closed');
  });

  it('sends a choice, shows it while busy, and keeps it once the bus applies it', async () => {
    const { result, bus } = await renderAvailable();
    bus.answer('API.UPDATE_AVAILABILITY', () => ACCEPTED);
    const settled = actOn(() => result.current.updateAvailability('on_a_break'));
    expect(bus.sent('API.UPDATE_AVAILABILITY')).toMatchObject([{ payload: { status: 'on_a_break' } }]);
    expect(result.current).toMatchObject({ setting: 'on_a_break', busy: true });
    await bus.settle();
    await expect(settled).resolves.toMatchObject({ ok: true });
    // Accepted, the status it gives not arrived yet: the choice still shows, not "Always open".
    expect(result.current).toMatchObject({ status: 'available', setting: 'on_a_break', busy: false });
    bus.push(availability('do_not_disturb'));
    expect(result.current).toMatchObject({ status: 'do_not_disturb', setting: 'on_a_break' });
    // Another status later (set elsewhere) is shown as it is.
    bus.push(availability('available'));
    expect(result.current.setting).toBe('always_opened');
  });

  it('keeps the accepted setting in the store: a second select agrees, a remount finds it', async () => {
    const first = probeHook(useAvailabilitySelect);
    const second = probeHook(useAvailabilitySelect);
    const { bus, rerender } = await renderWithDialer(
      <>
        {first.element}
        {second.element}
      </>,
      { bus: createScriptedBus() },
    );
    bus.push(availability('available'));
    bus.answer('API.UPDATE_AVAILABILITY', () => ACCEPTED);
    const settled = actOn(() => first.result.current.updateAvailability('out_for_lunch'));
    expect(second.result.current).toMatchObject({ setting: 'out_for_lunch', busy: true });
    await bus.settle();
    await settled;
    bus.push(availability('do_not_disturb'));
    expect(second.result.current.setting).toBe('out_for_lunch');
    rerender(<p>elsewhere</p>);
    const again = probeHook(useAvailabilitySelect);
    rerender(again.element);
    expect(again.result.current).toMatchObject({ status: 'do_not_disturb', setting: 'out_for_lunch' });
  });

  it('refuses a second choice while the first is on its way, without sending it', async () => {
    const { result, bus } = await renderAvailable();
    bus.answer('API.UPDATE_AVAILABILITY', () => ACCEPTED);
    const first = actOn(() => result.current.updateAvailability('always_closed'));
    const second = actOn(() => result.current.updateAvailability('auto'));
    await expect(second).resolves.toEqual({ ok: false, reason: 'request-pending' });
    await bus.settle();
    await first;
    expect(bus.sent('API.UPDATE_AVAILABILITY').length).toBe(1);
  });

  describe('when the bus refuses a choice', () => {
    it('goes back to the setting before and reports the refusal until dismissed', async () => {
      const { result, bus } = await renderAvailable();
      bus.answer('API.UPDATE_AVAILABILITY', () => REFUSED);
      const settled = actOn(() => result.current.updateAvailability('on_a_break'));
      await bus.settle();
      await expect(settled).resolves.toMatchObject({ ok: false });
      expect(result.current.setting).toBe('always_opened');
      expect(result.current.failure).toMatchObject({ reason: 'rejected', message: 'Not now' });
      actOn(() => result.current.dismissFailure());
      expect(result.current.failure).toBeUndefined();
    });

    it('forgets the refusal when the agent tries again', async () => {
      const { result, bus } = await renderAvailable();
      bus.answer('API.UPDATE_AVAILABILITY', () => REFUSED);
      const refused = actOn(() => result.current.updateAvailability('on_a_break'));
      await bus.settle();
      await refused;
      bus.answer('API.UPDATE_AVAILABILITY', () => ACCEPTED);
      const accepted = actOn(() => result.current.updateAvailability('on_a_break'));
      expect(result.current.failure).toBeUndefined();
      await bus.settle();
      await accepted;
      expect(result.current.failure).toBeUndefined();
    });
  });

  describe('during a call', () => {
    it('may not change, says why, and refuses a choice without sending it', async () => {
      const { result, bus } = await renderAvailable();
      bus.push(busEvent.callStatus('connected', 'regular'), availability('in_call'));
      expect(result.current).toMatchObject({ status: 'in_call', setting: undefined });
      expect(result.current.updateAvailabilityControl).toMatchObject({ enabled: false, reason: 'in-call' });
      await expect(actOn(() => result.current.updateAvailability('auto'))).resolves.toEqual({
        ok: false,
        reason: 'in-call',
      });
      expect(bus.sent('API.UPDATE_AVAILABILITY').length).toBe(0);
    });

    it('counts down the after-call work', async () => {
      const { result, bus } = await renderAvailable();
      bus.push(availability('after_call_work', { wrapUpTimeTtl: 30, wrapUpTimeConfig: 30 }));
      expect(result.current.wrapUpSecondsLeft).toBe(30);
      expect(result.current.updateAvailabilityControl.reason).toBe('in-call');
    });
  });
});
