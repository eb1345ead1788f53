import {
  CallBar,
  DialerProvider,
  DialPad,
  IncomingCallBanner,
  MandatoryTagModal,
  WarmTransferControls,
} from '@dialer-kit/react';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import { agentDay } from '../src/agentDay';
import { rolesAgent } from '../src/agents';
import { createTestBus, type TestBus } from '../src/createTestBus';
import { LINE, TAGGING_LINE, TEST_TAGS } from '../src/testData';

/** The story's test bus, made by the loader: real timers, as a browser runs them. */
const busOf = (context: Pick<StoryContext, 'loaded'>): TestBus => context.loaded.bus as TestBus;

function Desk({ bus }: { readonly bus: TestBus }): ReactNode {
  return (
    <DialerProvider
      transport={bus.transport}
      appName="storybook"
      release="0.0.0"
      tags={TEST_TAGS}
      storage={null}
    >
      <CallBar />
      <IncomingCallBanner />
      <WarmTransferControls />
      <DialPad />
      <MandatoryTagModal />
    </DialerProvider>
  );
}

/**
 * `@dialer-kit/testing` in Storybook: `agentDay` plays a journey in a `play` function, the agent acting
 * through the components (`rolesAgent` with Storybook's `userEvent` and `screen`), the test bus as the
 * far side on real timers.
 */
const meta = {
  title: 'Testing/Agent day',
  loaders: [async () => ({ bus: createTestBus({ clock: 'real', lines: [TAGGING_LINE, LINE] }) })],
  render: (_args, context) => <Desk bus={busOf(context)} />,
  // Each story ends in a dialog that cannot be dismissed: inline on the docs page it would make it inert.
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const dayOf = async (context: Pick<StoryContext, 'loaded'>) => {
  const bus = busOf(context);
  // The bring-up the provider started on mount.
  await bus.settle();
  return { bus, day: agentDay({ bus, agent: rolesAgent({ user: userEvent, screen }) }) };
};

/** A call on a line that requires tags ends; the agent tags it in the dialog and is free again. */
export const CallEndsInTagging: Story = {
  play: async (context) => {
    const { bus, day } = await dayOf(context);
    await day.callEndsInTagging();
    await expect(await screen.findByRole('dialog', { name: 'Tag this call' })).toBeVisible();
    await day.tags('Follow-up');
    await expect(bus.sent('DIALER.SET_TAGS')).toEqual([
      { type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  },
};

/** An incoming call the agent rejects from the banner. */
export const IncomingCallRejected: Story = {
  play: async (context) => {
    const { bus, day } = await dayOf(context);
    await day.incomingCallRejected();
    await expect(bus.sent('DIALER.REJECT')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull());
  },
};
