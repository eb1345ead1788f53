import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CUSTOMER, SECOND_CALLER, TRANSFEREE, warmTransferRinging } from '../../../stories/support/seeds';
import * as statusSeeds from '../../../stories/support/statusSeeds';
import * as transitions from '../../../stories/support/transitionSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { CallBar } from './CallBar';
import { button, chips, expectBar, IN_CALL } from './expectCallBar';

/**
 * The call bar in the warm-transfer, second-call, conference and coaching flows, through every status
 * each passes (a `starting*` status comes in the flow being left, `regular`). Statuses the bus only
 * passes through are slowed by the seed so they stay on screen a few seconds.
 */
const meta = {
  title: 'Components/CallBar flows',
  component: CallBar,
  ...dialerStory,
} satisfies Meta<typeof CallBar>;

export default meta;
type Story = StoryObj<typeof meta>;

const NOT_CONNECTED = 'Only possible during a connected call.';

/**
 * The agent started a warm transfer: still the call with the customer (the transfer panel names the
 * teammate called); Hold and Record wait for a connected call.
 */
export const StartingWarmTransfer: Story = {
  parameters: { dialer: { seed: transitions.startingWarmTransfer } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'startingWarmTransfer', 'Starting transfer', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'regular');
    await expect(region).toHaveTextContent(CUSTOMER);
    await expect(button(canvasElement, 'Hold')).toHaveAccessibleDescription(NOT_CONNECTED);
  },
};

/** A warm transfer rings the teammate (named); the customer holds. Hold waits for the teammate to answer. */
export const WarmTransferRinging: Story = {
  parameters: { dialer: { seed: warmTransferRinging } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ringing', 'Warm transfer: Ringing', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'warmTransfer');
    // The party being called is the transferee, even before a SYNC names it; the customer holds.
    await expect(region).toHaveTextContent(TRANSFEREE);
    await expect(region).not.toHaveTextContent(CUSTOMER);
    await expect(button(canvasElement, 'Hold')).toHaveAccessibleDescription(NOT_CONNECTED);
  },
};

/** The teammate answered the warm transfer: the agent talks with them while the customer holds. */
export const WarmTransferConnected: Story = {
  parameters: { dialer: { seed: statusSeeds.warmTransferTalking } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Warm transfer: Connected', IN_CALL);
    await expect(region).toHaveTextContent(TRANSFEREE);
  },
};

/** The agent swaps between the teammate and the customer: `swapping`. */
export const WarmTransferSwapping: Story = {
  parameters: { dialer: { seed: transitions.swapping } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'swapping', 'Warm transfer: Swapping', IN_CALL);
    await expect(button(canvasElement, 'Hold')).toHaveAccessibleDescription(NOT_CONNECTED);
  },
};

/** The agent merged: the teammate keeps the customer, the agent's call is about to end. */
export const WarmTransferMerging: Story = {
  parameters: { dialer: { seed: transitions.merging } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'merging', 'Warm transfer: Merging', IN_CALL);
  },
};

/** The teammate declined: the transfer's leg hangs up (`warmTransfer/hanging`) before the customer is back. */
export const WarmTransferHangingUp: Story = {
  parameters: { dialer: { seed: transitions.transferLegHanging } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'hanging', 'Warm transfer: Hanging up', ['Hang up']);
    await expect(region).toHaveAttribute('data-flow', 'warmTransfer');
    // A second Hang up could end the customer's call too: it waits for the leg to go.
    await expect(button(canvasElement, 'Hang up')).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The agent started a second call; the customer is about to be held. */
export const StartingConcurrent: Story = {
  parameters: { dialer: { seed: transitions.startingConcurrent } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'startingConcurrent', 'Starting second call', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'regular');
  },
};

/**
 * A second call rings; the customer holds. The kit does not keep whom it calls, so until a SYNC names the
 * callee the bar names nobody rather than the held customer.
 */
export const ConcurrentRinging: Story = {
  parameters: { dialer: { seed: statusSeeds.concurrentRinging } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ringing', 'Second call: Ringing', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'concurrent');
    await expect(region).not.toHaveTextContent(CUSTOMER);
  },
};

/** A second call the agent made during a call was answered; the customer holds. */
export const Concurrent: Story = {
  parameters: { dialer: { seed: statusSeeds.concurrentConnected } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Second call: Connected', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'concurrent');
    await expect(region).toHaveTextContent(SECOND_CALLER);
  },
};

/** The second callee hung up: `concurrent/hanging`, before the agent is back with the customer. */
export const ConcurrentHangingUp: Story = {
  parameters: { dialer: { seed: transitions.secondCallHanging } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'hanging', 'Second call: Hanging up', ['Hang up']);
    await expect(region).toHaveAttribute('data-flow', 'concurrent');
  },
};

/** The agent invited a teammate: the conference is starting. */
export const StartingConference: Story = {
  parameters: { dialer: { seed: transitions.startingConference } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'startingConference', 'Starting conference', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'regular');
  },
};

/** The invited teammate's phone rings: the conference is `initiating`. */
export const ConferenceInviting: Story = {
  parameters: { dialer: { seed: transitions.initiating } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'initiating', 'Conference: Inviting', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'conference');
    // A conference holds its participants one by one (in its panel): the bar's Hold has no one party.
    await expect(button(canvasElement, 'Hold')).toHaveAccessibleDescription(
      'There is nobody to do this with.',
    );
  },
};

/** A teammate the agent invited answered: a three-way conference (said once: "Conference started"). */
export const Conference: Story = {
  parameters: { dialer: { seed: statusSeeds.conferenceStarted } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'initiated', 'Conference started', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'conference');
    await expect(button(canvasElement, 'Hang up')).not.toHaveAttribute('aria-disabled');
  },
};

/** The agent asked to coach a teammate's call: `startingCoaching`, only Hang up. */
export const StartingCoaching: Story = {
  parameters: { dialer: { seed: transitions.startingCoaching } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'startingCoaching', 'Starting coaching', ['Hang up']);
    await expect(region).toHaveAttribute('data-flow', 'regular');
  },
};

/** The coach is joining the call (`coaching/joining`), only Hang up. */
export const CoachingJoining: Story = {
  parameters: { dialer: { seed: transitions.joining } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'joining', 'Coaching: Joining', ['Hang up']);
    await expect(region).toHaveAttribute('data-flow', 'coaching');
  },
};

/** The agent coaches a teammate's call (said once: "Coaching"): hold and recording are not theirs to control. */
export const Coaching: Story = {
  parameters: { dialer: { seed: statusSeeds.coachingTeammate } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'joined', 'Coaching', IN_CALL);
    await expect(region).toHaveAttribute('data-flow', 'coaching');
    await expect(button(canvasElement, 'Hold')).toHaveAccessibleDescription('Not possible while coaching.');
  },
};

/** A supervisor joined the agent's call to coach: the bar shows the call as before (the indicator says so). */
export const CoachJoined: Story = {
  parameters: { dialer: { seed: statusSeeds.coachJoined } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    await expect(region).toHaveTextContent(CUSTOMER);
    await expect(chips(canvasElement)).toEqual(['Recording']);
  },
};
