import type { CallStatus } from '@dialer-kit/core';
import { expect, within } from 'storybook/test';
import { shownNotices } from '../../../stories/support/notices';

// Story helpers shared by the CallBar story files (not part of the library: nothing in src imports them).

/** The in-call buttons (Mute, Hold and Record are toggles: their names stay, `aria-pressed` changes). */
export const IN_CALL = ['Hang up', 'Mute', 'Hold', 'Record'];

/** The call bar region in a story's canvas. */
export const bar = (canvas: HTMLElement): HTMLElement => within(canvas).getByRole('region', { name: 'Call' });

/** One of the call bar's buttons, by name. */
export const button = (canvas: HTMLElement, name: string): HTMLElement =>
  within(bar(canvas)).getByRole('button', { name });

/** The bar's state chips, in words ("On hold 0:03", "Muted", "Recording"). */
export const chips = (canvas: HTMLElement): string[] =>
  within(bar(canvas))
    .queryAllByRole('listitem')
    .map((chip) => chip.textContent ?? '');

/** The texts of the bar's notices shown (each in its polite live region). */
export const notices = (canvas: HTMLElement): string[] => shownNotices(bar(canvas));

/** Asserts which of Mute, Hold and Record are pressed (the others shown must not be). */
export async function expectPressed(canvas: HTMLElement, pressed: readonly string[]): Promise<void> {
  for (const name of ['Mute', 'Hold', 'Record']) {
    await expect(button(canvas, name)).toHaveAttribute('aria-pressed', String(pressed.includes(name)));
  }
}

/**
 * Asserts the bar's `data-state`, its status in words (exactly) and its call buttons' names, in order (a
 * notice's Dismiss is not one of them).
 */
export async function expectBar(
  canvas: HTMLElement,
  state: CallStatus,
  words: string,
  buttons: readonly string[],
): Promise<HTMLElement> {
  const region = bar(canvas);
  await expect(region).toHaveAttribute('data-state', state);
  await expect(within(region).getByRole('status').textContent).toBe(words);
  await expect(
    within(within(region).getByRole('group', { name: 'Call controls' }))
      .queryAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(buttons);
  return region;
}
