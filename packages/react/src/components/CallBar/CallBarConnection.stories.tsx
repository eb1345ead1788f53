import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { StoryKit } from '../../../stories/support/createStoryKit';
import * as outcomes from '../../../stories/support/outcomeSeeds';
import { CUSTOMER, MANDATORY_TAGGING } from '../../../stories/support/seeds';
import * as statusSeeds from '../../../stories/support/statusSeeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { CallBar } from './CallBar';
import { bar, button, expectBar, IN_CALL, notices } from './expectCallBar';

/**
 * The call bar when something is wrong or news came: the link to the dialer is not ready, one of its
 * commands failed, a call ended that the agent did not end, tags were saved. Every notice is a polite
 * live region with a Dismiss button; focus never moves to it.
 */
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
    await expect(notices(canvasElement)).toEqual([
      'Call could not start. The dialer did not answer in time.',
    ]);
  },
};

/**
 * The bus failed a hold: its SYNC still shows the customer talking. The bar says the hold failed, in a
 * polite notice (focus stays where it was); Hold is not pressed and no "On hold" chip shows. Dismiss puts
 * the notice away and leaves focus in the bar.
 */
export const HoldFailed: Story = {
  parameters: { dialer: { seed: outcomes.holdFailed } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    await expect(region).not.toHaveAttribute('data-held');
    await expect(button(canvasElement, 'Hold')).toHaveAttribute('aria-pressed', 'false');
    await expect(notices(canvasElement)).toEqual([
      'Hold failed. The dialer went back to the previous state.',
    ]);
    await expect(region.contains(document.activeElement)).toBe(false);
  },
};

/** The same failed hold, dismissed: the notice goes and focus stays in the bar. */
export const HoldFailedDismissed: Story = {
  parameters: { dialer: { seed: outcomes.holdFailed } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(bar(canvasElement)).getByRole('button', { name: 'Dismiss' }));
    await expect(notices(canvasElement)).toEqual([]);
    await expect(bar(canvasElement).contains(document.activeElement)).toBe(true);
  },
};

/** The customer hung up: the bar says so (news, not an error). */
export const CustomerHungUp: Story = {
  parameters: { dialer: { seed: outcomes.customerHungUp } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'ended', 'Call ended', ['Done']);
    await expect(notices(canvasElement)).toEqual([`${CUSTOMER} hung up.`]);
  },
};

/** The call dropped with no hang-up from either side. */
export const CallDropped: Story = {
  parameters: { dialer: { seed: outcomes.callDropped } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'ended', 'Call ended', ['Done']);
    await expect(notices(canvasElement)).toEqual([`The call with ${CUSTOMER} dropped.`]);
  },
};

/** The bus could not place the agent's call (it never rang). */
export const DialNotPlaced: Story = {
  parameters: { dialer: { seed: outcomes.dialNotPlaced } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'ended', 'Call ended', ['Done']);
    await expect(notices(canvasElement)).toEqual([`The call to ${CUSTOMER} could not be placed.`]);
  },
};

/** The customer did not answer the agent's call. */
export const DialNotAnswered: Story = {
  parameters: { dialer: { seed: outcomes.dialNotAnswered } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'ended', 'Call ended', ['Done']);
    await expect(notices(canvasElement)).toEqual([`${CUSTOMER} did not answer.`]);
  },
};

/** A caller gave up before the agent answered: the offer is gone, the bar says the call was missed. */
export const MissedCall: Story = {
  parameters: { dialer: { seed: outcomes.missedCall } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ended', 'Call ended', ['Done']);
    await expect(region).not.toHaveAttribute('data-incoming');
    await expect(notices(canvasElement)).toEqual(['Missed call from +14155550199.']);
  },
};

/** After mandatory tagging the bus saved the tags and ended the call: the bar confirms which. */
export const TagsSaved: Story = {
  parameters: { dialer: { settings: MANDATORY_TAGGING, seed: outcomes.tagsSaved } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'ended', 'Call ended', ['Done']);
    await expect(notices(canvasElement)).toEqual(['Tags saved: Qualified lead']);
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
 * button disabled with a reason that holds for a closed kit too, said once in a line under the buttons.
 */
export const ConnectionClosed: Story = {
  parameters: { dialer: { seed: statusSeeds.closedDuringCall } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Dialer disconnected', IN_CALL);
    await expect(region).toHaveAttribute('data-connection', 'closed');
    await expect(region).toHaveTextContent(CUSTOMER);
    for (const name of IN_CALL) {
      await expect(button(canvasElement, name)).toHaveAttribute('aria-disabled', 'true');
      await expect(button(canvasElement, name)).toHaveAccessibleDescription('The dialer is not ready.');
    }
    await expect(within(region).getAllByText('The dialer is not ready.')).toHaveLength(1);
    // The buttons stay on one row: the reason is under them, not beside each.
    const tops = IN_CALL.map((name) => button(canvasElement, name).getBoundingClientRect().top);
    await expect(new Set(tops).size).toBe(1);
  },
};

/**
 * A connected call whose bus went silent: nothing for the watchdog's 30 s, and no answer to the request for
 * fresh state the kit then sent (every bus event is held for 10 minutes).
 */
async function busWentSilent(kit: StoryKit): Promise<void> {
  await statusSeeds.connectedSynced(kit);
  kit.bus.setLatency(600_000);
  await kit.until('the bus called stale', ({ session }) => session.silence?.stale === true, 40_000);
}

/**
 * The bus said nothing for too long during the call and did not answer the kit's request for fresh state:
 * the bar warns, politely, that the phone may be out of date while the kit keeps asking. The call's
 * buttons stay usable; the warning goes with the bus's next message.
 */
export const PhoneMayBeOutOfDate: Story = {
  parameters: { dialer: { seed: busWentSilent } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    const warning = within(bar(canvasElement)).getByText('Phone may be out of date – reconnecting…');
    await expect(warning).toHaveAttribute('aria-live', 'polite');
    await expect(button(canvasElement, 'Hang up')).toBeEnabled();
  },
};
