import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CUSTOMER, connected, MANDATORY_TAGGING, taggingRequired } from '../../../stories/support/seeds';
import { LOGGED_OUT, noLines, SUPPORT_LINE } from '../../../stories/support/statusSeeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { DialPad } from './DialPad';

const meta = {
  title: 'Components/DialPad',
  component: DialPad,
  ...dialerStory,
  args: { onDial: fn() },
  argTypes: {
    from: { control: 'select', options: [undefined, '+14155550123', SUPPORT_LINE.number] },
  },
} satisfies Meta<typeof DialPad>;

export default meta;
type Story = StoryObj<typeof meta>;

const pad = (canvas: HTMLElement) => within(canvas).getByRole('form', { name: 'Dial pad' });
const numberBox = (canvas: HTMLElement) => within(canvas).getByRole('textbox', { name: 'Phone number' });
const callButton = (canvas: HTMLElement) => within(canvas).getByRole('button', { name: 'Call' });

/** Asserts the pad refuses to call and says why, next to the Call button. */
async function expectDisabled(canvas: HTMLElement, reason: string, why: string) {
  await expect(pad(canvas)).toHaveAttribute('data-state', 'disabled');
  await expect(pad(canvas)).toHaveAttribute('data-reason', reason);
  await expect(callButton(canvas)).toHaveAttribute('aria-disabled', 'true');
  await expect(callButton(canvas)).toHaveAccessibleDescription(why);
  await expect(within(canvas).getByText(why)).toBeVisible();
}

/** No call: the agent can type or tap a number and call it. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    await expect(pad(canvasElement)).toHaveAttribute('data-state', 'ready');
    await expect(numberBox(canvasElement)).toHaveValue('');
    await expect(callButton(canvasElement)).not.toHaveAttribute('aria-disabled');
    const remove = within(canvasElement).getByRole('button', { name: 'Delete last digit' });
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAccessibleDescription('Nothing to delete yet.');
    await expect(within(canvasElement).getByText('Nothing to delete yet.')).toBeVisible();
  },
};

/**
 * The phone-number rules loaded: a national number typed on the agent's US line (+1 415 555 0123) shows the
 * number it will dial under the box and is dialled in E.164.
 */
export const NationalNumber: Story = {
  parameters: { dialer: { phoneRules: true } },
  play: async ({ args, canvasElement }) => {
    await userEvent.type(numberBox(canvasElement), '(415) 555-0100');
    await expect(within(canvasElement).getByText('Dials +1 415 555 0100')).toBeVisible();
    await expect(numberBox(canvasElement)).toHaveAccessibleDescription('Dials +1 415 555 0100');
    await userEvent.click(callButton(canvasElement));
    await expect(args.onDial).toHaveBeenCalledWith('+14155550100');
  },
};

/** A number that is not in international format is refused with a message tied to the box. Dark theme. */
export const InvalidNumber: Story = {
  globals: { theme: 'dark' },
  play: async ({ args, canvasElement, loaded }) => {
    await userEvent.type(numberBox(canvasElement), '0800 123 456');
    await userEvent.click(callButton(canvasElement));
    const message = 'Enter a number in international format (+14155550199) or client:<id>.';
    await expect(within(canvasElement).getByText(message)).toBeVisible();
    await expect(numberBox(canvasElement)).toHaveAttribute('aria-invalid', 'true');
    await expect(numberBox(canvasElement)).toHaveAccessibleDescription(message);
    await expect(numberBox(canvasElement)).toHaveFocus();
    await expect(pad(canvasElement)).toHaveAttribute('data-invalid');
    await expect(args.onDial).not.toHaveBeenCalled();
    await expect(kitOf({ loaded }).store.getState().call.dialing).toBeUndefined();
  },
};

/** During a call the pad cannot call, and says so. */
export const DuringCall: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await expectDisabled(canvasElement, 'call-in-progress', 'Not possible during a call.');
  },
};

/** The last call must be tagged before another one. */
export const WhileMandatoryTagging: Story = {
  parameters: { dialer: { settings: MANDATORY_TAGGING, seed: taggingRequired } },
  play: async ({ canvasElement }) => {
    await expectDisabled(canvasElement, 'mandatory-tagging', 'Tag the last call first.');
  },
};

/** Not signed in to the dialer: nothing can be called yet. */
export const NotConnected: Story = {
  parameters: { dialer: { settings: LOGGED_OUT } },
  play: async ({ canvasElement }) => {
    await expectDisabled(canvasElement, 'not-ready', 'The dialer is not ready.');
  },
};

/** The agent has no line to call from. */
export const NoLine: Story = {
  parameters: { dialer: { seed: noLines } },
  play: async ({ canvasElement }) => {
    await expectDisabled(canvasElement, 'no-line', 'No phone line to call from yet.');
  },
};

/**
 * With `from` set to the Support UK line, the call goes out from that line (spaces and dashes dropped);
 * the number stays in the box until the call is answered.
 */
export const FromSecondLine: Story = {
  args: { from: SUPPORT_LINE.number },
  play: async ({ args, canvasElement, loaded }) => {
    const kit = kitOf({ loaded });
    await userEvent.type(numberBox(canvasElement), '+1 415-555-0142');
    await userEvent.click(callButton(canvasElement));
    await expect(args.onDial).toHaveBeenCalledWith(CUSTOMER);
    await kit.until('dial from Support UK', ({ call }) => call.dialing?.from === SUPPORT_LINE.number);
    await waitFor(() => expect(pad(canvasElement)).toHaveAttribute('data-state', 'disabled'));
    await expect(numberBox(canvasElement)).toHaveValue('+1 415-555-0142');
    kit.bus.remoteAnswers();
    await waitFor(() => expect(numberBox(canvasElement)).toHaveValue(''));
  },
};

/** The dial failed (the bus never placed it): the number is still in the box, ready to call again. */
export const DialFailedKeepsNumber: Story = {
  play: async ({ canvasElement, loaded }) => {
    const kit = kitOf({ loaded });
    kit.bus.failNext('dial');
    await userEvent.type(numberBox(canvasElement), CUSTOMER);
    await userEvent.click(callButton(canvasElement));
    await kit.until('dial ended', ({ call }) => call.status === 'ended');
    await waitFor(() => expect(pad(canvasElement)).toHaveAttribute('data-state', 'ready'));
    await expect(numberBox(canvasElement)).toHaveValue(CUSTOMER);
    await expect(callButton(canvasElement)).not.toHaveAttribute('aria-disabled');
  },
};
