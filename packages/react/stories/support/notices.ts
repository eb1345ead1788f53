import { expect, within } from 'storybook/test';

/** The texts of the notices shown in `container`, each in its polite live region. */
export const shownNotices = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('.dk-notice-slot:not([data-empty]) [aria-live="polite"]')].map(
    (notice) => notice.textContent ?? '',
  );

/**
 * Waits for a notice saying exactly `text` in `container` (bus text in it is in its own `<bdi>`), and
 * asserts it is read out politely.
 */
export async function findNotice(
  container: HTMLElement,
  text: string,
  timeout = 1_000,
): Promise<HTMLElement> {
  const notice = await within(container).findByText(
    (_, element) => element?.matches('[aria-live]') === true && element.textContent === text,
    {},
    { timeout },
  );
  await expect(notice).toHaveAttribute('aria-live', 'polite');
  return notice;
}
