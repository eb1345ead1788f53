import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { StoryKit } from '../../../stories/support/createStoryKit';
import { CALLER } from '../../../stories/support/journeySteps';
import { heldMutedRecorded } from '../../../stories/support/outcomeSeeds';
import {
  CUSTOMER,
  incomingOffered,
  MANDATORY_TAGGING,
  taggingRequired,
} from '../../../stories/support/seeds';
import * as statusSeeds from '../../../stories/support/statusSeeds';
import { accepting } from '../../../stories/support/transitionSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { CallBar } from './CallBar';
import { button, chips, expectBar, expectPressed, IN_CALL } from './expectCallBar';

const meta = {
  title: 'Components/CallBar',
  component: CallBar,
  ...dialerStory,
} satisfies Meta<typeof CallBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A held call's chip: "On hold" and the time on hold. */
const ON_HOLD = /^On hold \d+:\d\d$/;
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
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
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

/**
 * A customer calls: the offer is the incoming-call banner's (caller, line called, Accept, Reject), so the
 * bar only says a call is offered, with no button and no caller of its own.
 */
export const Offered: Story = {
  parameters: { dialer: { seed: incomingOffered } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'idle', 'Incoming call', []);
    await expect(region).toHaveAttribute('data-incoming');
    await expect(region).not.toHaveTextContent(CALLER);
  },
};

/** A call offered right after the last one ended: the last call's Done, talk time and news are gone. */
export const OfferedAfterACall: Story = {
  parameters: {
    dialer: {
      seed: async (kit: StoryKit) => {
        await statusSeeds.ended(kit);
        await incomingOffered(kit);
      },
    },
  },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'ended', 'Incoming call', []);
    await expect(region).not.toHaveTextContent('Call duration');
  },
};

/** The agent accepted a call in the banner; the bus is accepting it (it stays here a moment, then connects). */
export const Accepting: Story = {
  parameters: { dialer: { seed: accepting } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'accepting', 'Accepting', ['Hang up']);
    await expect(region).toHaveTextContent(CALLER);
    await expect(region).not.toHaveAttribute('data-incoming');
  },
};

/** An outgoing call the customer answered (Sales US records by itself): a Recording chip, no other. */
export const Connected: Story = {
  parameters: { dialer: { seed: statusSeeds.connectedSynced } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    await expect(region).toHaveTextContent(CUSTOMER);
    await expect(button(canvasElement, 'Hang up')).not.toHaveAttribute('aria-disabled');
    await expect(chips(canvasElement)).toEqual(['Recording']);
    await expectPressed(canvasElement, ['Record']);
  },
};

/** The customer is on hold: an "On hold" chip counts the time on hold, and Hold is pressed. */
export const Held: Story = {
  parameters: { dialer: { seed: statusSeeds.held } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    await expect(region).toHaveAttribute('data-held');
    const [held, ...rest] = chips(canvasElement);
    await expect(held).toMatch(ON_HOLD);
    await expect(rest).toEqual(['Recording']);
    await expectPressed(canvasElement, ['Hold', 'Record']);
  },
};

/** The agent's microphone is muted: a "Muted" chip, and Mute is pressed. */
export const Muted: Story = {
  parameters: { dialer: { seed: statusSeeds.muted } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    await expect(region).toHaveAttribute('data-muted');
    await expect(chips(canvasElement)).toEqual(['Muted', 'Recording']);
    await expectPressed(canvasElement, ['Mute', 'Record']);
  },
};

/** Held, muted and recorded at once: three chips in words, three pressed toggles. */
export const HeldMutedRecorded: Story = {
  parameters: { dialer: { seed: heldMutedRecorded } },
  play: async ({ canvasElement }) => {
    await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    const [held, ...rest] = chips(canvasElement);
    await expect(held).toMatch(ON_HOLD);
    await expect(rest).toEqual(['Muted', 'Recording']);
    await expectPressed(canvasElement, ['Mute', 'Hold', 'Record']);
  },
};

/** On the Support UK line the agent starts the recording: Record becomes pressed, a Recording chip shows. */
export const Recording: Story = {
  parameters: { dialer: { seed: statusSeeds.connectedOnSupportLine } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    await expect(region).toHaveTextContent(statusSeeds.SUPPORT_LINE.name);
    await expect(region).not.toHaveAttribute('data-recording');
    await expect(chips(canvasElement)).toEqual([]);
    await userEvent.click(button(canvasElement, 'Record'));
    await waitFor(() => expect(button(canvasElement, 'Record')).toHaveAttribute('aria-pressed', 'true'));
    await expect(region).toHaveAttribute('data-recording');
    await expect(chips(canvasElement)).toEqual(['Recording']);
  },
};

/** A recording the agent paused: a "Recording paused" chip, and Record is not pressed. */
export const RecordingPaused: Story = {
  parameters: { dialer: { seed: statusSeeds.recordingPaused } },
  play: async ({ canvasElement }) => {
    const region = await expectBar(canvasElement, 'connected', 'Connected', IN_CALL);
    await expect(region).not.toHaveAttribute('data-recording');
    await expect(chips(canvasElement)).toEqual(['Recording paused']);
    await expectPressed(canvasElement, []);
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
