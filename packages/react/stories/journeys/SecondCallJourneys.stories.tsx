import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type Canvas, expectCall, expectFocusInDesk, farSide, tabTo } from '../support/journeySteps';
import { CUSTOMER, SECOND_CALLER } from '../support/seeds';
import { connectedSynced } from '../support/statusSeeds';
import { dialerStory, kitOf } from '../support/withDialer';
import { MultiPartyDesk } from './MultiPartyDesk';

const meta = {
  title: 'Journeys/Second call',
  component: MultiPartyDesk,
  ...dialerStory,
} satisfies Meta<typeof MultiPartyDesk>;

export default meta;
type Story = StoryObj<typeof meta>;

const secondCall = (canvas: Canvas): HTMLElement => canvas.getByRole('region', { name: 'Second call' });

/** Waits until the panel reads "<label> <first> On hold <held>" and Swap is `swap` (`enabled`, `disabled`...). */
async function expectCalls(canvas: Canvas, label: string, first: string, held: string, swap: string) {
  await waitFor(async () => {
    const region = secondCall(canvas);
    await expect(region).toHaveTextContent(`${label}${first}On hold${held}`);
    await expect(within(region).getByRole('button', { name: 'Swap' })).toHaveAttribute('data-state', swap);
  });
}

/**
 * During a call the agent calls a second person from the keyboard, talks with them while the customer
 * holds, swaps back and forth; the second person hangs up and the call with the customer goes on.
 */
export const CallSwapAndReturn: Story = {
  parameters: { dialer: { seed: connectedSynced } },
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('The agent types the second number and starts the call from the keyboard', async () => {
      const box = within(secondCall(canvas)).getByRole('textbox', { name: 'Second call to' });
      await tabTo(box);
      await userEvent.keyboard(`${SECOND_CALLER}{Enter}`);
      await expectCalls(canvas, 'Calling', SECOND_CALLER, CUSTOMER, 'disabled');
      await expectCall(canvas, 'ringing', 'Ringing');
      await expectFocusInDesk(canvasElement);
    });

    await step('The second person answers: the agent talks with them, the customer holds', async () => {
      farSide('remoteAnswers', kit.bus.remoteAnswers());
      await expectCalls(canvas, 'Talking with', SECOND_CALLER, CUSTOMER, 'enabled');
      await expectCall(canvas, 'connected', 'Connected');
    });

    await step('Swap: the agent talks with the customer again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Swap' }));
      await expectCalls(canvas, 'Talking with', CUSTOMER, SECOND_CALLER, 'enabled');
      await expect(within(secondCall(canvas)).getByRole('status')).toHaveTextContent(
        `Talking with ${CUSTOMER}. On hold: ${SECOND_CALLER}.`,
      );
    });

    await step('Swap back to the second person', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Swap' }));
      await expectCalls(canvas, 'Talking with', SECOND_CALLER, CUSTOMER, 'enabled');
    });

    await step(
      'The second person hangs up: back with the customer, a second call may start again',
      async () => {
        farSide('remoteHangsUp', kit.bus.remoteHangsUp());
        await waitFor(() => expect(secondCall(canvas)).not.toHaveAttribute('data-active'));
        await expectCall(canvas, 'connected', 'Connected');
        await expect(canvas.getByRole('button', { name: 'Start second call' })).toHaveAttribute(
          'data-state',
          'enabled',
        );
      },
    );

    await step('The agent hangs up: the panel goes', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Hang up' }));
      await expectCall(canvas, 'ended', 'Call ended');
      await expect(canvas.queryByRole('region', { name: 'Second call' })).not.toBeInTheDocument();
    });
  },
};

/** The second call cannot start: the notice says so, the agent dismisses it and tries again. */
export const StartFailureAndRetry: Story = {
  parameters: { dialer: { seed: connectedSynced } },
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);
    const start = async () => {
      await userEvent.type(
        within(secondCall(canvas)).getByRole('textbox', { name: 'Second call to' }),
        SECOND_CALLER,
      );
      await userEvent.click(canvas.getByRole('button', { name: 'Start second call' }));
    };

    await step('The start fails', async () => {
      kit.bus.failNext('startConcurrent');
      await start();
      const notice = await within(secondCall(canvas)).findByText(
        'Second call could not start. The dialer went back to the previous state.',
      );
      // Read out politely, without taking the focus.
      await expect(notice).toHaveAttribute('aria-live', 'polite');
      await expectCall(canvas, 'connected', 'Connected');
    });

    await step('Dismiss puts the notice away, the focus stays in the panel', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
      await expect(
        within(secondCall(canvas)).queryByText(/^Second call could not start/),
      ).not.toBeInTheDocument();
      await expectFocusInDesk(canvasElement);
    });

    await step('The second try rings', async () => {
      await start();
      await expectCalls(canvas, 'Calling', SECOND_CALLER, CUSTOMER, 'disabled');
    });
  },
};
