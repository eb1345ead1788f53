import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import {
  agentStatus,
  availabilityUnreported,
  availabilityUpdating,
  connectingAfterLogin,
  doNotDisturb,
  inCall,
  LOGGED_OUT,
  wrappingUp,
} from '../../../stories/support/statusSeeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { AvailabilityBadge } from './AvailabilityBadge';

const meta = {
  title: 'Components/AvailabilityBadge',
  component: AvailabilityBadge,
  ...dialerStory,
} satisfies Meta<typeof AvailabilityBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Asserts the badge's `data-state` and the words of its status (read as "Availability: …"). */
async function expectBadge(canvas: HTMLElement, state: string, words: string) {
  const status = within(canvas).getByRole('status');
  await expect(status.textContent).toBe(`Availability: ${words}`);
  const badge = canvas.querySelector('.dk-availability');
  await expect(badge).toHaveAttribute('data-state', state);
  return badge;
}

/** The agent is available for calls. */
export const Available: Story = {
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'available', 'Available');
  },
};

/** The agent is in a call: the bus says so by itself. */
export const InCall: Story = {
  parameters: { dialer: { seed: inCall } },
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'in_call', 'In call');
  },
};

/** After a call, the wrap-up time counts down beside the status (not announced every second). Dark theme. */
export const AfterCallWork: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { settings: { wrapUpSeconds: 45 }, seed: wrappingUp } },
  play: async ({ canvasElement }) => {
    const badge = await expectBadge(canvasElement, 'after_call_work', 'After-call work');
    await expect(badge).toHaveAttribute('data-wrap-up');
    const countdown = within(canvasElement).getByText(/^Wrap-up ends in \d+ s$/);
    const secondsLeft = () => Number(countdown.textContent?.match(/\d+/)?.[0]);
    const first = secondsLeft();
    await expect(first).toBeGreaterThan(40);
    await expect(first).toBeLessThanOrEqual(45);
    await waitFor(() => expect(secondsLeft()).toBeLessThan(first), { timeout: 2_500 });
  },
};

/** The agent chose "Always closed": do not disturb. */
export const DoNotDisturb: Story = {
  parameters: { dialer: { seed: doNotDisturb } },
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'do_not_disturb', 'Do not disturb');
  },
};

/** The bus reports the agent offline. */
export const Offline: Story = {
  parameters: { dialer: { settings: agentStatus('offline') } },
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'offline', 'Offline');
  },
};

/** The agent takes calls on their mobile phone. */
export const OnMobile: Story = {
  parameters: { dialer: { settings: agentStatus('on_mobile') } },
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'on_mobile', 'On mobile');
  },
};

/** A status the kit does not know is shown as the bus sent it. */
export const UndocumentedStatus: Story = {
  parameters: { dialer: { settings: agentStatus('lunch_break') } },
  play: async ({ canvasElement }) => {
    await expectBadge(canvasElement, 'lunch_break', 'lunch_break');
  },
};

/** A change of availability is on its way to the bus: the status is unchanged, with "(Updating)" beside it. */
export const Updating: Story = {
  parameters: { dialer: { seed: availabilityUpdating } },
  play: async ({ canvasElement }) => {
    const badge = await expectBadge(canvasElement, 'available', 'Available (Updating)');
    await expect(badge).toHaveAttribute('data-updating');
    await expect(within(canvasElement).getByText('(Updating)')).toBeVisible();
  },
};

/** Connected, but the bus has not reported the agent's availability yet: not known yet. */
export const Unknown: Story = {
  parameters: { dialer: { settings: LOGGED_OUT, seed: availabilityUnreported } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('ready');
    await expectBadge(canvasElement, 'unknown', 'Not known yet');
  },
};

/** No session on the dialer: the badge cannot know the availability and says to sign in. Dark theme. */
export const UnknownNeedsLogin: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { settings: LOGGED_OUT } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('needs-login');
    await expectBadge(canvasElement, 'unknown', 'Sign in to the dialer');
  },
};

/** Signed in, the dialer is still starting its services: the badge says it is connecting. */
export const UnknownConnecting: Story = {
  parameters: { dialer: { settings: LOGGED_OUT, seed: connectingAfterLogin } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('connecting');
    await expectBadge(canvasElement, 'unknown', 'Connecting to the dialer');
  },
};
