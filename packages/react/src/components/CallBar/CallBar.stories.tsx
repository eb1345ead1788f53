import type { IncomingType } from '@dialer-kit/core';
import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { StoryKit } from '../../../stories/support/createStoryKit';
import {
  CUSTOMER,
  incomingOffered,
  MANDATORY_TAGGING,
  SECOND_CALLER,
  TRANSFEREE,
  taggingRequired,
  warmTransferRinging,
} from '../../../stories/support/seeds';
import * as statusSeeds from '../../../stories/support/statusSeeds';

import { dialerStory } from '../../../stories/support/withDialer';
import { CallBar } from './CallBar';
import { bar, button, expectBar, IN_CALL, IN_RECORDED_CALL } from './expectCallBar';

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
/** No call: the bar says so and offers no button. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'idle', 'No call', []);
  },
};

/** The agent dialled and the bus acknowledged it, with no call status yet: the bar says Dialing and the number. */
export const DialSent: Story = {
  parameters: { dialer: { seed: statusSeeds.dialSent } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'idle', 'Dialing', []);
    await expect(region).toHaveAttribute('data-dialing');
    await expect(region).toHaveTextContent(CUSTOMER);
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

/** Where the `index`-th character of `text` is drawn, from the left (the text must be in one text node). */
function glyphLeft(element: Element, text: string, index: number): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at + index);
    range.setEnd(node, at + index + 1);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${text}" is not shown in one piece`);
}

/** An Arabic line name with a right-to-left override (U+202E) from the bus. */
const RTL_LINE_NAME = '\u202Eالمبيعات';
const LINE_NUMBER = '+1 415-555-0123';

/**
 * The bus names the line in Arabic, with a right-to-left override: the name is shown without the
 * override, and the line's number still reads left to right, after the name.
 */
export const RightToLeftLineName: Story = {
  parameters: {
    dialer: {
      settings: {
        lines: DEFAULT_SETTINGS.lines.map((line, index) =>
          index === 0 ? { ...line, name: RTL_LINE_NAME } : line,
        ),
      },
      seed: statusSeeds.connectedSynced,
    },
  },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_RECORDED_CALL);
    const line = region.querySelector('.dk-call-bar__line');
    if (line === null) throw new Error('no line shown');
    await expect(line).toHaveTextContent(`المبيعات · ${LINE_NUMBER}`);
    // Drawn in reading order: "+" left of the last digit, and the name left of the number.
    const plus = glyphLeft(line, LINE_NUMBER, 0);
    await expect(plus).toBeLessThan(glyphLeft(line, LINE_NUMBER, LINE_NUMBER.length - 1));
    await expect(glyphLeft(line, 'المبيعات', 0)).toBeLessThan(plus);
    await expect(line.textContent).not.toContain('\u202E');
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
  parameters: { dialer: { seed: statusSeeds.connectedSynced } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_RECORDED_CALL);
    await expect(region).toHaveTextContent(CUSTOMER);
    await expect(button(canvasElement, 'Hang up')).not.toHaveAttribute('aria-disabled');
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

/** A warm transfer rings the teammate (named); the customer holds. Hold waits for the teammate to answer. */
export const WarmTransferRinging: Story = {
  parameters: { dialer: { seed: warmTransferRinging } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ringing', 'Warm transfer: Ringing', IN_RECORDED_CALL);
    await expect(region).toHaveAttribute('data-flow', 'warmTransfer');
    // The party being called is the transferee, even before a SYNC names it; the customer holds.
    await expect(region).toHaveTextContent(TRANSFEREE);
    await expect(region).not.toHaveTextContent(CUSTOMER);
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

/**
 * A second call rings; the customer holds. The kit does not keep whom it calls, so until a SYNC names the
 * callee the bar names nobody rather than the held customer.
 */
export const ConcurrentRinging: Story = {
  parameters: { dialer: { seed: statusSeeds.concurrentRinging } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ringing', 'Second call: Ringing', IN_RECORDED_CALL);
    await expect(region).toHaveAttribute('data-flow', 'concurrent');
    await expect(region).not.toHaveTextContent(CUSTOMER);
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
    await expect(within(region).getByRole('status').textContent).toBe('Conference started');
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

/** The agent coaches a teammate's call (said once: "Coaching"): hold and recording are not theirs to control. */
export const Coaching: Story = {
  parameters: { dialer: { seed: statusSeeds.coachingTeammate } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'joined', 'Coaching', IN_RECORDED_CALL);
    await expect(region).toHaveAttribute('data-flow', 'coaching');
    await expect(button(canvasElement, 'Hold')).toHaveAccessibleDescription('Not possible while coaching.');
  },
};
