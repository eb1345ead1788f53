import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { dialerStory } from '../../../stories/support/withDialer';
import { AvailabilityBadge } from './AvailabilityBadge';

const meta = {
  title: 'Components/AvailabilityBadge',
  component: AvailabilityBadge,
  ...dialerStory,
} satisfies Meta<typeof AvailabilityBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The agent is available for calls. */
export const Available: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/available/i)).toBeVisible();
  },
};
