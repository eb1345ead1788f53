import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { StoryKit } from '../../../stories/support/createStoryKit';
import { CALLER } from '../../../stories/support/journeySteps';
import {
  CUSTOMER,
  connected,
  holdBus,
  incomingOffered,
  MANDATORY_TAGGING,
  outgoingRinging,
  sent,
  taggingRequired,
} from '../../../stories/support/seeds';
import { dialerStory, STORY_TAGS } from '../../../stories/support/withDialer';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { AfterCallPanel } from './AfterCallPanel';

const meta = {
  title: 'Components/AfterCallPanel',
  component: AfterCallPanel,
  ...dialerStory,
} satisfies Meta<typeof AfterCallPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

const panel = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Call summary' });
const inPanel = (canvas: HTMLElement) => within(panel(canvas));
const saveButton = (canvas: HTMLElement) => inPanel(canvas).getByRole('button', { name: 'Save tags' });
const checkbox = (canvas: HTMLElement, name: string) => inPanel(canvas).getByRole('checkbox', { name });
const status = (canvas: HTMLElement) => inPanel(canvas).getByRole('status');
/** The summary as `{ term: description }`. */
const summary = (canvas: HTMLElement) =>
  Object.fromEntries(
    inPanel(canvas)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

/** The agent hung up a connected outgoing call on a line without mandatory tagging. */
async function ended(kit: StoryKit): Promise<void> {
  await connected(kit);
  sent('hangUp', kit.store.actions.hangUp());
  await kit.untilCall('ended');
}

/** The customer never answered the agent's call. */
async function notAnswered(kit: StoryKit): Promise<void> {
  await outgoingRinging(kit);
  kit.bus.remoteNoAnswer();
  await kit.untilCall('ended');
}

/** An incoming call the agent took; the caller hung up. */
async function incomingEnded(kit: StoryKit): Promise<void> {
  await incomingOffered(kit, 'external');
  sent('accept', kit.store.actions.accept());
  await kit.untilCall('connected', 'regular');
  kit.bus.remoteHangsUp();
  await kit.untilCall('ended');
}

/** The call was tagged "Qualified lead" while the line required it, and has ended. */
async function taggedWhileRequired(kit: StoryKit): Promise<void> {
  await taggingRequired(kit);
  kit.store.actions.selectTags([101]);
  const saved = await kit.store.actions.setTags();
  if (!saved.ok) throw new Error(`Story seed: tags not saved (${saved.reason})`);
  await kit.untilCall('ended');
}

/** The agent picked "Follow-up" after the call and saved it on the call (by its id); the bus holds its answer. */
async function saving(kit: StoryKit): Promise<void> {
  await ended(kit);
  const callUuid = kit.store.getState().call.metadata?.callUuid;
  if (callUuid === undefined) throw new Error('Story seed: the ended call has no id');
  kit.store.actions.selectTags([102]);
  holdBus(kit, 'API.UPDATE_CALL_TAGS_FULFILLED');
  void kit.store.actions.updateCallTags(callUuid, [102]);
  await kit.until('save sent', (state) => state.requests['API.UPDATE_CALL_TAGS'] !== undefined);
}

/** The agent tagged the call "Qualified lead" after it ended, then pressed Done: it is a recent call. */
async function done(kit: StoryKit): Promise<void> {
  await ended(kit);
  const callUuid = kit.store.getState().call.metadata?.callUuid;
  if (callUuid === undefined) throw new Error('Story seed: the ended call has no id');
  const saved = await kit.store.actions.updateCallTags(callUuid, [101]);
  if (!saved.ok) throw new Error(`Story seed: tags not saved (${saved.reason})`);
  sent('reset', kit.store.actions.reset());
  await kit.untilCall('idle');
}

/** The panel of the last call while no call is up, as a host shows it (the demo does). */
function LastCallPanel(): ReactNode {
  const last = useDialerSelector((state) =>
    state.call.status === 'idle' ? state.recentCalls[0]?.callUuid : undefined,
  );
  return <AfterCallPanel {...(last === undefined ? {} : { callUuid: last })} />;
}

/** No call yet: nothing to sum up, nothing renders. */
export const NoCall: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region', { name: 'Call summary' })).toBeNull();
    await expect(canvasElement.querySelector('.dk-after-call')).toBeNull();
  },
};

/** During a call the panel waits for its end. */
export const DuringCall: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region', { name: 'Call summary' })).toBeNull();
  },
};

/** The call ended on a line that does not require tags: its summary, and optional tags not yet picked. */
export const Ended: Story = {
  parameters: { dialer: { seed: ended } },
  play: async ({ canvasElement }) => {
    await expect(panel(canvasElement)).toHaveAttribute('data-state', 'ended');
    await expect(summary(canvasElement)).toMatchObject({
      With: CUSTOMER,
      Line: 'Sales US · +1 415-555-0123',
      Direction: 'Outgoing',
      Recording: 'Recorded',
    });
    await expect(summary(canvasElement)['Talk time']).toMatch(/^\d+:\d\d$/);
    await expect(status(canvasElement)).toHaveTextContent('No tags saved yet.');
    await expect(saveButton(canvasElement)).toHaveAttribute('aria-disabled', 'true');
    await expect(saveButton(canvasElement)).toHaveAccessibleDescription('Pick at least one tag');
  },
};

/** The agent picked two optional tags: unsaved, and "Save tags" is enabled. */
export const TagsPicked: Story = {
  parameters: { dialer: { seed: ended } },
  play: async ({ canvasElement }) => {
    await userEvent.click(checkbox(canvasElement, 'Qualified lead'));
    await userEvent.click(checkbox(canvasElement, 'Follow-up'));
    await expect(status(canvasElement)).toHaveTextContent('Unsaved changes');
    await expect(panel(canvasElement)).toHaveAttribute('data-changed');
    await expect(saveButton(canvasElement)).not.toHaveAttribute('aria-disabled');
  },
};

/** The save was sent and the bus has not answered: saving is busy and announced. */
export const Saving: Story = {
  parameters: { dialer: { seed: saving } },
  play: async ({ canvasElement }) => {
    await expect(panel(canvasElement)).toHaveAttribute('data-saving');
    await expect(status(canvasElement)).toHaveTextContent('Saving');
    await expect(checkbox(canvasElement, 'Follow-up')).toBeChecked();
    await expect(saveButton(canvasElement)).toHaveAttribute('aria-busy', 'true');
  },
};

/** The agent saved the picks: the bus confirmed them, and the panel says which (announced politely). */
export const Saved: Story = {
  parameters: { dialer: { seed: ended } },
  play: async ({ canvasElement }) => {
    await userEvent.click(checkbox(canvasElement, 'Not interested'));
    await userEvent.click(saveButton(canvasElement));
    await waitFor(() => expect(status(canvasElement)).toHaveTextContent('Tags saved: Not interested'));
    await expect(status(canvasElement)).toHaveAttribute('aria-live', 'polite');
    await expect(saveButton(canvasElement)).toHaveAccessibleDescription('No changes to save.');
  },
};

/** Tagged while the line required it: the saved tag shows, and the agent adds one after the call. Dark theme. */
export const EditAfterRequiredTagging: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { settings: MANDATORY_TAGGING, seed: taggedWhileRequired } },
  play: async ({ canvasElement }) => {
    await expect(status(canvasElement)).toHaveTextContent('Tags saved: Qualified lead');
    await expect(checkbox(canvasElement, 'Qualified lead')).toBeChecked();
    await userEvent.click(checkbox(canvasElement, 'Follow-up'));
    await userEvent.click(saveButton(canvasElement));
    await waitFor(() =>
      expect(status(canvasElement)).toHaveTextContent('Tags saved: Qualified lead, Follow-up'),
    );
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
  },
};

/**
 * The bus refused a tag it does not know (its documented refusal gives no reason): an alert says so, the pick
 * stays; Dismiss hides it.
 */
export const SaveRejected: Story = {
  parameters: { dialer: { seed: ended, tags: [...STORY_TAGS, { id: 190, name: 'Retired campaign' }] } },
  play: async ({ canvasElement }) => {
    await userEvent.click(checkbox(canvasElement, 'Retired campaign'));
    await userEvent.click(saveButton(canvasElement));
    const alert = await inPanel(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('Tags could not be saved. The dialer refused it.');
    await expect(checkbox(canvasElement, 'Retired campaign')).toBeChecked();
    await expect(saveButton(canvasElement)).not.toHaveAttribute('aria-disabled');
    await userEvent.click(inPanel(canvasElement).getByRole('button', { name: 'Dismiss' }));
    await expect(inPanel(canvasElement).queryByRole('alert')).toBeNull();
    await expect(saveButton(canvasElement)).toHaveFocus();
  },
};

/** The customer never answered: no talk time. */
export const NotAnswered: Story = {
  parameters: { dialer: { seed: notAnswered } },
  play: async ({ canvasElement }) => {
    await expect(summary(canvasElement)).toMatchObject({ With: CUSTOMER, 'Talk time': 'Not connected' });
  },
};

/** An incoming call on a line recorded only on demand, never recorded. */
export const IncomingNotRecorded: Story = {
  parameters: {
    dialer: {
      settings: { lines: DEFAULT_SETTINGS.lines.map((line) => ({ ...line, recording: 'manual' as const })) },
      seed: incomingEnded,
    },
  },
  play: async ({ canvasElement }) => {
    await expect(summary(canvasElement)).toMatchObject({
      With: CALLER,
      Direction: 'Incoming',
      Recording: 'Not recorded',
    });
  },
};

/** No tag catalogue: the summary, and a sentence instead of tags. */
export const NoCatalogue: Story = {
  parameters: { dialer: { seed: ended, tags: [] } },
  play: async ({ canvasElement }) => {
    await expect(panel(canvasElement)).toHaveTextContent('No tags are configured.');
    await expect(inPanel(canvasElement).queryByRole('button', { name: 'Save tags' })).toBeNull();
  },
};

/**
 * The agent pressed Done: the last call stays, as a recent call, with the tags saved; the agent corrects
 * them, saved on that call by its id (`API.UPDATE_CALL_TAGS`).
 */
export const RecentCallEdited: Story = {
  parameters: { dialer: { seed: done } },
  render: () => <LastCallPanel />,
  play: async ({ canvasElement }) => {
    await expect(panel(canvasElement)).toHaveAttribute('data-state', 'recent');
    await expect(summary(canvasElement)).toMatchObject({ With: CUSTOMER, Direction: 'Outgoing' });
    await expect(status(canvasElement)).toHaveTextContent('Tags saved: Qualified lead');
    await userEvent.click(checkbox(canvasElement, 'Qualified lead'));
    await userEvent.click(checkbox(canvasElement, 'Not interested'));
    await expect(status(canvasElement)).toHaveTextContent('Unsaved changes');
    await userEvent.click(saveButton(canvasElement));
    await waitFor(() => expect(status(canvasElement)).toHaveTextContent('Tags saved: Not interested'));
    await expect(saveButton(canvasElement)).toHaveAccessibleDescription('No changes to save.');
  },
};
