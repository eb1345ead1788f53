import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { StoryKit } from '../support/createStoryKit';
import {
  CALLER,
  type Canvas,
  expectAvailability,
  expectCall,
  expectFocusInDesk,
  farSide,
  tabTo,
} from '../support/journeySteps';
import { CUSTOMER } from '../support/seeds';
import { dialerStory, kitOf } from '../support/withDialer';
import { AgentDesk } from './AgentDesk';

const meta = {
  title: 'Journeys/Calls',
  component: AgentDesk,
  ...dialerStory,
} satisfies Meta<typeof AgentDesk>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The agent types the customer's number and presses Call: the call bar says it rings. */
async function dialCustomer(canvas: Canvas): Promise<void> {
  await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), CUSTOMER);
  await userEvent.click(canvas.getByRole('button', { name: 'Call' }));
  await expectCall(canvas, 'ringing', 'Ringing');
}

/** The far side offers a call from {@link CALLER}; resolves with the banner once it shows. */
async function customerCalls(canvas: Canvas, kit: StoryKit): Promise<HTMLElement> {
  farSide('incomingCall', kit.bus.incomingCall({ type: 'external', from: CALLER }));
  return canvas.findByRole('region', { name: 'Incoming call' });
}

/** The agent dials a customer from the dial pad, the customer answers, the agent hangs up. */
export const OutgoingCall: Story = {
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('The agent types the number and presses Call', async () => {
      await dialCustomer(canvas);
      await expect(canvas.getByRole('button', { name: 'Hang up' })).toBeEnabled();
    });

    await step('The customer answers', async () => {
      farSide('remoteAnswers', kit.bus.remoteAnswers());
      const bar = await expectCall(canvas, 'connected', 'Connected');
      await expect(bar).toHaveTextContent(CUSTOMER);
      await expect(canvas.getByRole('button', { name: 'Call' })).toHaveAccessibleDescription(
        'Not possible during a call.',
      );
    });

    await step('The agent hangs up', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Hang up' }));
      await expectCall(canvas, 'ended', 'Call ended');
      await expect(canvas.getByRole('button', { name: 'Done' })).toBeEnabled();
      await expect(canvas.queryByRole('button', { name: 'Hang up' })).not.toBeInTheDocument();
    });
  },
};

/** A customer calls; the agent accepts from the banner and the call connects. */
export const IncomingAccept: Story = {
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('A customer calls', async () => {
      const banner = await customerCalls(canvas, kit);
      await expect(banner).toHaveAttribute('data-state', 'offered');
      await expect(banner).toHaveTextContent(`Incoming call from ${CALLER}`);
    });

    await step('The agent accepts', async () => {
      const banner = canvas.getByRole('region', { name: 'Incoming call' });
      await userEvent.click(within(banner).getByRole('button', { name: 'Accept' }));
      const bar = await expectCall(canvas, 'connected', 'Connected');
      await expect(bar).toHaveTextContent(CALLER);
      await expect(canvas.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument();
      await expect(within(bar).getByRole('button', { name: 'Hang up' })).toBeEnabled();
    });
  },
};

/** A customer calls; the agent rejects: the banner goes and the desk is free for the next call. */
export const IncomingReject: Story = {
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('A customer calls', async () => {
      await customerCalls(canvas, kit);
      await expect(canvas.getByRole('button', { name: 'Call' })).toHaveAttribute('aria-disabled', 'true');
    });

    await step('The agent rejects', async () => {
      const banner = canvas.getByRole('region', { name: 'Incoming call' });
      await userEvent.click(within(banner).getByRole('button', { name: 'Reject' }));
      await waitFor(() =>
        expect(canvas.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument(),
      );
    });

    await step('Nothing is left hanging: the call bar is over and dialling works', async () => {
      const bar = await expectCall(canvas, 'ended', 'Call ended');
      await expect(within(bar).queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
      await expect(within(bar).queryByRole('button', { name: 'Hang up' })).not.toBeInTheDocument();
      await expectAvailability(canvasElement, 'available', 'Available');
      const pad = canvas.getByRole('form', { name: 'Dial pad' });
      await expect(pad).toHaveAttribute('data-state', 'ready');
      await dialCustomer(canvas);
    });
  },
};

/** The outgoing journey with the keyboard alone: Tab moves focus, Enter and Space press buttons. */
export const KeyboardOnly: Story = {
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('Tab reaches the number box; the agent types and tabs to Call', async () => {
      await tabTo(canvas.getByRole('textbox', { name: 'Phone number' }));
      await userEvent.keyboard(CUSTOMER);
      await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveValue(CUSTOMER);
      await tabTo(canvas.getByRole('button', { name: 'Call' }));
    });

    await step('Enter on Call dials', async () => {
      await userEvent.keyboard('{Enter}');
      await expectCall(canvas, 'ringing', 'Ringing');
      farSide('remoteAnswers', kit.bus.remoteAnswers());
      await expectCall(canvas, 'connected', 'Connected');
    });

    await step('Shift+Tab back to Hang up; Space hangs up and focus lands on Done', async () => {
      await tabTo(canvas.getByRole('button', { name: 'Hang up' }), { backwards: true });
      await userEvent.keyboard(' ');
      await expectCall(canvas, 'ended', 'Call ended');
      await waitFor(() => expect(document.activeElement).toBe(canvas.getByRole('button', { name: 'Done' })));
    });

    await step('Enter on Done clears the call; focus stays in the desk', async () => {
      await userEvent.keyboard('{Enter}');
      await expectCall(canvas, 'idle', 'No call');
      await expectFocusInDesk(canvasElement);
      // Done is gone with the call: the call bar itself keeps the focus.
      await expect(document.activeElement).toBe(canvas.getByRole('region', { name: 'Call' }));
    });
  },
};
