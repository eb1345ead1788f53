import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type Canvas, expectCall, farSide } from '../support/journeySteps';
import {
  COACHABLE_CALLS,
  COACHED_CUSTOMER,
  COACHEE_LABEL,
  SUPERVISOR_LABEL,
} from '../support/multiPartySeeds';
import { CUSTOMER } from '../support/seeds';
import { connectedSynced } from '../support/statusSeeds';
import { dialerStory, kitOf } from '../support/withDialer';
import { MultiPartyDesk } from './MultiPartyDesk';

const meta = {
  title: 'Journeys/Coaching',
  component: MultiPartyDesk,
  ...dialerStory,
} satisfies Meta<typeof MultiPartyDesk>;

export default meta;
type Story = StoryObj<typeof meta>;

const coaching = (canvas: Canvas): HTMLElement => canvas.getByRole('region', { name: 'Coaching' });
const CALL_LABEL = COACHABLE_CALLS[0]?.label ?? '';

/** A supervisor joins a teammate's call as a coach, follows it, and leaves it from the call bar. */
export const CoachATeammate: Story = {
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);

    await step('Idle, the supervisor sees the teammate call they may coach', async () => {
      await expect(
        within(coaching(canvas)).getByRole('list', { name: 'Calls you can coach' }),
      ).toHaveTextContent(CALL_LABEL);
      await expect(canvas.getByRole('button', { name: 'Call' })).toBeInTheDocument();
    });

    await step('Join as coach: the call bar says coaching, the indicator who is coached', async () => {
      await userEvent.click(canvas.getByRole('button', { name: `Join as coach ${CALL_LABEL}` }));
      await expectCall(canvas, 'joined', 'Coaching');
      await waitFor(() =>
        expect(coaching(canvas)).toHaveTextContent(
          `You are coaching ${COACHEE_LABEL}Customer: ${COACHED_CUSTOMER}`,
        ),
      );
    });

    await step('The supervisor hangs up: idle again, the call may be joined again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Hang up' }));
      await expectCall(canvas, 'idle', 'No call');
      await expect(canvas.getByRole('button', { name: `Join as coach ${CALL_LABEL}` })).toHaveAttribute(
        'data-state',
        'enabled',
      );
    });
  },
};

/** On the agent's call, a supervisor listens in, then leaves; the call goes on. */
export const SupervisorListensIn: Story = {
  parameters: { dialer: { seed: connectedSynced } },
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const kit = kitOf(context);

    await step(
      'During the call the supervisor cannot join another call, and the button says why',
      async () => {
        await expect(
          canvas.getByRole('button', { name: `Join as coach ${CALL_LABEL}` }),
        ).toHaveAccessibleDescription('Not possible during a call.');
      },
    );

    await step('A supervisor joins: "A supervisor is listening", named and announced', async () => {
      farSide('coachJoins', kit.bus.coachJoins());
      await waitFor(() =>
        expect(coaching(canvas)).toHaveTextContent(`A supervisor is listening ${SUPERVISOR_LABEL}`),
      );
      const live = canvas.getAllByRole('status').find((node) => node.textContent?.includes('supervisor'));
      await expect(live).toHaveTextContent(`A supervisor is listening: ${SUPERVISOR_LABEL}.`);
    });

    await step('The supervisor leaves: the indicator says so and the call goes on', async () => {
      farSide('coachLeaves', kit.bus.coachLeaves());
      await waitFor(() => expect(coaching(canvas)).not.toHaveTextContent('A supervisor is listening'));
      await expect(canvas.getByText('The supervisor left the call.')).toBeInTheDocument();
      const bar = await expectCall(canvas, 'connected', 'Connected');
      await expect(bar).toHaveTextContent(CUSTOMER);
    });
  },
};
