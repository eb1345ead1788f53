import type { ScriptedBus } from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderOnScript } from '../../../test/renderOnScript';
import { CallBar } from './CallBar';

// The call bar as its tests read it: by role and name, as the agent finds it; and their arrange step.

export const callRegion = () => screen.getByRole('region', { name: 'Call' });
export const button = (name: string) => screen.getByRole('button', { name });
export const statusText = () => within(callRegion()).getByRole('status').textContent;
export const partyText = () => callRegion().querySelector('.dk-call-bar__party')?.textContent;
/** The call's own buttons (a notice's Dismiss is not one of them). */
export const buttonNames = () =>
  within(screen.getByRole('group', { name: 'Call controls' }))
    .queryAllByRole('button')
    .map((b) => b.textContent);
/** The bar's state chips, in words. */
export const chips = () =>
  within(callRegion())
    .queryAllByRole('listitem')
    .map((chip) => chip.textContent);
/** The bar's shown notice (its polite live region), or null. */
export const notice = () =>
  callRegion().querySelector<HTMLElement>('.dk-call-bar__notice:not([data-empty]) [aria-live="polite"]');

/** The call bar on a scripted bus that `script` brings to a point of the call, with a user to click. */
export const renderBar = (script?: (bus: ScriptedBus) => void) => renderOnScript(<CallBar />, script);
