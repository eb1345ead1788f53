import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  availabilityBadge,
  expectAvailability,
  expectCall,
  expectFocusInDesk,
  SHORT_WRAP_UP,
} from '../support/journeySteps';
import { CUSTOMER, connected, MANDATORY_TAGGING, TRANSFEREE } from '../support/seeds';
import { dialerStory } from '../support/withDialer';
import { AgentDesk } from './AgentDesk';

const meta = {
  title: 'Journeys/After the call',
  component: AgentDesk,
  ...dialerStory,
} satisfies Meta<typeof AgentDesk>;

export default meta;
type Story = StoryObj<typeof meta>;

/** On a line that requires tags, hanging up opens "Tag this call"; saving closes it and frees the desk. */
export const HangUpWithMandatoryTagging: Story = {
  parameters: { dialer: { settings: MANDATORY_TAGGING, seed: connected } },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    // The dialog is in the top layer: query it from the body, like the agent sees it above the desk.
    const page = within(document.body);

    await step('The agent hangs up a connected call', async () => {
      await expectCall(canvas, 'connected', 'Connected');
      await userEvent.click(canvas.getByRole('button', { name: 'Hang up' }));
    });

    await step('"Tag this call" opens and everything else waits for it', async () => {
      const dialog = await page.findByRole('dialog', { name: 'Tag this call' });
      await expect(dialog).toHaveAttribute('data-state', 'open');
      await expectCall(canvas, 'mandatoryTagging', 'Tagging required');
      await expect(page.getByRole('button', { name: 'Call' })).toHaveAccessibleDescription(
        'Tag the last call first.',
      );
      await expect(within(dialog).getByRole('button', { name: 'Save tags' })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
    });

    await step('The agent picks a tag and saves', async () => {
      const dialog = page.getByRole('dialog', { name: 'Tag this call' });
      await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Follow-up' }));
      await expect(within(dialog).getByRole('checkbox', { name: 'Follow-up' })).toBeChecked();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save tags' }));
    });

    await step('The dialog closes and focus comes back into the desk', async () => {
      await waitFor(() => expect(page.queryByRole('dialog')).not.toBeInTheDocument());
      await expectCall(canvas, 'ended', 'Call ended');
      await expectFocusInDesk(canvasElement);
      // Where focus was when the dialog opened: the call bar, which kept it when Hang up went away.
      await expect(document.activeElement).toBe(canvas.getByRole('region', { name: 'Call' }));
    });

    await step('The agent can dial again', async () => {
      await expect(canvas.getByRole('form', { name: 'Dial pad' })).toHaveAttribute('data-state', 'ready');
      await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), TRANSFEREE);
      await userEvent.click(canvas.getByRole('button', { name: 'Call' }));
      await expectCall(canvas, 'ringing', 'Ringing');
    });
  },
};

/** After a call the badge shows after-call work with a countdown, then returns to Available by itself. */
export const WrapUpCountdown: Story = {
  parameters: { dialer: { settings: SHORT_WRAP_UP, seed: connected } },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);

    await step('During the call the agent is in call', async () => {
      await expectAvailability(canvasElement, 'in_call', 'In call');
      await expect(canvas.getByRole('region', { name: 'Call' })).toHaveTextContent(CUSTOMER);
    });

    await step('Hanging up starts the wrap-up countdown', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Hang up' }));
      await expectAvailability(canvasElement, 'after_call_work', 'After-call work');
      const badge = availabilityBadge(canvasElement);
      await expect(badge).toHaveAttribute('data-wrap-up');
      await expect(badge).toHaveTextContent(/Wrap-up ends in [12] s/);
    });

    await step('When the wrap-up ends the agent is available again', async () => {
      // Two seconds of wrap-up, counted by the bus in real time.
      await expectAvailability(canvasElement, 'available', 'Available', 4_000);
      const badge = availabilityBadge(canvasElement);
      await expect(badge).not.toHaveAttribute('data-wrap-up');
      await expect(badge).not.toHaveTextContent(/Wrap-up/);
    });
  },
};
