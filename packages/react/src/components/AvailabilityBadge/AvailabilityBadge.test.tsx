import { actOn, busEvent, createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { act, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AvailabilityBadge } from './AvailabilityBadge';

afterEach(() => {
  vi.useRealTimers();
});

describe('AvailabilityBadge', () => {
  describe('until the bus reports the availability', () => {
    it('says it is not known yet once the dialer is connected', async () => {
      const { container, store } = await renderWithDialer(<AvailabilityBadge />, {
        bus: createScriptedBus(),
      });
      expect(store.getState().connection).toBe('ready');
      expect(screen.getByRole('status').textContent).toBe('Availability: Not known yet');
      expect(container.firstElementChild).toHaveAttribute('data-state', 'unknown');
    });

    it('says it is connecting while the dialer starts', async () => {
      const bus = createScriptedBus();
      bus.answer('BUS.INIT', () => undefined);
      await renderWithDialer(<AvailabilityBadge />, { bus });
      expect(screen.getByRole('status').textContent).toBe('Availability: Connecting to the dialer');
    });

    it('asks to sign in while the dialer has no session', async () => {
      await renderWithDialer(<AvailabilityBadge />, { bus: createScriptedBus({ user: null }) });
      expect(screen.getByRole('status').textContent).toBe('Availability: Sign in to the dialer');
    });
  });

  it('shows visibly that an update is on its way', async () => {
    const { bus, store, container } = await renderWithDialer(<AvailabilityBadge />, {
      bus: createScriptedBus(),
    });
    bus.push(busEvent.availability('available'));
    actOn(() => void store.actions.updateAvailability('always_closed'));
    expect(container.firstElementChild).toHaveAttribute('data-updating');
    expect(screen.getByText('(Updating)')).toBeVisible();
    expect(screen.getByRole('status').textContent).toBe('Availability: Available (Updating)');
    bus.push({ type: 'API.UPDATE_AVAILABILITY_FULFILLED' }, busEvent.availability('do_not_disturb'));
    expect(screen.getByRole('status').textContent).toBe('Availability: Do not disturb');
  });

  it('shows the availability in words as a status', async () => {
    const { bus, container } = await renderWithDialer(<AvailabilityBadge />, { bus: createScriptedBus() });
    bus.push(busEvent.availability('available'));
    expect(screen.getByRole('status')).toHaveTextContent('Available');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'available');
    bus.push(busEvent.availability('in_call'));
    expect(screen.getByRole('status')).toHaveTextContent('In call');
  });

  it('shows an unknown availability as sent', async () => {
    const { bus } = await renderWithDialer(<AvailabilityBadge />, { bus: createScriptedBus() });
    bus.push(busEvent.availability('lunch_break'));
    expect(screen.getByRole('status')).toHaveTextContent('lunch_break');
  });

  describe('during after-call work', () => {
    it('counts the wrap-up down from the arrival time, outside the live region', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
      const { bus, container } = await renderWithDialer(<AvailabilityBadge />, { bus: createScriptedBus() });
      bus.push(busEvent.availability('after_call_work', { wrapUpTimeTtl: 30, wrapUpTimeConfig: 30 }));
      const badge = container.firstElementChild;
      expect(screen.getByRole('status')).toHaveTextContent('After-call work');
      expect(screen.getByRole('status')).not.toHaveTextContent('Wrap-up');
      expect(badge).toHaveTextContent('Wrap-up ends in 30 s');
      expect(badge).toHaveAttribute('data-wrap-up');
      act(() => vi.advanceTimersByTime(10_000));
      expect(badge).toHaveTextContent('Wrap-up ends in 20 s');
      act(() => vi.advanceTimersByTime(20_000));
      expect(badge).not.toHaveTextContent('Wrap-up');
      expect(badge).not.toHaveAttribute('data-wrap-up');
    });
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = await renderWithDialer(<AvailabilityBadge ref={ref} className="mine" />, {
      bus: createScriptedBus(),
    });
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveClass('dk-availability', 'mine');
  });
});
