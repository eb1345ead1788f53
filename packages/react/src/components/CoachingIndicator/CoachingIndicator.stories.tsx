import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { tabTo } from '../../../stories/support/journeySteps';
import {
  COACHABLE_CALLS,
  COACHED_CUSTOMER,
  COACHEE_LABEL,
  coachingJoinFailed,
  coachingJoinPending,
  SUPERVISOR_LABEL,
} from '../../../stories/support/multiPartySeeds';
import { connected } from '../../../stories/support/seeds';
import { coachingTeammate, coachJoined } from '../../../stories/support/statusSeeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { CoachingIndicator } from './CoachingIndicator';

/** The notice shown in `root` (its polite live region), or null. */
const shownNotice = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('.dk-notice-slot:not([data-empty]) [aria-live="polite"]');

const meta = {
  title: 'Components/CoachingIndicator',
  component: CoachingIndicator,
  ...dialerStory,
} satisfies Meta<typeof CoachingIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

const CALL_LABEL = COACHABLE_CALLS[0]?.label ?? '';
const region = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Coaching' });
const joinButton = (canvas: HTMLElement) =>
  within(region(canvas)).getByRole('button', { name: `Join as coach ${CALL_LABEL}` });
/** The live region, which stays mounted whatever is shown. */
const announced = (canvas: HTMLElement) => within(canvas).getByRole('status');

/** Idle, and the app lists no call to coach: only the (empty) live region is there. */
export const Nothing: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region')).toBeNull();
    await expect(announced(canvasElement)).toBeEmptyDOMElement();
  },
};

/** Idle, with a teammate's call the app lets this supervisor coach: "Join as coach" and "Join incognito". */
export const JoinOffered: Story = {
  args: { coachableCalls: COACHABLE_CALLS },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-role', 'none');
    await expect(
      within(region(canvasElement)).getByRole('list', { name: 'Calls you can coach' }),
    ).toHaveTextContent(CALL_LABEL);
    await expect(joinButton(canvasElement)).toHaveAttribute('data-state', 'enabled');
    await expect(
      within(region(canvasElement)).getByRole('checkbox', { name: 'Join incognito' }),
    ).not.toBeChecked();
  },
};

/** During the agent's own call, joining is not possible, and the button says why. */
export const JoinNotPossible: Story = {
  args: { coachableCalls: COACHABLE_CALLS },
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await expect(joinButton(canvasElement)).toHaveAttribute('aria-disabled', 'true');
    await expect(joinButton(canvasElement)).toHaveAccessibleDescription('Not possible during a call.');
  },
};

/** The join sent and not answered yet: "Joining the call". */
export const Joining: Story = {
  args: { coachableCalls: COACHABLE_CALLS },
  parameters: { dialer: { seed: coachingJoinPending } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-role', 'coach');
    await expect(region(canvasElement)).toHaveAttribute('data-joining');
    await expect(region(canvasElement)).toHaveTextContent('Joining the call');
  },
};

/** Coaching: who is coached, and the customer on that call. */
export const Coaching: Story = {
  args: { coachableCalls: COACHABLE_CALLS },
  parameters: { dialer: { seed: coachingTeammate } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-state', 'joined');
    await expect(region(canvasElement)).toHaveTextContent(
      `You are coaching ${COACHEE_LABEL}Customer: ${COACHED_CUSTOMER}`,
    );
    await expect(within(region(canvasElement)).queryByRole('list')).toBeNull();
  },
};

/** The bus failed the join: a notice says so, and the call may be joined again. */
export const JoinFailed: Story = {
  args: { coachableCalls: COACHABLE_CALLS },
  parameters: { dialer: { seed: coachingJoinFailed } },
  play: async ({ canvasElement }) => {
    await expect(shownNotice(region(canvasElement))).toHaveTextContent(
      'Coaching could not start. The dialer went back to the previous state.',
    );
    await expect(joinButton(canvasElement)).toHaveAttribute('data-state', 'enabled');
  },
};

/** On the agent's call: a supervisor is listening, in words, naming them. */
export const SupervisorListening: Story = {
  parameters: { dialer: { seed: coachJoined } },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-role', 'coached');
    await expect(region(canvasElement)).toHaveTextContent(`A supervisor is listening ${SUPERVISOR_LABEL}`);
    await expect(announced(canvasElement)).toHaveTextContent(
      `A supervisor is listening: ${SUPERVISOR_LABEL}.`,
    );
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
  },
};

/** The supervisor leaves: the indicator goes and the live region says so. */
export const SupervisorLeft: Story = {
  parameters: { dialer: { seed: coachJoined } },
  play: async (context) => {
    const { canvasElement } = context;
    await expect(region(canvasElement)).toBeVisible();
    await expect(kitOf(context).bus.coachLeaves()).toBe(true);
    await waitFor(() => expect(within(canvasElement).queryByRole('region')).toBeNull());
    await expect(announced(canvasElement)).toHaveTextContent('The supervisor left the call.');
  },
};

/** Joining from the keyboard: Tab to "Join incognito", Space ticks it, back to "Join as coach", Enter. */
export const JoinWithKeyboard: Story = {
  args: { coachableCalls: COACHABLE_CALLS },
  play: async ({ canvasElement }) => {
    const incognito = within(region(canvasElement)).getByRole('checkbox', { name: 'Join incognito' });
    await tabTo(incognito);
    await userEvent.keyboard(' ');
    await expect(incognito).toBeChecked();
    await tabTo(joinButton(canvasElement), { backwards: true });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(region(canvasElement)).toHaveAttribute('data-state', 'joined'));
    await expect(region(canvasElement)).toHaveTextContent(`You are coaching ${COACHEE_LABEL}`);
  },
};
