import { act, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { busEvent } from '../../../test/fakeBus';
import { renderWithDialer } from '../../../test/renderWithDialer';
import { AvailabilityBadge } from './AvailabilityBadge';

afterEach(() => {
  vi.useRealTimers();
});

describe('AvailabilityBadge', () => {
  it('says it is connecting until the bus reports the availability', async () => {
    const { container } = await renderWithDialer(<AvailabilityBadge />);
    expect(screen.getByRole('status')).toHaveTextContent('Availability: Connecting to the dialer');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'unknown');
  });

  it('shows the availability in words as a status', async () => {
    const { bus, container } = await renderWithDialer(<AvailabilityBadge />);
    bus.push(busEvent.availability('available'));
    expect(screen.getByRole('status')).toHaveTextContent('Available');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'available');
    bus.push(busEvent.availability('in_call'));
    expect(screen.getByRole('status')).toHaveTextContent('In call');
  });

  it('shows an unknown availability as sent', async () => {
    const { bus } = await renderWithDialer(<AvailabilityBadge />);
    bus.push(busEvent.availability('lunch_break'));
    expect(screen.getByRole('status')).toHaveTextContent('lunch_break');
  });

  describe('during after-call work', () => {
    it('counts the wrap-up down from the arrival time, outside the live region', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const { bus, container } = await renderWithDialer(<AvailabilityBadge />);
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
    const { container } = await renderWithDialer(<AvailabilityBadge ref={ref} className="mine" />);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveClass('dk-availability', 'mine');
  });
});
