import { callScripts, createScriptedBus, renderWithDialer, TEST_TAGS } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { MandatoryTagModal } from './MandatoryTagModal';

// Test-only: the queries and the arrange step the MandatoryTagModal tests share.

export const WITH_TAGS = { provider: { tags: TEST_TAGS } };
export const dialog = () => screen.getByRole('dialog', { name: 'Tag this call' }) as HTMLDialogElement;
export const save = () => screen.getByRole('button', { name: 'Save tags' });
/** The dialog's shown notice (its polite live region), or null. */
export const notice = () =>
  dialog().querySelector<HTMLElement>('.dk-tag-modal__notice:not([data-empty]) [aria-live="polite"]');

/** Open as a modal dialog, with the focus inside: jsdom has no `showModal()`, so the kit does it by hand. */
export function expectModal(element: HTMLElement): void {
  expect(element).toHaveAttribute('open');
  expect(element).toHaveAttribute('role', 'dialog');
  expect(element).toHaveAttribute('aria-modal', 'true');
  expect(element).toContainElement(document.activeElement as HTMLElement);
}

/** The modal with the test tags, the bus in mandatory tagging. */
export async function renderTagging() {
  const rendered = await renderWithDialer(<MandatoryTagModal />, { bus: createScriptedBus(), ...WITH_TAGS });
  callScripts.mandatoryTagging(rendered.bus);
  return rendered;
}
