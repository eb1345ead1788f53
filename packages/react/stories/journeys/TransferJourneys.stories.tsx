import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type Canvas, expectCall, farSide } from '../support/journeySteps';
import { findNotice } from '../support/notices';
import { CUSTOMER, connected, TRANSFEREE, warmTransferConnected } from '../support/seeds';
import { dialerStory, kitOf } from '../support/withDialer';
import { AgentDesk } from './AgentDesk';

const meta = {
  title: 'Journeys/Warm transfer',
  component: AgentDesk,
  ...dialerStory,
} satisfies Meta<typeof AgentDesk>;

export default meta;
type Story = StoryObj<typeof meta>;

const transferRegion = (canvas: Canvas): HTMLElement => canvas.getByRole('region', { name: 'Warm transfer' });

/** Waits until the transfer panel reads "<label> <first> On hold <held>" and its buttons are free. */
async function expectParties(canvas: Canvas, label: string, first: string, held: string): Promise<void> {
  // The region stays mounted for the whole transfer: find it once, poll only inside it.
  const region = await canvas.findByRole('region', { name: 'Warm transfer' });
  const swap = within(region);
  await waitFor(async () => {
    await expect(region).toHaveTextContent(`${label}${first}On hold${held}`);
    await expect(region).not.toHaveAttribute('data-pending');
    await expect(swap.getByRole('button', { name: 'Swap' })).toHaveAttribute('data-state', 'enabled');
  });
}

/** Types the transferee into "Transfer to" and presses "Start transfer". */
async function startTransfer(canvas: Canvas): Promise<void> {
  const region = transferRegion(canvas);
  await userEvent.type(within(region).getByRole('textbox', { name: 'Transfer to' }), TRANSFEREE);
  await userEvent.click(within(region).getByRole('button', { name: 'Start transfer' }));
}

/** The agent starts a warm transfer, talks with the transferee, swaps back and forth, then merges. */
export const SwapAndMerge: Story = {
  parameters: { dialer: { seed: connected } },
  globals: { theme: 'dark' },
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('The agent starts a transfer: the transferee rings, the customer holds', async () => {
      await startTransfer(canvas);
      await waitFor(async () => {
        await expect(transferRegion(canvas)).toHaveAttribute('data-state', 'ringing');
        await expect(transferRegion(canvas)).toHaveTextContent(`Calling${TRANSFEREE}On hold${CUSTOMER}`);
      });
    });

    await step('The transferee answers', async () => {
      farSide('transfereeAnswers', kit.bus.transfereeAnswers());
      await expectParties(canvas, 'Talking with', TRANSFEREE, CUSTOMER);
      await expect(transferRegion(canvas)).toHaveAttribute('data-state', 'connected');
    });

    await step('Swap: the agent talks with the customer again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Swap' }));
      await expectParties(canvas, 'Talking with', CUSTOMER, TRANSFEREE);
    });

    await step('Swap back to the transferee', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Swap' }));
      await expectParties(canvas, 'Talking with', TRANSFEREE, CUSTOMER);
    });

    await step('Merge: the two talk on, the agent drops out', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Merge' }));
      await expectCall(canvas, 'ended', 'Call ended');
      await expect(canvas.queryByRole('region', { name: 'Warm transfer' })).not.toBeInTheDocument();
      await expect(canvas.getByRole('button', { name: 'Done' })).toBeEnabled();
    });
  },
};

/** A swap the dialer does not carry out: the failure is shown, nobody moved, and Swap works again. */
export const SwapFailure: Story = {
  parameters: { dialer: { seed: warmTransferConnected } },
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('The agent swaps, and the swap fails', async () => {
      await expectParties(canvas, 'Talking with', TRANSFEREE, CUSTOMER);
      kit.bus.failNext('swap');
      await userEvent.click(canvas.getByRole('button', { name: 'Swap' }));
    });

    await step('The failure is shown and the parties are unchanged', async () => {
      // The bus says nothing about a failed swap: the kit reports it once no SYNC came (3 s by default).
      await findNotice(
        transferRegion(canvas),
        'Swap failed. The dialer went back to the previous state.',
        5_000,
      );
      await expectParties(canvas, 'Talking with', TRANSFEREE, CUSTOMER);
    });

    await step('Swap is usable again and now succeeds', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Swap' }));
      await expectParties(canvas, 'Talking with', CUSTOMER, TRANSFEREE);
      await expect(canvas.getByRole('button', { name: 'Merge' })).toHaveAttribute('data-state', 'enabled');
    });
  },
};

/** A transfer that cannot start: the failure is shown and the call with the customer goes on. */
export const StartFailure: Story = {
  parameters: { dialer: { seed: connected } },
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('The agent starts a transfer, and the start fails', async () => {
      kit.bus.failNext('startWarmTransfer');
      await startTransfer(canvas);
    });

    await step('The failure is shown next to the transfer form', async () => {
      await findNotice(
        transferRegion(canvas),
        'Transfer could not start. The dialer went back to the previous state.',
      );
    });

    await step('The call with the customer continues and a transfer may be tried again', async () => {
      const bar = await expectCall(canvas, 'connected', 'Connected');
      await expect(bar).toHaveTextContent(CUSTOMER);
      await expect(within(bar).getByRole('button', { name: 'Hang up' })).toHaveAttribute(
        'data-state',
        'enabled',
      );
      const region = transferRegion(canvas);
      await expect(region).not.toHaveAttribute('data-active');
      await expect(within(region).getByRole('button', { name: 'Start transfer' })).toHaveAttribute(
        'data-state',
        'enabled',
      );
    });
  },
};
