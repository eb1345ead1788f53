import { busEvent, createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../../../test/axe';
import { simulatedTime } from '../../../test/simulatedTime';
import { AvailabilitySelect } from './AvailabilitySelect';

let updatedAt = 1;
const availability = (status: string, extra: { wrapUpTimeTtl?: number; wrapUpTimeConfig?: number } = {}) =>
  busEvent.availability(status, { updatedAt: ++updatedAt, ...extra });
const select = () => screen.getByRole('combobox', { name: 'Availability' });
const status = () => screen.getByRole('status');
const shownOption = () => (select() as HTMLSelectElement).selectedOptions[0]?.textContent;
const options = () =>
  within(select())
    .getAllByRole('option')
    .map((option) => option.textContent);

/** A bus that accepts every availability change and then reports the status it gives. */
function acceptingBus() {
  const bus = createScriptedBus();
  bus.answer('API.UPDATE_AVAILABILITY', () => ({ type: 'API.UPDATE_AVAILABILITY_FULFILLED' }));
  return bus;
}

async function renderAvailableOn(bus: ReturnType<typeof createScriptedBus>) {
  const rendered = await renderWithDialer(<AvailabilitySelect />, { bus });
  bus.push(availability('available'));
  return rendered;
}

/** The select's refusal notice (its polite live region), or null. */
const notice = () =>
  document.querySelector<HTMLElement>(
    '.dk-availability-select__notice:not([data-empty]) [aria-live="polite"]',
  );

describe('AvailabilitySelect', () => {
  const time = simulatedTime();
  const renderAvailable = (bus = acceptingBus()) => renderAvailableOn(bus);

  it("starts on the agent's setting, with the status beside it in agreeing words", async () => {
    const { container } = await renderAvailable();
    expect(select()).toHaveValue('always_opened');
    expect(status().textContent).toBe('Availability: Taking calls');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'available');
    expect(container.firstElementChild).toHaveAttribute('data-setting', 'always_opened');
  });

  it('keeps the accepted choice', async () => {
    const user = userEvent.setup(time);
    const { bus } = await renderAvailable();
    await user.selectOptions(select(), 'Always closed');
    await bus.settle();
    bus.push(availability('do_not_disturb'));
    expect(select()).toHaveValue('always_closed');
    expect(bus.sent('API.UPDATE_AVAILABILITY')).toMatchObject([{ payload: { status: 'always_closed' } }]);
  });

  it('shows "On a break" and "Not taking calls", never a contradicting "Do not disturb"', async () => {
    const user = userEvent.setup(time);
    const { bus, container } = await renderAvailable();
    await user.selectOptions(select(), 'On a break');
    await bus.settle();
    bus.push(availability('do_not_disturb'));
    expect(shownOption()).toBe('On a break');
    expect(status().textContent).toBe('Availability: Not taking calls');
    expect(container.textContent).not.toContain('Do not disturb');
  });

  describe('while an update is in flight', () => {
    it('shows the choice being sent, enabled (so it keeps focus) but busy, and says it is updating', async () => {
      const bus = createScriptedBus();
      const user = userEvent.setup(time);
      await renderAvailable(bus);
      await user.selectOptions(select(), 'Always closed');
      expect(select()).toHaveValue('always_closed');
      expect(select()).toBeEnabled();
      expect(select()).toHaveFocus();
      expect(select()).toHaveAttribute('aria-disabled', 'true');
      expect(select()).toHaveAttribute('aria-busy', 'true');
      expect(status().textContent).toBe('Availability: Taking calls (Updating)');
      bus.push({ type: 'API.UPDATE_AVAILABILITY_FULFILLED' }, availability('do_not_disturb'));
      await bus.settle();
      expect(select()).not.toHaveAttribute('aria-busy');
      expect(status().textContent).toBe('Availability: Not taking calls');
    });

    it('ignores another change', async () => {
      const bus = createScriptedBus();
      const user = userEvent.setup(time);
      await renderAvailable(bus);
      await user.selectOptions(select(), 'Always closed');
      await user.selectOptions(select(), 'Automatic');
      expect(select()).toHaveValue('always_closed');
      bus.push({ type: 'API.UPDATE_AVAILABILITY_FULFILLED' }, availability('do_not_disturb'));
      await bus.settle();
      expect(select()).toHaveValue('always_closed');
      expect(bus.sent('API.UPDATE_AVAILABILITY').length).toBe(1);
    });
  });

  describe('when the bus refuses the update', () => {
    function refusingBus() {
      const bus = createScriptedBus();
      bus.answer('API.UPDATE_AVAILABILITY', () => ({
        type: 'API.UPDATE_AVAILABILITY_REJECTED',
        payload: { error: { message: 'Not allowed by your supervisor' } },
      }));
      return bus;
    }

    it.each(['Automatic', 'Always closed'])(
      'goes back from %s to the previous choice and says why in a polite notice tied to the select',
      async (refused) => {
        const bus = refusingBus();
        const user = userEvent.setup(time);
        await renderAvailable(bus);
        await user.selectOptions(select(), refused);
        await bus.settle();
        expect(select()).toHaveValue('always_opened');
        const shown = notice();
        expect(shown).toHaveAttribute('aria-live', 'polite');
        expect(shown?.textContent).toBe(
          'Availability could not change. The dialer refused it. Not allowed by your supervisor',
        );
        expect(select()).toHaveAccessibleDescription(shown?.textContent ?? '');
      },
    );

    it('is dismissed by the agent, and focus goes back to the select', async () => {
      const bus = refusingBus();
      const user = userEvent.setup(time);
      await renderAvailable(bus);
      await user.selectOptions(select(), 'On a break');
      await bus.settle();
      // The refusal did not take focus from the select.
      expect(select()).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(notice()).toBeNull();
      expect(select()).toHaveFocus();
    });

    it('says a timeout too', async () => {
      const bus = createScriptedBus();
      const user = userEvent.setup(time);
      await renderWithDialer(<AvailabilitySelect />, {
        bus,
        provider: { requestTimeoutMs: 1_000 },
      });
      bus.push(availability('available'));
      await user.selectOptions(select(), 'On a break');
      time.advanceTimers(1_000);
      await bus.settle();
      expect(notice()?.textContent).toBe('Availability could not change. The dialer did not answer in time.');
      expect(select()).toHaveValue('always_opened');
    });
  });

  describe('during a call', () => {
    it('stays focusable, offers nothing to pick and says why in words', async () => {
      const { bus, container } = await renderAvailable();
      bus.push(busEvent.callStatus('connected', 'regular'), availability('in_call'));
      expect(select()).toBeEnabled();
      expect(select()).toHaveAttribute('aria-disabled', 'true');
      expect(options()).toEqual(['In call']);
      const reason = screen.getByText('Availability cannot change during a call.');
      expect(reason).toBeVisible();
      expect(select()).toHaveAccessibleDescription('Availability cannot change during a call.');
      expect(status().textContent).toBe('Availability: In call');
      // Said once on screen (by the select), still announced.
      expect(status()).toHaveClass('dk-visually-hidden');
      expect(container.firstElementChild).toHaveAttribute('data-disabled');
    });

    it('refuses a change made anyway', async () => {
      const user = userEvent.setup(time);
      const { bus } = await renderAvailable();
      bus.push(busEvent.callStatus('connected', 'regular'), availability('in_call'));
      select().focus();
      await user.keyboard('{ArrowDown}');
      expect(bus.sent('API.UPDATE_AVAILABILITY').length).toBe(0);
    });
  });

  it('during after-call work, says when it can change and counts down outside the live region', async () => {
    const { bus } = await renderAvailable();
    bus.push(
      busEvent.callStatus('ended', 'regular'),
      availability('after_call_work', { wrapUpTimeTtl: 30, wrapUpTimeConfig: 30 }),
    );
    expect(screen.getByText('Availability can change once after-call work ends.')).toBeVisible();
    expect(screen.getByText('Wrap-up ends in 30 s')).toBeVisible();
    expect(status()).not.toHaveTextContent('Wrap-up');
  });

  it('before the bus reports it, says why it is unknown', async () => {
    await renderWithDialer(<AvailabilitySelect />, { bus: createScriptedBus({ user: null }) });
    expect(status().textContent).toBe('Availability: Sign in to the dialer');
    expect(shownOption()).toBe('Sign in to the dialer');
    expect(screen.getByText('The dialer is not ready.')).toBeVisible();
  });

  it('shows a status the kit does not know as sent, with every setting still on offer', async () => {
    const { bus } = await renderAvailable();
    bus.push(availability('lunch_break'));
    expect(status().textContent).toBe('Availability: lunch_break');
    expect(options()).toHaveLength(9);
    expect(select()).not.toHaveAttribute('aria-disabled');
  });

  it('forwards its ref and class to the root', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = await renderWithDialer(<AvailabilitySelect ref={ref} className="crm" />, {
      bus: createScriptedBus(),
    });
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveClass('dk-availability-select', 'crm');
  });
});

describe('AvailabilitySelect, checked by axe', () => {
  it('has no axe violations, in use, refused and during a call', async () => {
    const bus = createScriptedBus();
    bus.answer('API.UPDATE_AVAILABILITY', () => ({ type: 'API.UPDATE_AVAILABILITY_REJECTED' }));
    const user = userEvent.setup();
    const { container } = await renderAvailableOn(bus);
    expect(describeViolations(await axeViolations(container))).toEqual([]);
    await user.selectOptions(select(), 'On a break');
    await bus.settle();
    expect(notice()).toBeInTheDocument();
    expect(describeViolations(await axeViolations(container))).toEqual([]);
    bus.push(busEvent.callStatus('connected', 'regular'), availability('in_call'));
    expect(screen.getByText('Availability cannot change during a call.')).toBeInTheDocument();
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});
