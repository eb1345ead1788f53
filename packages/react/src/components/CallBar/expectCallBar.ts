import type { CallStatus } from '@dialer-kit/core';
import { expect, within } from 'storybook/test';

// Story helpers shared by the CallBar story files (not part of the library: nothing in src imports them).

/** The in-call buttons on a call that is not recorded (yet). */
export const IN_CALL = ['Hang up', 'Mute', 'Hold', 'Record'];
/** The in-call buttons on a Sales US call, which records by itself. */
export const IN_RECORDED_CALL = ['Hang up', 'Mute', 'Hold', 'Pause recording'];

/** The call bar region in a story's canvas. */
export const bar = (canvas: HTMLElement): HTMLElement => within(canvas).getByRole('region', { name: 'Call' });

/** One of the call bar's buttons, by name. */
export const button = (canvas: HTMLElement, name: string): HTMLElement =>
  within(bar(canvas)).getByRole('button', { name });

/** Asserts the bar's `data-state`, its status in words (exactly) and its buttons' names, in order. */
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
    within(region)
      .queryAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(buttons);
  return region;
}
