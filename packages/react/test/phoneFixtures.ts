import type { Line } from '@dialer-kit/core';
import { createScriptedBus, renderWithDialer as renderOnBus } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';

/** A line in London and one in San Francisco: national numbers are read with their country. */
export const GB_LINE: Line = {
  id: 44,
  name: 'London',
  number: '+44 20 7946 0000',
  normalized: '+442079460000',
};
export const US_LINE: Line = { id: 1, name: '', number: '+1 415-555-0123', normalized: '+14155550123' };

/** `USER.LINES_CHANGED` listing `lines`; the first one is dialled from. */
export const linesChanged = (...lines: Line[]) => ({ type: 'USER.LINES_CHANGED', payload: { lines } });

export const numberBox = () => screen.getByRole('textbox', { name: 'Phone number' });
export const callButton = () => screen.getByRole('button', { name: 'Call' });

/** The kit on a bus the test scripts message by message, with a user to type and click. */
export async function renderOnScriptedBus(
  ui: ReactElement,
  options: Omit<Parameters<typeof renderOnBus>[1] & object, 'bus'> = {},
) {
  const rendered = await renderOnBus(ui, { ...options, bus: createScriptedBus() });
  return { ...rendered, user: userEvent.setup() };
}
