import type { Line } from '@dialer-kit/core';
import { busEvent, createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, describeViolations } from '../../../test/axe';
import { useLineSelect } from '../../hooks/useLineSelect';
import { DialPad } from '../DialPad/DialPad';
import { LineSelect } from './LineSelect';

const SALES: Line = { id: 1, name: 'Sales US', number: '+1 415-555-0123', normalized: '+14155550123' };
const SUPPORT: Line = { id: 2, name: 'Support UK', number: '+44 20 7183 8750', normalized: '+442071838750' };
const linesChanged = (...lines: Line[]) => ({ type: 'USER.LINES_CHANGED', payload: { lines } });
const select = () => screen.getByRole('combobox', { name: 'Line' });
const options = () =>
  within(select())
    .getAllByRole('option')
    .map((option) => option.textContent);

async function renderLines(ui = <LineSelect />, lines: Line[] = [SALES, SUPPORT]) {
  const rendered = await renderWithDialer(ui, { bus: createScriptedBus() });
  rendered.bus.push(linesChanged(...lines));
  return rendered;
}

/** The demo's pairing: the pick held by the page, its number passed to the dial pad. */
function LineAndPad() {
  const [lineId, setLineId] = useState<number | undefined>(undefined);
  const { from } = useLineSelect({ value: lineId });
  return (
    <>
      <LineSelect value={lineId} onValueChange={setLineId} />
      <DialPad {...(from === undefined ? {} : { from })} />
    </>
  );
}

describe('LineSelect', () => {
  it("lists the agent's lines by name, on the first one, with its caller ID beneath", async () => {
    const { container } = await renderLines();
    expect(options()).toEqual(['Sales US', 'Support UK']);
    expect(select()).toHaveValue(String(SALES.id));
    expect(select()).toHaveAccessibleDescription('Caller ID +1 415-555-0123');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready');
  });

  it('picks another line and tells the owner', async () => {
    const onValueChange = vi.fn();
    const user = userEvent.setup();
    await renderLines(<LineSelect onValueChange={onValueChange} />);
    await user.selectOptions(select(), 'Support UK');
    expect(select()).toHaveValue(String(SUPPORT.id));
    expect(onValueChange).toHaveBeenCalledWith(SUPPORT.id);
    expect(select()).toHaveAccessibleDescription('Caller ID +44 20 7183 8750');
  });

  it('dials from the line picked, through useLineSelect', async () => {
    const user = userEvent.setup();
    const { bus } = await renderLines(<LineAndPad />);
    await user.selectOptions(select(), 'Support UK');
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '+14155550199{Enter}');
    expect(bus.sent('DIALER.DIAL')).toMatchObject([
      { payload: { from: SUPPORT.normalized, to: '+14155550199' } },
    ]);
  });

  it('names a line without a name by its number, and cannot pick one without a number', async () => {
    await renderLines(<LineSelect />, [SALES, { id: 3, number: '+1 212-555-0100' }, { id: 4 }]);
    expect(options()).toEqual(['Sales US', '+1 212-555-0100', 'Line 4 (no number)']);
    expect(within(select()).getByRole('option', { name: 'Line 4 (no number)' })).toBeDisabled();
  });

  it('says there are no lines yet, and why it cannot be used', async () => {
    await renderWithDialer(<LineSelect />, { bus: createScriptedBus() });
    expect(options()).toEqual(['No lines yet']);
    expect(select()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('No phone line to call from yet.')).toBeVisible();
  });

  describe('during a call', () => {
    it('stays focusable, offers only the line shown and says why in words', async () => {
      const { bus, container } = await renderLines();
      bus.push(busEvent.callStatus('connected', 'regular'));
      expect(select()).toBeEnabled();
      expect(select()).toHaveAttribute('aria-disabled', 'true');
      expect(options()).toEqual(['Sales US']);
      expect(screen.getByText('Not possible during a call.')).toBeVisible();
      expect(select()).toHaveAccessibleDescription('Caller ID +1 415-555-0123 Not possible during a call.');
      expect(container.firstElementChild).toHaveAttribute('data-state', 'disabled');
    });

    it('keeps the pick for the next call', async () => {
      const user = userEvent.setup();
      const { bus } = await renderLines();
      await user.selectOptions(select(), 'Support UK');
      bus.push(busEvent.callStatus('connected', 'regular'));
      expect(options()).toEqual(['Support UK']);
      bus.push(busEvent.callStatus('ended', 'regular'));
      expect(select()).toHaveValue(String(SUPPORT.id));
      expect(options()).toEqual(['Sales US', 'Support UK']);
    });
  });

  it('while the last call waits for its tags, says to tag it first', async () => {
    const { bus } = await renderLines();
    bus.push(busEvent.callStatus('connected', 'regular'), busEvent.callStatus('mandatoryTagging', 'regular'));
    expect(screen.getByText('Tag the last call first.')).toBeVisible();
  });

  it('forwards its ref and class to the root', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = await renderWithDialer(<LineSelect ref={ref} className="crm" />, {
      bus: createScriptedBus(),
    });
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveClass('dk-line-select', 'crm');
  });

  it('has no axe violations, ready, without lines and during a call', async () => {
    const { container, bus } = await renderWithDialer(<LineSelect />, { bus: createScriptedBus() });
    expect(describeViolations(await axeViolations(container))).toEqual([]);
    bus.push(linesChanged(SALES, SUPPORT));
    expect(describeViolations(await axeViolations(container))).toEqual([]);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});
