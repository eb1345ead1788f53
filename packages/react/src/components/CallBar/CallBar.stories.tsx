import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { connected } from '../../../stories/support/seeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { CallBar } from './CallBar';

const meta = {
  title: 'Components/CallBar',
  component: CallBar,
  ...dialerStory,
} satisfies Meta<typeof CallBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An outgoing call the customer answered. */
export const Connected: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('region', { name: 'Call' });
    await expect(bar).toHaveAttribute('data-state', 'connected');
    await expect(within(bar).getByRole('button', { name: 'Hang up' })).toBeEnabled();
  },
};
