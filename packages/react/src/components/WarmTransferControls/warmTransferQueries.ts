import { screen, within } from '@testing-library/react';

// The warm-transfer region as its tests read it: by role and name, as the agent finds it.

export const section = () => screen.getByRole('region', { name: 'Warm transfer' });
/** The transfer's shown notice (its polite live region), or null. */
export const notice = () =>
  section().querySelector<HTMLElement>('.dk-warm-transfer__notice:not([data-empty]) [aria-live="polite"]');
export const button = (name: string) => screen.getByRole('button', { name });
export const parties = () =>
  Object.fromEntries(
    within(section())
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );
