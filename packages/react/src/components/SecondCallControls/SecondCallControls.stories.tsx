import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  secondCallStartFailed,
  secondCallStartPending,
  secondCallSwapFailed,
  secondCallSwapPending,
  secondCallSwapped,
} from '../../../stories/support/multiPartySeeds';
import { CUSTOMER, connected, SECOND_CALLER } from '../../../stories/support/seeds';
import { concurrentConnected, concurrentRinging } from '../../../stories/support/statusSeeds';
import { internalCallConnected } from '../../../stories/support/transferSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { SecondCallControls } from './SecondCallControls';

/** The notice shown in `root` (its polite live region), or null. */
const shownNotice = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('.dk-notice-slot:not([data-empty]) [aria-live="polite"]');

const meta = {
  title: 'Components/SecondCallControls',
  component: SecondCallControls,
  ...dialerStory,
} satisfies Meta<typeof SecondCallControls>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Second call' });
const button = (canvas: HTMLElement, name: string) => within(region(canvas)).getByRole('button', { name });
const numberBox = (canvas: HTMLElement) =>
  within(region(canvas)).getByRole('textbox', { name: 'Second call to' });
/** The two calls as `{ label: party }`, e.g. `{ 'Talking with': '+1…', 'On hold': '+1…' }`. */
const parties = (canvas: HTMLElement) =>
  Object.fromEntries(
    within(region(canvas))
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

/** Asserts the two calls and whether Swap may be used (`enabled`), is busy, or is refused. */
async function expectCalls(canvas: HTMLElement, calls: Record<string, string>, swap: string) {
  await expect(region(canvas)).toHaveAttribute('data-active');
  await expect(parties(canvas)).toEqual(calls);
  await expect(button(canvas, 'Swap')).toHaveAttribute('data-state', swap);
}

/** No call: nothing to add a second call to, so nothing renders. */
export const NoCall: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region', { name: 'Second call' })).toBeNull();
  },
};

/** A connected call: "Second call to" and "Start second call". */
export const ConnectedCall: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-state', 'connected');
    await expect(region(canvasElement)).not.toHaveAttribute('data-active');
    await expect(numberBox(canvasElement)).toHaveValue('');
    await expect(button(canvasElement, 'Start second call')).toHaveAttribute('data-state', 'enabled');
  },
};

/** A call with a teammate: no second call, and the button says why, in words. */
export const InternalCall: Story = {
  parameters: { dialer: { seed: internalCallConnected } },
  play: async ({ canvasElement }) => {
    const start = button(canvasElement, 'Start second call');
    await expect(start).toHaveAttribute('aria-disabled', 'true');
    await expect(start).toHaveAccessibleDescription('Not possible on a call between teammates.');
    await expect(
      within(region(canvasElement)).getByText('Not possible on a call between teammates.'),
    ).toBeVisible();
  },
};

/** The agent tried a target that is no number: the box is marked and says what it needs. */
export const InvalidNumber: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await userEvent.type(numberBox(canvasElement), 'bob{Enter}');
    await expect(numberBox(canvasElement)).toHaveAttribute('aria-invalid', 'true');
    await expect(numberBox(canvasElement)).toHaveAccessibleDescription(
      'Enter a phone number (digits, spaces, dashes, brackets) or client:<id>.',
    );
  },
};

/** The start sent and not confirmed yet: the button is busy. */
export const StartPending: Story = {
  parameters: { dialer: { seed: secondCallStartPending } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-pending');
    await expect(button(canvasElement, 'Start second call')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The bus failed the start: a notice says so, with Dismiss; the call goes on and the form is offered again. */
export const StartFailed: Story = {
  parameters: { dialer: { seed: secondCallStartFailed } },
  play: async ({ canvasElement }) => {
    const notice = shownNotice(region(canvasElement));
    await expect(notice).toHaveTextContent(
      'Second call could not start. The dialer went back to the previous state.',
    );
    await expect(button(canvasElement, 'Start second call')).toHaveAttribute('data-state', 'enabled');
    await userEvent.click(button(canvasElement, 'Dismiss'));
    await expect(shownNotice(region(canvasElement))).toBeNull();
  },
};

/** The agent started the second call here: the number called rings, the customer holds, Swap waits. */
export const Ringing: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await userEvent.type(numberBox(canvasElement), SECOND_CALLER);
    await userEvent.click(button(canvasElement, 'Start second call'));
    await waitFor(() => expect(region(canvasElement)).toHaveAttribute('data-state', 'ringing'));
    await expectCalls(canvasElement, { Calling: SECOND_CALLER, 'On hold': CUSTOMER }, 'disabled');
    await expect(button(canvasElement, 'Swap')).toHaveAccessibleDescription(
      'Only possible during a connected call.',
    );
  },
};

/**
 * A second call started elsewhere in the app rings: the bus names nobody yet, and the panel names whom the
 * kit called (the store records it, whatever started the call).
 */
export const RingingStartedElsewhere: Story = {
  parameters: { dialer: { seed: concurrentRinging } },
  play: async ({ canvasElement }) => {
    await expectCalls(canvasElement, { Calling: SECOND_CALLER, 'On hold': CUSTOMER }, 'disabled');
  },
};

/** The second person answered: the agent talks with them, the customer holds; Swap is possible. */
export const Connected: Story = {
  parameters: { dialer: { seed: concurrentConnected } },
  play: async ({ canvasElement }) => {
    await expectCalls(canvasElement, { 'Talking with': SECOND_CALLER, 'On hold': CUSTOMER }, 'enabled');
    await expect(within(region(canvasElement)).getByRole('status')).toHaveTextContent(
      `Talking with ${SECOND_CALLER}. On hold: ${CUSTOMER}.`,
    );
  },
};

/** Swap sent and not answered yet: Swap is busy. */
export const SwapPending: Story = {
  parameters: { dialer: { seed: secondCallSwapPending } },
  play: async ({ canvasElement }) => {
    await expectCalls(canvasElement, { 'Talking with': SECOND_CALLER, 'On hold': CUSTOMER }, 'pending');
    await expect(region(canvasElement)).toHaveAttribute('data-pending');
  },
};

/** After a swap: the agent talks with the customer again, the second person holds. */
export const Swapped: Story = {
  parameters: { dialer: { seed: secondCallSwapped } },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectCalls(canvasElement, { 'Talking with': CUSTOMER, 'On hold': SECOND_CALLER }, 'enabled');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
  },
};

/** The bus failed the swap: a notice says so, nobody moved, and Swap may be tried again. */
export const SwapFailed: Story = {
  parameters: { dialer: { seed: secondCallSwapFailed } },
  play: async ({ canvasElement }) => {
    await expect(shownNotice(region(canvasElement))).toHaveTextContent(
      'Swap failed. The dialer went back to the previous state.',
    );
    await expectCalls(canvasElement, { 'Talking with': SECOND_CALLER, 'On hold': CUSTOMER }, 'enabled');
  },
};
