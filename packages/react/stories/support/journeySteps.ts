import type { CallStatus } from '@dialer-kit/core';
import { TEST_CUSTOMER } from '@dialer-kit/testing';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Queries bound to a story's canvas (`within(canvasElement)`). */
export type Canvas = ReturnType<typeof within>;

/** The caller the journeys' incoming offers come from (the simulator's default, as the test kit names it). */
export const CALLER = TEST_CUSTOMER;

/** Simulator settings with an after-call work short enough to watch it end by itself. */
export const SHORT_WRAP_UP = { wrapUpSeconds: 2 } as const;

/** Fails the story when the simulator refused a far-side action (it was not in the state the story assumed). */
export function farSide(what: string, result: boolean | string | undefined): void {
  if (result === false || result === undefined) throw new Error(`Far side: ${what} was refused by the bus`);
}

/** The call bar region ("Call") and its visible, announced status line. */
function callBar(canvas: Canvas): { readonly region: HTMLElement; readonly status: HTMLElement } {
  const region = canvas.getByRole('region', { name: 'Call' });
  return { region, status: within(region).getByRole('status') };
}

/** Waits until the call bar is in `state` (`data-state`) and its status line reads `text`. */
export async function expectCall(canvas: Canvas, state: CallStatus, text: string): Promise<HTMLElement> {
  await waitFor(async () => {
    const bar = callBar(canvas);
    await expect(bar.region).toHaveAttribute('data-state', state);
    await expect(bar.status).toHaveTextContent(text);
  });
  return callBar(canvas).region;
}

/** The availability badge: it has no role of its own, so it is found by the kit's class name. */
export function availabilityBadge(root: HTMLElement): HTMLElement {
  const badge = root.querySelector<HTMLElement>('.dk-availability');
  if (badge === null) throw new Error('The desk shows no availability badge');
  return badge;
}

/** Waits (up to `timeoutMs`) until the badge shows `state` (`data-state`) with `text` in its status. */
export async function expectAvailability(
  root: HTMLElement,
  state: string,
  text: string,
  timeoutMs = 1_000,
): Promise<void> {
  await waitFor(
    async () => {
      const badge = availabilityBadge(root);
      await expect(badge).toHaveAttribute('data-state', state);
      await expect(within(badge).getByRole('status')).toHaveTextContent(text);
    },
    { timeout: timeoutMs },
  );
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until `target` has the focus, failing after `max` presses:
 * the way a keyboard user reaches a control, so an unreachable control fails the story.
 */
export async function tabTo(
  target: HTMLElement,
  options: { readonly backwards?: boolean; readonly max?: number } = {},
): Promise<void> {
  const { backwards = false, max = 25 } = options;
  for (let presses = 0; presses < max && document.activeElement !== target; presses += 1) {
    await userEvent.tab({ shift: backwards });
  }
  await expect(document.activeElement).toBe(target);
}

/** Checks that focus is on an element of the desk, not lost to the page's body. */
export async function expectFocusInDesk(desk: HTMLElement): Promise<void> {
  const active = document.activeElement;
  await expect(active).not.toBe(document.body);
  await expect(desk.contains(active)).toBe(true);
}
