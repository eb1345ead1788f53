import type { CallStatus, IncomingType } from '@dialer-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { StoryKit } from '../../../stories/support/createStoryKit';
import {
  CUSTOMER,
  connected,
  incomingOffered,
  MANDATORY_TAGGING,
  TRANSFEREE,
  taggingRequired,
  warmTransferRinging,
} from '../../../stories/support/seeds';
import * as statusSeeds from '../../../stories/support/statusSeeds';
import { SECOND_CALLER } from '../../../stories/support/transferSeeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { CallBar } from './CallBar';

const meta = {
  title: 'Components/CallBar',
  component: CallBar,
  ...dialerStory,
} satisfies Meta<typeof CallBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The simulator's caller for external, cold-transfer and rollback offers. */
const CALLER = '+14155550199';
/** The simulator's first teammate, who calls or hands over a customer. */
const TEAMMATE = 'Teammate 654321';
/** The in-call buttons on a call that is not recorded (yet). */
const IN_CALL = ['Hang up', 'Mute', 'Hold', 'Record'];
/** The in-call buttons on a Sales US call, which records by itself. */
const IN_RECORDED_CALL = ['Hang up', 'Mute', 'Hold', 'Pause recording'];

const bar = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Call' });
const button = (canvas: HTMLElement, name: string) => within(bar(canvas)).getByRole('button', { name });

/** Asserts the bar's `data-state`, its status in words (exactly) and its buttons' names, in order. */
async function expectBar(canvas: HTMLElement, state: CallStatus, words: string, buttons: readonly string[]) {
  const region = bar(canvas);
  await expect(region).toHaveAttribute('data-state', state);
  await expect(within(region).getByRole('status').textContent).toBe(words);
  await expect(
    within(region)
      .queryAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(buttons);
  return region;
}

/** No call: the bar says so and offers no button. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'idle', 'No call', []);
  },
};

/** The agent dialled; the bus is connecting the call (it stays here a moment, then rings). */
export const Dialing: Story = {
  parameters: { dialer: { seed: statusSeeds.dialing } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connecting', 'Connecting', ['Hang up']);
    await expect(region).toHaveTextContent(CUSTOMER);
  },
};

/** The customer's phone rings; the agent can only hang up. Dark theme. */
export const Ringing: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { seed: statusSeeds.ringing } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ringing', 'Ringing', ['Hang up']);
    await expect(region).toHaveTextContent(CUSTOMER);
    await expect(region).toHaveTextContent('Sales US · +1 415-555-0123');
  },
};

/** A story of an offer of `type` from `caller`: the bar is about the offer, with Accept and Reject. */
const offer = (type: IncomingType, caller: string): Story => ({
  parameters: { dialer: { seed: (kit: StoryKit) => incomingOffered(kit, type) } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'idle', 'Incoming call', ['Accept', 'Reject']);
    await expect(region).toHaveAttribute('data-incoming');
    await expect(region).toHaveTextContent(caller);
  },
});

/** A customer calls one of the agent's lines. */
export const IncomingExternal = offer('external', CALLER);
/** A teammate calls the agent. */
export const IncomingInternal = offer('internal', TEAMMATE);
/** A teammate transferred a customer's call to the agent without talking first (the bar names the customer). */
export const IncomingColdTransfer = offer('cold-transfer', CALLER);
/** A teammate hands over a customer after talking to the agent (the bar names the teammate). */
export const IncomingWarmTransfer = offer('warm-transfer', TEAMMATE);
/** A transfer the agent made was declined: the customer's call comes back. */
export const IncomingRollbackTransfer = offer('rollback-transfer', CALLER);

/** An outgoing call the customer answered. */
export const Connected: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('region', { name: 'Call' });
    await expect(bar).toHaveAttribute('data-state', 'connected');
    await expect(within(bar).getByRole('button', { name: 'Hang up' })).toBeEnabled();
  },
};

/** The customer is on hold: Hold became Resume. */
export const Held: Story = {
  parameters: { dialer: { seed: statusSeeds.held } },
  play: async ({ canvasElement }) => {
    const buttons = ['Hang up', 'Mute', 'Resume', 'Pause recording'];
    const region = await expectBar(canvasElement, 'connected', 'Connected', buttons);
    await expect(region).toHaveAttribute('data-held');
  },
};

/** The agent's microphone is muted: Mute became Unmute. */
export const Muted: Story = {
  parameters: { dialer: { seed: statusSeeds.muted } },
  play: async ({ canvasElement }) => {
    const buttons = ['Hang up', 'Unmute', 'Hold', 'Pause recording'];
    const region = await expectBar(canvasElement, 'connected', 'Connected', buttons);
    await expect(region).toHaveAttribute('data-muted');
  },
};

/** On the Support UK line the agent starts the recording: Record becomes Pause recording. */
export const Recording: Story = {
  parameters: { dialer: { seed: statusSeeds.connectedOnSupportLine } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    await expect(region).toHaveTextContent(statusSeeds.SUPPORT_LINE.name);
    await expect(region).not.toHaveAttribute('data-recording');
    await userEvent.click(button(canvasElement, 'Record'));
    await expect(await within(region).findByRole('button', { name: 'Pause recording' })).toBeVisible();
    await expect(region).toHaveAttribute('data-recording');
  },
};

/** A recording the agent paused: it offers Resume recording. */
export const RecordingPaused: Story = {
  parameters: { dialer: { seed: statusSeeds.recordingPaused } },
  play: async ({ canvasElement }) => {
    const buttons = ['Hang up', 'Mute', 'Hold', 'Resume recording'];
    const region = await expectBar(canvasElement, 'connected', 'Connected', buttons);
    await expect(region).not.toHaveAttribute('data-recording');
  },
};

/** The agent hung up and the bus is hanging up (it stays here a moment, then ends). */
export const HangingUp: Story = {
  parameters: { dialer: { seed: statusSeeds.hangingUp } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'hanging', 'Hanging up', ['Hang up']);
  },
};

/** The call is over: the talk time stopped and Done clears the bar. */
export const Ended: Story = {
  parameters: { dialer: { seed: statusSeeds.ended } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ended', 'Call ended', ['Done']);
    await expect(region.querySelector('[data-state="stopped"]')).toHaveTextContent('Call duration');
  },
};

/** The call ended on a line that requires tags: no button until it is tagged (the tag dialog's job). Dark theme. */
export const MandatoryTagging: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { settings: MANDATORY_TAGGING, seed: taggingRequired } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'mandatoryTagging', 'Tagging required', []);
  },
};

/** A warm transfer rings the teammate; the customer holds. Hold waits for the teammate to answer. */
export const WarmTransferRinging: Story = {
  parameters: { dialer: { seed: warmTransferRinging } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ringing', 'Warm transfer: Ringing', IN_RECORDED_CALL);
    await expect(region).toHaveAttribute('data-flow', 'warmTransfer');
    await expect(button(canvasElement, 'Hold')).toHaveAccessibleDescription(
      'Only possible during a connected call.',
    );
  },
};

/** The teammate answered the warm transfer: the agent talks with them while the customer holds. */
export const WarmTransferConnected: Story = {
  parameters: { dialer: { seed: statusSeeds.warmTransferTalking } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Warm transfer: Connected', IN_RECORDED_CALL);
    await expect(region).toHaveTextContent(TRANSFEREE);
  },
};

/** A second call the agent made during a call was answered; the customer holds. */
export const Concurrent: Story = {
  parameters: { dialer: { seed: statusSeeds.concurrentConnected } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Second call: Connected', IN_RECORDED_CALL);
    await expect(region).toHaveAttribute('data-flow', 'concurrent');
    await expect(region).toHaveTextContent(SECOND_CALLER);
  },
};

/** A teammate the agent invited answered: a three-way conference. */
export const Conference: Story = {
  parameters: { dialer: { seed: statusSeeds.conferenceStarted } },
  play: async ({ canvasElement }) => {
    const region = bar(canvasElement);
    await expect(region).toHaveAttribute('data-state', 'initiated');
    await expect(region).toHaveAttribute('data-flow', 'conference');
    await expect(within(region).getByRole('status').textContent).toBe('Conference: Conference started');
    await expect(button(canvasElement, 'Hang up')).not.toHaveAttribute('aria-disabled');
  },
};

/** A supervisor joined the agent's call to coach: the bar shows the call as before (no sign of the coach). */
export const CoachJoined: Story = {
  parameters: { dialer: { seed: statusSeeds.coachJoined } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_RECORDED_CALL);
    await expect(region).toHaveTextContent(CUSTOMER);
  },
};

/** The agent coaches a teammate's call: hold and recording are not theirs to control. */
export const Coaching: Story = {
  parameters: { dialer: { seed: statusSeeds.coachingTeammate } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'joined', 'Coaching: Coaching', IN_RECORDED_CALL);
    await expect(region).toHaveAttribute('data-flow', 'coaching');
    await expect(button(canvasElement, 'Hold')).toHaveAccessibleDescription('Not possible while coaching.');
  },
};

/** The bus failed a hold: the customer is still talking and Hold is offered again (no notice in the bar). */
export const HoldFailed: Story = {
  parameters: { dialer: { seed: statusSeeds.holdFailed } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_RECORDED_CALL);
    await expect(region).not.toHaveAttribute('data-held');
    await expect(button(canvasElement, 'Hold')).not.toHaveAttribute('aria-busy');
  },
};

/** Signed in, the bus has not started its services yet: no call can be shown. */
export const ConnectionConnecting: Story = {
  parameters: { dialer: { settings: statusSeeds.LOGGED_OUT, seed: statusSeeds.connectingAfterLogin } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('connecting');
    await expectBar(canvasElement, 'idle', 'No call', []);
  },
};

/** No session: the agent must sign in (elsewhere); the bar has no call. */
export const ConnectionNeedsLogin: Story = {
  parameters: { dialer: { settings: statusSeeds.LOGGED_OUT } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('needs-login');
    await expectBar(canvasElement, 'idle', 'No call', []);
  },
};

/** The bus reloaded during a call: the call it forgot leaves the bar while the kit reconnects. */
export const ConnectionReconnecting: Story = {
  parameters: { dialer: { seed: statusSeeds.reconnectingDuringCall } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('reconnecting');
    await expectBar(canvasElement, 'idle', 'No call', []);
  },
};

/** The kit was closed during a call: the last state stays, every button disabled with the reason. */
export const ConnectionClosed: Story = {
  parameters: { dialer: { seed: statusSeeds.closedDuringCall } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'connected', 'Connected', IN_RECORDED_CALL);
    for (const name of IN_RECORDED_CALL) {
      await expect(button(canvasElement, name)).toHaveAttribute('aria-disabled', 'true');
      await expect(button(canvasElement, name)).toHaveAccessibleDescription(
        'The dialer is not connected yet.',
      );
    }
  },
};
