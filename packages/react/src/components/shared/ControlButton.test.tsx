import type { ControlState } from '@dialer-kit/core';
import { createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ControlButton } from './ControlButton';
import { HANG_UP } from './icons';

const ENABLED: ControlState = { enabled: true, pending: false, reason: undefined };
const TAGGING: ControlState = { enabled: false, pending: false, reason: 'mandatory-tagging' };
const PENDING: ControlState = { enabled: false, pending: true, reason: 'operation-pending' };

describe('ControlButton', () => {
  describe('when its control is enabled', () => {
    it('runs its action on click, without any disabled or busy state', async () => {
      const onActivate = vi.fn();
      const user = userEvent.setup();
      await renderWithDialer(
        <ControlButton control={ENABLED} onActivate={onActivate}>
          Go
        </ControlButton>,
        { bus: createScriptedBus() },
      );
      const button = screen.getByRole('button', { name: 'Go' });
      await user.click(button);
      expect(onActivate).toHaveBeenCalledTimes(1);
      expect(button).not.toHaveAttribute('aria-disabled');
      expect(button).not.toHaveAttribute('aria-busy');
      expect(button).not.toHaveAccessibleDescription();
      expect(button).toHaveAttribute('data-state', 'enabled');
    });

    it('lets the consumer cancel the action from onClick', async () => {
      const onActivate = vi.fn();
      const user = userEvent.setup();
      await renderWithDialer(
        <ControlButton control={ENABLED} onActivate={onActivate} onClick={(event) => event.preventDefault()}>
          Go
        </ControlButton>,
        { bus: createScriptedBus() },
      );
      await user.click(screen.getByRole('button', { name: 'Go' }));
      expect(onActivate).not.toHaveBeenCalled();
    });

    it('draws its icon before its words, hidden from assistive technology: the words stay its name', async () => {
      await renderWithDialer(
        <ControlButton control={ENABLED} icon={HANG_UP}>
          Hang up
        </ControlButton>,
        { bus: createScriptedBus() },
      );
      const button = screen.getByRole('button', { name: 'Hang up' });
      const icon = button.firstElementChild;
      expect(icon?.tagName.toLowerCase()).toBe('svg');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon).toHaveAttribute('stroke', 'currentColor');
      expect(icon?.querySelector('path')).toHaveAttribute('d', HANG_UP);
      expect(button).toHaveTextContent(/^Hang up$/);
    });
  });

  it('is not shown when its command is one the host turned off', async () => {
    const { container } = await renderWithDialer(
      <ControlButton control={{ enabled: false, pending: false, reason: 'not-supported' }}>Go</ControlButton>,
      { bus: createScriptedBus() },
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(container.querySelector('.dk-control')).toBeNull();
  });

  describe('when its control is disabled', () => {
    it('refuses the click but stays focusable', async () => {
      const onActivate = vi.fn();
      const user = userEvent.setup();
      await renderWithDialer(
        <ControlButton control={TAGGING} onActivate={onActivate}>
          Go
        </ControlButton>,
        { bus: createScriptedBus() },
      );
      const button = screen.getByRole('button', { name: 'Go' });
      await user.tab();
      expect(button).toHaveFocus();
      await user.click(button);
      await user.keyboard('{Enter}');
      expect(onActivate).not.toHaveBeenCalled();
      expect(button).toHaveAttribute('aria-disabled', 'true');
    });

    it('says why in visible text that describes the button', async () => {
      await renderWithDialer(<ControlButton control={TAGGING}>Go</ControlButton>, {
        bus: createScriptedBus(),
      });
      const button = screen.getByRole('button', { name: 'Go' });
      expect(button).toHaveAccessibleDescription('Tag the last call first.');
      expect(screen.getByText('Tag the last call first.')).toHaveClass('dk-hint');
      expect(button).toHaveAttribute('data-reason', 'mandatory-tagging');
    });

    it('uses a given reason text over the reason code', async () => {
      await renderWithDialer(
        <ControlButton
          control={{ enabled: false, pending: false, reason: undefined }}
          reasonText="Pick one first"
        >
          Go
        </ControlButton>,
        { bus: createScriptedBus() },
      );
      expect(screen.getByRole('button', { name: 'Go' })).toHaveAccessibleDescription('Pick one first');
    });

    it('does not submit its form', async () => {
      const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
      const user = userEvent.setup();
      await renderWithDialer(
        <form onSubmit={onSubmit}>
          <ControlButton type="submit" control={TAGGING}>
            Send
          </ControlButton>
        </form>,
        { bus: createScriptedBus() },
      );
      await user.click(screen.getByRole('button', { name: 'Send' }));
      expect(onSubmit).not.toHaveBeenCalled();
    });
  });

  describe('while its command is pending', () => {
    it('is busy and describes the wait without showing it', async () => {
      await renderWithDialer(<ControlButton control={PENDING}>Go</ControlButton>, {
        bus: createScriptedBus(),
      });
      const button = screen.getByRole('button', { name: 'Go' });
      expect(button).toHaveAttribute('aria-busy', 'true');
      expect(button).toHaveAttribute('data-pending');
      expect(button).toHaveAccessibleDescription('Wait for the current action to finish.');
      expect(screen.getByText('Wait for the current action to finish.')).toHaveClass('dk-visually-hidden');
    });
  });

  it('forwards its ref to the button and adds the consumer className', async () => {
    const ref = createRef<HTMLButtonElement>();
    await renderWithDialer(
      <ControlButton ref={ref} control={ENABLED} className="mine" aria-describedby="extra">
        Go
      </ControlButton>,
      { bus: createScriptedBus() },
    );
    const button = screen.getByRole('button', { name: 'Go' });
    expect(ref.current).toBe(button);
    expect(button).toHaveClass('dk-button', 'mine');
    expect(button).toHaveAttribute('aria-describedby', 'extra');
  });
});
