import { callScripts, type ScriptedBus, TEST_TAGS, type TestProviderProps } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { renderOnScript } from '../../../test/renderOnScript';
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

/**
 * `ui` (default the modal alone) on a scripted bus that `script` brings to a point of the call, with the
 * provider's tag catalogue (default the test tags) and a user to click.
 */
export function renderModal(
  script?: (bus: ScriptedBus) => void,
  ui: ReactElement = <MandatoryTagModal />,
  provider: TestProviderProps = WITH_TAGS.provider,
) {
  return renderOnScript(ui, script, { provider });
}

/** The modal with the test tags, the bus in mandatory tagging. */
export const renderTagging = () => renderModal(callScripts.mandatoryTagging);
