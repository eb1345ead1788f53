import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CUSTOMER } from '../../../stories/support/seeds';
import * as statusSeeds from '../../../stories/support/statusSeeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { CallBar } from './CallBar';
import { button, expectBar, IN_RECORDED_CALL } from './expectCallBar';

/** The call bar when something is wrong: the link to the dialer is not ready, or one of its commands failed. */
const meta = {
  title: 'Components/CallBar connection and failures',
  component: CallBar,
  ...dialerStory,
} satisfies Meta<typeof CallBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bus never answered a dial: the bar is back to no call and says, as an alert, that the call could not start. */
export const DialTimedOut: Story = {
  parameters: { dialer: { seed: statusSeeds.dialTimedOut, store: statusSeeds.SHORT_COMMAND_TIMEOUT } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'idle', 'No call', []);
    await expect(region).not.toHaveAttribute('data-dialing');
    await expect(within(region).getByRole('alert')).toHaveTextContent(
      'Call could not start. The dialer did not answer in time.',
    );
  },
};

/**
 * The bus failed a hold: the customer is still talking and Hold is offered again. The bus says so only by
 * a SYNC that still shows the customer talking, which the kit cannot tell from a success: no notice.
 */
export const HoldFailed: Story = {
  parameters: { dialer: { seed: statusSeeds.holdFailed } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_RECORDED_CALL);
    await expect(region).not.toHaveAttribute('data-held');
    await expect(button(canvasElement, 'Hold')).not.toHaveAttribute('aria-busy');
    await expect(within(region).queryByRole('alert')).toBeNull();
  },
};

/** Signed in, the bus has not started its services yet: the bar says it is connecting to the dialer. */
export const ConnectionConnecting: Story = {
  parameters: { dialer: { settings: statusSeeds.LOGGED_OUT, seed: statusSeeds.connectingAfterLogin } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('connecting');
    const region = await expectBar(canvasElement, 'idle', 'Connecting to the dialer', []);
    await expect(region).toHaveAttribute('data-connection', 'connecting');
  },
};

/** No session: the bar asks the agent to sign in to the dialer (elsewhere). Dark theme. */
export const ConnectionNeedsLogin: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { settings: statusSeeds.LOGGED_OUT } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('needs-login');
    await expectBar(canvasElement, 'idle', 'Sign in to the dialer', []);
  },
};

/** The bus reloaded during a call: the call it forgot leaves the bar, which says the kit reconnects. */
export const ConnectionReconnecting: Story = {
  parameters: { dialer: { seed: statusSeeds.reconnectingDuringCall } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('reconnecting');
    await expectBar(canvasElement, 'idle', 'Reconnecting to the dialer', []);
  },
};

/**
 * The kit was closed during a call: the bar says the dialer is disconnected; the last call stays, every
 * button disabled with a reason that holds for a closed kit too.
 */
export const ConnectionClosed: Story = {
  parameters: { dialer: { seed: statusSeeds.closedDuringCall } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Dialer disconnected', IN_RECORDED_CALL);
    await expect(region).toHaveAttribute('data-connection', 'closed');
    await expect(region).toHaveTextContent(CUSTOMER);
    for (const name of IN_RECORDED_CALL) {
      await expect(button(canvasElement, name)).toHaveAttribute('aria-disabled', 'true');
      await expect(button(canvasElement, name)).toHaveAccessibleDescription('The dialer is not ready.');
    }
  },
};
