import { callScripts, type ScriptedBus } from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderOnScript } from '../../../test/renderOnScript';
import { WarmTransferControls } from './WarmTransferControls';

// The warm-transfer region as its tests read it: by role and name, as the agent finds it; and the
// arrange steps they share.

export const section = () => screen.getByRole('region', { name: 'Warm transfer' });
/** The transfer's shown notice (its polite live region), or null. */
export const notice = () =>
  section().querySelector<HTMLElement>('.dk-warm-transfer__notice:not([data-empty]) [aria-live="polite"]');
export const button = (name: string) => screen.getByRole('button', { name });
export const transferBox = () => screen.getByRole('textbox', { name: 'Transfer to' });
export const parties = () =>
  Object.fromEntries(
    within(section())
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

/** The controls on a scripted bus that `script` brings to a point of the call, with a user to click. */
export const renderControls = (script?: (bus: ScriptedBus) => void) =>
  renderOnScript(<WarmTransferControls />, script);

/** The controls on a connected call once the agent started a transfer to `to`, the bus not yet told. */
export async function renderStarted(to: string) {
  const rendered = await renderControls(callScripts.connected);
  await rendered.user.type(transferBox(), to);
  await rendered.user.click(button('Start transfer'));
  return rendered;
}
