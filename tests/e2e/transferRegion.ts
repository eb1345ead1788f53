import type { Locator, Page } from 'playwright-core';
import { type BusMode, connectOutgoing, expectCallStatus, farSide } from './demoPage';

/** The kit's warm transfer region. */
export const transferRegion = (page: Page): Locator => page.getByRole('region', { name: 'Warm transfer' });

/** The parties the transfer region lists, as `{ 'Talking with': ..., 'On hold': ... }`. */
export const transferParties = (page: Page): Promise<Record<string, string>> =>
  transferRegion(page)
    .locator('dl')
    .evaluate((list) =>
      Object.fromEntries(
        [...list.querySelectorAll('dt')].map((term) => [
          term.textContent ?? '',
          term.nextElementSibling?.textContent ?? '',
        ]),
      ),
    );

/** Types the transfer target and presses "Start transfer". */
export async function startTransfer(page: Page, to: string): Promise<void> {
  const region = transferRegion(page);
  await region.getByRole('textbox', { name: 'Transfer to' }).fill(to);
  await region.getByRole('button', { name: 'Start transfer' }).click();
}

/** From idle: a connected call, a transfer to `to`, and the transferee answering. */
export async function reachConnectedTransfer(page: Page, mode: BusMode, to = '+442079460000'): Promise<void> {
  await connectOutgoing(page, mode);
  await startTransfer(page, to);
  await expectCallStatus(page, 'Warm transfer: Ringing');
  await farSide(page, mode).getByRole('button', { name: 'Transferee answers' }).click();
  await expectCallStatus(page, 'Warm transfer: Connected');
}

/** Arms a failure of the bus's next `operation` from the far side's fault controls. */
export async function injectFailure(page: Page, mode: BusMode, operation: string): Promise<void> {
  const side = farSide(page, mode);
  await side.getByLabel('Next failing operation').selectOption(operation);
  await side.getByRole('button', { name: 'Inject a failure' }).click();
}
