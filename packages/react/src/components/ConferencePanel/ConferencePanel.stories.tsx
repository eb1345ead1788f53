import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  conferenceCustomerHeld,
  conferenceKickPending,
  conferenceParticipantLeft,
  conferenceRinging,
  conferenceRunning,
  conferenceStartFailed,
  conferenceStartPending,
} from '../../../stories/support/multiPartySeeds';
import { CUSTOMER, connected, SECOND_CALLER, TRANSFEREE } from '../../../stories/support/seeds';
import { internalCallConnected } from '../../../stories/support/transferSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { ConferencePanel } from './ConferencePanel';

/** The notice shown in `root` (its polite live region), or null. */
const shownNotice = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('.dk-notice-slot:not([data-empty]) [aria-live="polite"]');

const meta = {
  title: 'Components/ConferencePanel',
  component: ConferencePanel,
  ...dialerStory,
} satisfies Meta<typeof ConferencePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Conference' });
const button = (canvas: HTMLElement, name: string) => within(region(canvas)).getByRole('button', { name });
const inviteBox = (canvas: HTMLElement) =>
  within(region(canvas)).getByRole('textbox', { name: 'Invite to the call' });
const rows = (canvas: HTMLElement) =>
  within(within(region(canvas)).getByRole('list', { name: 'Participants' })).getAllByRole('listitem');
/** Each participant as "who: state words". */
const listed = (canvas: HTMLElement) =>
  rows(canvas).map(
    (row) =>
      `${row.querySelector('.dk-conference__who')?.textContent}: ${[
        ...row.querySelectorAll('.dk-conference__chip'),
      ]
        .map((chip) => chip.textContent)
        .join(', ')}`,
  );
const summary = (canvas: HTMLElement) => within(region(canvas)).getByRole('status');

/** No call: nothing to confer on, so nothing renders. */
export const NoCall: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region', { name: 'Conference' })).toBeNull();
  },
};

/** A connected call: "Invite to the call" and "Invite", which starts a conference. */
export const ConnectedCall: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).not.toHaveAttribute('data-active');
    await expect(within(region(canvasElement)).queryByRole('list')).toBeNull();
    await expect(button(canvasElement, 'Invite')).toHaveAttribute('data-state', 'enabled');
  },
};

/** A call with a teammate: no conference, and the button says why. */
export const InternalCall: Story = {
  parameters: { dialer: { seed: internalCallConnected } },
  play: async ({ canvasElement }) => {
    await expect(button(canvasElement, 'Invite')).toHaveAccessibleDescription(
      'Not possible on a call between teammates.',
    );
  },
};

/** The invitation sent and not answered yet: Invite is busy. */
export const StartPending: Story = {
  parameters: { dialer: { seed: conferenceStartPending } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-pending');
    await expect(button(canvasElement, 'Invite')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The bus failed the start: a notice says so, the call goes on, Invite may be tried again. */
export const StartFailed: Story = {
  parameters: { dialer: { seed: conferenceStartFailed } },
  play: async ({ canvasElement }) => {
    await expect(shownNotice(region(canvasElement))).toHaveTextContent(
      'Invitation failed. The dialer went back to the previous state.',
    );
    await expect(button(canvasElement, 'Invite')).toHaveAttribute('data-state', 'enabled');
  },
};

/**
 * The invitee's phone rings: each participant with their state; the customer may be held, the invitee not
 * yet; a second invitation waits, and says so.
 */
export const InviteeRinging: Story = {
  parameters: { dialer: { seed: conferenceRinging } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-state', 'initiating');
    await expect(listed(canvasElement)).toEqual([`${CUSTOMER}: On the call`, `${TRANSFEREE}: Ringing`]);
    await expect(button(canvasElement, `Hold ${CUSTOMER}`)).toHaveAttribute('data-state', 'enabled');
    await expect(button(canvasElement, `Hold ${TRANSFEREE}`)).toHaveAccessibleDescription(
      'Only possible during a connected call.',
    );
    await expect(summary(canvasElement)).toHaveTextContent('Conference: 1 on the call, 1 ringing.');
    await expect(button(canvasElement, 'Invite')).toHaveAccessibleDescription(
      'Only possible during a connected call.',
    );
  },
};

/** The conference runs: both on the call. Each may be held on its own, or removed; more may be invited. */
export const Started: Story = {
  parameters: { dialer: { seed: conferenceRunning } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-state', 'initiated');
    await expect(listed(canvasElement)).toEqual([`${CUSTOMER}: On the call`, `${TRANSFEREE}: On the call`]);
    await expect(button(canvasElement, `Remove ${TRANSFEREE}`)).toHaveAttribute('data-state', 'enabled');
    for (const who of [CUSTOMER, TRANSFEREE]) {
      const hold = button(canvasElement, `Hold ${who}`);
      await expect(hold).toHaveAttribute('aria-pressed', 'false');
      await expect(hold).toHaveAttribute('data-state', 'enabled');
    }
    await expect(button(canvasElement, 'Invite')).toHaveAttribute('data-state', 'enabled');
  },
};

/** The agent holds one participant: the bus's SYNC shows them "On hold", and the toggle is pressed. */
export const HoldOneParticipant: Story = {
  parameters: { dialer: { seed: conferenceRunning } },
  play: async ({ canvasElement }) => {
    await userEvent.click(button(canvasElement, `Hold ${TRANSFEREE}`));
    await waitFor(() =>
      expect(listed(canvasElement)).toEqual([
        `${CUSTOMER}: On the call`,
        `${TRANSFEREE}: On the call, On hold`,
      ]),
    );
    await expect(button(canvasElement, `Hold ${TRANSFEREE}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(button(canvasElement, `Hold ${CUSTOMER}`)).toHaveAttribute('aria-pressed', 'false');
  },
};

/** The bus reports the customer on hold: the words "On hold" and the toggle pressed. */
export const ParticipantOnHold: Story = {
  parameters: { dialer: { seed: conferenceCustomerHeld } },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(listed(canvasElement)).toEqual([
      `${CUSTOMER}: On the call, On hold`,
      `${TRANSFEREE}: On the call`,
    ]);
    await expect(button(canvasElement, `Hold ${CUSTOMER}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(summary(canvasElement)).toHaveTextContent('Conference: 2 on the call, 1 on hold.');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
  },
};

/** Remove asks first: the question names who, and the focus is on Keep. */
export const ConfirmRemoval: Story = {
  parameters: { dialer: { seed: conferenceRunning } },
  play: async ({ canvasElement }) => {
    await userEvent.click(button(canvasElement, `Remove ${TRANSFEREE}`));
    const question = within(region(canvasElement)).getByRole('group', {
      name: `Remove ${TRANSFEREE} from the call?`,
    });
    await expect(within(question).getByRole('button', { name: 'Keep' })).toHaveFocus();
    await expect(within(question).getByRole('button', { name: 'Remove' })).toHaveAttribute(
      'data-variant',
      'danger',
    );
  },
};

/** Escape takes the question back: nothing is sent, the focus returns to Remove. */
export const RemovalCancelled: Story = {
  parameters: { dialer: { seed: conferenceRunning } },
  play: async ({ canvasElement }) => {
    await userEvent.click(button(canvasElement, `Remove ${TRANSFEREE}`));
    await userEvent.keyboard('{Escape}');
    await expect(within(region(canvasElement)).queryByRole('group')).toBeNull();
    await expect(button(canvasElement, `Remove ${TRANSFEREE}`)).toHaveFocus();
    await expect(listed(canvasElement)).toEqual([`${CUSTOMER}: On the call`, `${TRANSFEREE}: On the call`]);
  },
};

/** A removal sent and not shown yet: every Remove is busy. */
export const RemovalPending: Story = {
  parameters: { dialer: { seed: conferenceKickPending } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-pending');
    await expect(button(canvasElement, `Remove ${CUSTOMER}`)).toHaveAttribute('aria-busy', 'true');
  },
};

/** A third invitee did not answer: they are listed as having left, with nothing to do. */
export const ParticipantLeft: Story = {
  parameters: { dialer: { seed: conferenceParticipantLeft } },
  play: async ({ canvasElement }) => {
    await expect(listed(canvasElement)).toEqual([
      `${CUSTOMER}: On the call`,
      `${TRANSFEREE}: On the call`,
      `${SECOND_CALLER}: Left`,
    ]);
    await expect(
      within(region(canvasElement)).queryByRole('button', { name: `Remove ${SECOND_CALLER}` }),
    ).toBeNull();
    await expect(summary(canvasElement)).toHaveTextContent('Conference: 2 on the call.');
    await expect(inviteBox(canvasElement)).toHaveValue('');
  },
};
