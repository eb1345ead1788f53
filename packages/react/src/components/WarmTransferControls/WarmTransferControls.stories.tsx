import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { findNotice, shownNotices } from '../../../stories/support/notices';
import { CUSTOMER, connected, TRANSFEREE, warmTransferRinging } from '../../../stories/support/seeds';
import {
  internalCallConnected,
  merged,
  mergeFailed,
  mergePending,
  swapFailed,
  swapPending,
  swapped,
  transfereeAnsweredUnsynced,
  transfereeDeclined,
  transfereeTalking,
  transferStartFailed,
  transferStartPending,
} from '../../../stories/support/transferSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { WarmTransferControls } from './WarmTransferControls';

const meta = {
  title: 'Components/WarmTransferControls',
  component: WarmTransferControls,
  ...dialerStory,
} satisfies Meta<typeof WarmTransferControls>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Warm transfer' });
const button = (canvas: HTMLElement, name: string) => within(region(canvas)).getByRole('button', { name });
const transferTo = (canvas: HTMLElement) =>
  within(region(canvas)).getByRole('textbox', { name: 'Transfer to' });

/** The parties list as `{ term: description }`, e.g. `{ 'Talking with': '+1…', 'On hold': '+1…' }`. */
const parties = (canvas: HTMLElement) =>
  Object.fromEntries(
    within(region(canvas))
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

/** Asserts the panel of a running transfer, with the given state and whether Swap and Merge are busy. */
async function expectPanel(canvas: HTMLElement, state: string, busy: boolean) {
  const section = region(canvas);
  await expect(section).toHaveAttribute('data-state', state);
  await expect(section).toHaveAttribute('data-active');
  for (const name of ['Swap', 'Merge']) {
    if (busy) await expect(button(canvas, name)).toHaveAttribute('aria-busy', 'true');
    else await expect(button(canvas, name)).not.toHaveAttribute('aria-busy');
  }
  if (busy) await expect(section).toHaveAttribute('data-pending');
  else await expect(section).not.toHaveAttribute('data-pending');
}

/** Asserts the transfer form on a connected regular call, with "Start transfer" enabled. */
async function expectForm(canvas: HTMLElement) {
  const section = region(canvas);
  await expect(section).toHaveAttribute('data-state', 'connected');
  await expect(section).not.toHaveAttribute('data-active');
  await expect(transferTo(canvas)).toBeVisible();
  await expect(button(canvas, 'Start transfer')).not.toHaveAttribute('aria-disabled');
}

/** No call: nothing to transfer, so nothing renders. */
export const NoCall: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region', { name: 'Warm transfer' })).toBeNull();
    await expect(canvasElement.querySelector('.dk-warm-transfer')).toBeNull();
  },
};

/** A connected regular call: "Transfer to" and "Start transfer". */
export const ConnectedCall: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await expectForm(canvasElement);
    await expect(transferTo(canvasElement)).toHaveValue('');
  },
};

/** A call with a teammate: a warm transfer is not possible, and the form says why. */
export const InternalCall: Story = {
  parameters: { dialer: { seed: internalCallConnected } },
  play: async ({ canvasElement }) => {
    const start = button(canvasElement, 'Start transfer');
    await expect(start).toHaveAttribute('aria-disabled', 'true');
    await expect(start).toHaveAccessibleDescription('Not possible on a call between teammates.');
  },
};

/** The agent typed the teammate's number. */
export const TypedNumber: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await userEvent.type(transferTo(canvasElement), TRANSFEREE);
    await expect(transferTo(canvasElement)).toHaveValue(TRANSFEREE);
    await expect(transferTo(canvasElement)).not.toHaveAttribute('aria-invalid');
  },
};

/** The agent tried to start with a target that is no number: the box is marked and says what it needs. */
export const InvalidNumber: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    const box = transferTo(canvasElement);
    await userEvent.type(box, 'bob');
    await userEvent.click(button(canvasElement, 'Start transfer'));
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(
      'Enter a phone number (digits, spaces, dashes, brackets) or client:<id>.',
    );
    await expect(box).toHaveFocus();
    await expect(region(canvasElement)).toHaveAttribute('data-state', 'connected');
  },
};

/** Start sent and not yet confirmed by the bus: the form stays, "Start transfer" is busy. */
export const StartPending: Story = {
  parameters: { dialer: { seed: transferStartPending } },
  play: async ({ canvasElement }) => {
    const section = region(canvasElement);
    await expect(section).toHaveAttribute('data-state', 'connected');
    await expect(section).toHaveAttribute('data-pending');
    await expect(section).not.toHaveAttribute('data-active');
    const start = button(canvasElement, 'Start transfer');
    await expect(start).toHaveAttribute('aria-busy', 'true');
    await expect(start).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The transferee's phone rings; the customer is on hold. Swap and Merge wait for an answer. */
export const TransfereeRinging: Story = {
  parameters: { dialer: { seed: warmTransferRinging } },
  play: async ({ canvasElement }) => {
    await expectPanel(canvasElement, 'ringing', false);
    await expect(parties(canvasElement)).toEqual({ Calling: TRANSFEREE, 'On hold': CUSTOMER });
    await expect(button(canvasElement, 'Swap')).toHaveAttribute('aria-disabled', 'true');
    await expect(button(canvasElement, 'Merge')).toHaveAccessibleDescription(
      'Only possible during a connected call.',
    );
  },
};

/** The transferee answered: the agent talks with them, the customer holds; Swap and Merge are possible. */
export const TransfereeConnected: Story = {
  parameters: { dialer: { seed: transfereeTalking } },
  play: async ({ canvasElement }) => {
    await expectPanel(canvasElement, 'connected', false);
    await expect(parties(canvasElement)).toEqual({ 'Talking with': TRANSFEREE, 'On hold': CUSTOMER });
    await expect(button(canvasElement, 'Swap')).not.toHaveAttribute('aria-disabled');
    await expect(button(canvasElement, 'Merge')).not.toHaveAttribute('aria-disabled');
  },
};

/** The transferee answered and the SYNC naming the parties has not arrived: the view already names both. */
export const TransfereeAnsweredBeforeSync: Story = {
  parameters: { dialer: { seed: transfereeAnsweredUnsynced } },
  play: async ({ canvasElement }) => {
    await expectPanel(canvasElement, 'connected', false);
    await expect(parties(canvasElement)).toEqual({ 'Talking with': TRANSFEREE, 'On hold': CUSTOMER });
  },
};

/** Swap sent and not answered yet: Swap and Merge are busy. */
export const SwapPending: Story = {
  parameters: { dialer: { seed: swapPending } },
  play: async ({ canvasElement }) => {
    await expectPanel(canvasElement, 'connected', true);
    await expect(parties(canvasElement)).toEqual({ 'Talking with': TRANSFEREE, 'On hold': CUSTOMER });
  },
};

/** After a swap: the agent talks with the customer again and the transferee holds. */
export const Swapped: Story = {
  parameters: { dialer: { seed: swapped } },
  play: async ({ canvasElement }) => {
    await expectPanel(canvasElement, 'connected', false);
    await expect(parties(canvasElement)).toEqual({ 'Talking with': CUSTOMER, 'On hold': TRANSFEREE });
  },
};

/** The bus failed the swap: a notice says so, the parties are unchanged and Swap may be retried. */
export const SwapFailed: Story = {
  parameters: { dialer: { seed: swapFailed } },
  play: async ({ canvasElement }) => {
    await findNotice(region(canvasElement), 'Swap failed. The dialer went back to the previous state.');
    await expectPanel(canvasElement, 'connected', false);
    await expect(parties(canvasElement)).toEqual({ 'Talking with': TRANSFEREE, 'On hold': CUSTOMER });
    await expect(button(canvasElement, 'Swap')).not.toHaveAttribute('aria-disabled');
  },
};

/** The bus failed the start and went back to the call: a notice says so, above the form. */
export const StartFailed: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { seed: transferStartFailed } },
  play: async ({ canvasElement }) => {
    await findNotice(
      region(canvasElement),
      'Transfer could not start. The dialer went back to the previous state.',
    );
    await expectForm(canvasElement);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
  },
};

/**
 * The transferee declined (or did not answer): back on the call with the customer, a polite notice says so
 * and the form is offered again.
 */
export const TransfereeDeclined: Story = {
  parameters: { dialer: { seed: transfereeDeclined } },
  play: async ({ canvasElement }) => {
    await expectForm(canvasElement);
    await expect(shownNotices(region(canvasElement))).toEqual([
      `${TRANSFEREE} did not answer or declined. You are back with the customer.`,
    ]);
  },
};

/** Merge sent and not answered yet: Swap and Merge are busy. */
export const MergePending: Story = {
  parameters: { dialer: { seed: mergePending } },
  play: async ({ canvasElement }) => {
    await expectPanel(canvasElement, 'connected', true);
  },
};

/** The bus failed the merge and went back to the transfer: a notice says so; Merge may be retried. */
export const MergeFailed: Story = {
  parameters: { dialer: { seed: mergeFailed } },
  play: async ({ canvasElement }) => {
    await findNotice(region(canvasElement), 'Merge failed. The dialer went back to the previous state.');
    await expectPanel(canvasElement, 'connected', false);
    await expect(button(canvasElement, 'Merge')).not.toHaveAttribute('aria-disabled');
  },
};

/** Merged: the transferee keeps the customer and the agent's call ended, so nothing renders. */
export const Merged: Story = {
  parameters: { dialer: { seed: merged } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region', { name: 'Warm transfer' })).toBeNull();
  },
};
