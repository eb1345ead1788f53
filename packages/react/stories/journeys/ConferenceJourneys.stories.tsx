import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type Canvas, expectCall, expectFocusInDesk, farSide } from '../support/journeySteps';
import { CUSTOMER, connected, SECOND_CALLER, TRANSFEREE } from '../support/seeds';
import { dialerStory, kitOf } from '../support/withDialer';
import { MultiPartyDesk } from './MultiPartyDesk';

const meta = {
  title: 'Journeys/Conference',
  component: MultiPartyDesk,
  ...dialerStory,
} satisfies Meta<typeof MultiPartyDesk>;

export default meta;
type Story = StoryObj<typeof meta>;

const conference = (canvas: Canvas): HTMLElement => canvas.getByRole('region', { name: 'Conference' });
const inConference = (canvas: Canvas) => within(conference(canvas));

/** Waits until the participants read, in order, "who: state" (the state chips joined by ", "). */
async function expectParticipants(canvas: Canvas, expected: readonly string[]): Promise<void> {
  await waitFor(async () => {
    const rows = inConference(canvas).getAllByRole('listitem');
    const listed = rows.map(
      (row) =>
        `${row.querySelector('.dk-conference__who')?.textContent}: ${[
          ...row.querySelectorAll('.dk-conference__chip'),
        ]
          .map((chip) => chip.textContent)
          .join(', ')}`,
    );
    await expect(listed).toEqual(expected);
  });
}

/** Types `to` into "Invite to the call" and presses Invite. */
async function invite(canvas: Canvas, to: string): Promise<void> {
  await userEvent.type(inConference(canvas).getByRole('textbox', { name: 'Invite to the call' }), to);
  await userEvent.click(inConference(canvas).getByRole('button', { name: 'Invite' }));
}

/**
 * During a call the agent invites a teammate, then a third person, removes the teammate after confirming
 * (having first changed their mind), and leaves the conference.
 */
export const InviteRemoveAndLeave: Story = {
  parameters: { dialer: { seed: connected } },
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('The agent invites a teammate: the conference starts, the teammate rings', async () => {
      await invite(canvas, TRANSFEREE);
      await expectParticipants(canvas, [`${CUSTOMER}: On the call`, `${TRANSFEREE}: Ringing`]);
      await expectCall(canvas, 'initiating', 'Inviting');
    });

    await step('The teammate answers', async () => {
      farSide('remoteAnswers', kit.bus.remoteAnswers());
      await expectParticipants(canvas, [`${CUSTOMER}: On the call`, `${TRANSFEREE}: On the call`]);
      await expectCall(canvas, 'initiated', 'Conference started');
    });

    await step('A third person is invited, and answers', async () => {
      await invite(canvas, SECOND_CALLER);
      await expectParticipants(canvas, [
        `${CUSTOMER}: On the call`,
        `${TRANSFEREE}: On the call`,
        `${SECOND_CALLER}: Ringing`,
      ]);
      farSide('remoteAnswers', kit.bus.remoteAnswers());
      await expectParticipants(canvas, [
        `${CUSTOMER}: On the call`,
        `${TRANSFEREE}: On the call`,
        `${SECOND_CALLER}: On the call`,
      ]);
      await expect(inConference(canvas).getByRole('status')).toHaveTextContent('Conference: 3 on the call.');
    });

    await step('The agent presses Remove for the teammate, then keeps them', async () => {
      await userEvent.click(inConference(canvas).getByRole('button', { name: `Remove ${TRANSFEREE}` }));
      const question = inConference(canvas).getByRole('group', {
        name: `Remove ${TRANSFEREE} from the call?`,
      });
      await userEvent.click(within(question).getByRole('button', { name: 'Keep' }));
      await expect(inConference(canvas).queryByRole('group')).not.toBeInTheDocument();
      await expect(inConference(canvas).getByRole('button', { name: `Remove ${TRANSFEREE}` })).toHaveFocus();
    });

    await step('Remove again, confirmed: the teammate has left', async () => {
      await userEvent.keyboard('{Enter}');
      await userEvent.click(inConference(canvas).getByRole('button', { name: 'Remove' }));
      await expectParticipants(canvas, [
        `${CUSTOMER}: On the call`,
        `${TRANSFEREE}: Left`,
        `${SECOND_CALLER}: On the call`,
      ]);
      await expectFocusInDesk(canvasElement);
      await expect(inConference(canvas).getByRole('status')).toHaveTextContent('Conference: 2 on the call.');
    });

    await step('The agent hangs up: the conference panel goes', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Hang up' }));
      await expectCall(canvas, 'ended', 'Call ended');
      await expect(canvas.queryByRole('region', { name: 'Conference' })).not.toBeInTheDocument();
    });
  },
};

/** Nobody answers the invitation: the conference does not start, the notice says so, the call goes on. */
export const InvitationNotAnswered: Story = {
  parameters: { dialer: { seed: connected } },
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step('The agent invites a teammate, who does not answer', async () => {
      await invite(canvas, TRANSFEREE);
      await expectParticipants(canvas, [`${CUSTOMER}: On the call`, `${TRANSFEREE}: Ringing`]);
      farSide('remoteNoAnswer', kit.bus.remoteNoAnswer());
    });

    await step('Back on the call with the customer, with a notice', async () => {
      const notice = await inConference(canvas).findByText(
        'Invitation failed. The dialer went back to the previous state.',
      );
      // Read out politely, without taking the focus.
      await expect(notice).toHaveAttribute('aria-live', 'polite');
      await expectCall(canvas, 'connected', 'Connected');
      await expect(inConference(canvas).queryByRole('list')).not.toBeInTheDocument();
    });
  },
};
