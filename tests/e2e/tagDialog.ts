import type { Locator, Page } from 'playwright-core';
import { type BusMode, callBar, connectOutgoing } from './demoPage';

/** The kit's mandatory tag dialog. */
export const tagDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Tag this call' });

/** Whether the page's dialog is open as a modal (in the top layer). */
export const isModalOpen = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.querySelector('dialog')?.matches(':modal') ?? false);

/** From idle: a connected call on "Support UK" (mandatory tagging), hung up: the tag dialog is open. */
export async function reachTagModal(page: Page, mode: BusMode): Promise<void> {
  await connectOutgoing(page, mode, 'Support UK');
  await callBar(page).getByRole('button', { name: 'Hang up' }).click();
  await tagDialog(page).waitFor();
}
