import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { MANDATORY_TAGGING, taggingRequired } from '../../../stories/support/seeds';
import { tagsSaving } from '../../../stories/support/transferSeeds';
import { dialerStory, STORY_TAGS } from '../../../stories/support/withDialer';
import { MandatoryTagModal } from './MandatoryTagModal';

const meta = {
  title: 'Components/MandatoryTagModal',
  component: MandatoryTagModal,
  ...dialerStory,
  // Each open story is a modal that cannot be dismissed: inline on the docs page they would make it inert.
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
} satisfies Meta<typeof MandatoryTagModal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tagging is required after the agent hung up (a line with mandatory tagging). */
const REQUIRED = { settings: MANDATORY_TAGGING, seed: taggingRequired };

// showModal puts the dialog in the top layer: query the whole document, not the story's canvas.
const dialog = () => screen.getByRole('dialog', { name: 'Tag this call' });
const saveButton = () => within(dialog()).getByRole('button', { name: 'Save tags' });

/** Nothing to tag: the dialog stays closed and out of the accessibility tree. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await expect(screen.queryByRole('dialog')).toBeNull();
    const element = canvasElement.querySelector('dialog');
    await expect(element).toHaveAttribute('data-state', 'closed');
    await expect(element?.open).toBe(false);
  },
};

/** The agent hung up on a line that requires tags: the modal opens, focus inside, nothing picked yet. */
export const Required: Story = {
  parameters: { dialer: REQUIRED },
  play: async () => {
    const modal = dialog();
    await expect(modal).toHaveAttribute('data-state', 'open');
    await expect(modal.matches(':modal')).toBe(true);
    await waitFor(() => expect(modal.contains(document.activeElement)).toBe(true));
    const boxes = within(modal).getAllByRole('checkbox');
    await expect(boxes).toHaveLength(STORY_TAGS.length);
    for (const box of boxes) await expect(box).not.toBeChecked();
    await expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    await expect(saveButton()).toHaveAccessibleDescription('Pick at least one tag');
  },
};

/** The agent picked two tags: "Save tags" is enabled. */
export const TagsPicked: Story = {
  parameters: { dialer: REQUIRED },
  play: async () => {
    const modal = dialog();
    await userEvent.click(within(modal).getByRole('checkbox', { name: 'Qualified lead' }));
    await userEvent.click(within(modal).getByRole('checkbox', { name: 'Follow-up' }));
    await expect(within(modal).getByRole('checkbox', { name: 'Qualified lead' })).toBeChecked();
    await expect(within(modal).getByRole('checkbox', { name: 'Follow-up' })).toBeChecked();
    await expect(within(modal).getByRole('checkbox', { name: 'Not interested' })).not.toBeChecked();
    await expect(saveButton()).not.toHaveAttribute('aria-disabled');
  },
};

/** The tags were sent and the bus has not answered yet: saving is busy and cannot be sent twice. */
export const Saving: Story = {
  parameters: { dialer: { settings: MANDATORY_TAGGING, seed: tagsSaving } },
  play: async () => {
    const modal = dialog();
    await expect(modal).toHaveAttribute('data-submitting');
    await expect(within(modal).getByRole('checkbox', { name: 'Qualified lead' })).toBeChecked();
    await expect(saveButton()).toHaveAttribute('aria-busy', 'true');
    await expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The bus rejected a tag it does not know: an alert says so, the modal stays open for another try. */
export const TagRejected: Story = {
  globals: { theme: 'dark' },
  parameters: {
    dialer: { ...REQUIRED, tags: [...STORY_TAGS, { id: 190, name: 'Retired campaign' }] },
  },
  play: async () => {
    const modal = dialog();
    await userEvent.click(within(modal).getByRole('checkbox', { name: 'Retired campaign' }));
    await userEvent.click(saveButton());
    const alert = await within(modal).findByRole('alert');
    await expect(alert).toHaveTextContent('Tags could not be saved. Tag 190 not found');
    await expect(modal).toHaveAttribute('data-error');
    await expect(modal).toHaveAttribute('data-state', 'open');
    await expect(saveButton()).not.toHaveAttribute('aria-disabled');
  },
};

/** No tag catalogue: the modal says so and "Save tags" sends no tag. */
export const EmptyCatalogue: Story = {
  parameters: { dialer: { ...REQUIRED, tags: [] } },
  play: async () => {
    const modal = dialog();
    await expect(
      within(modal).getByText('No tags are configured. Save to continue without tags.'),
    ).toBeVisible();
    await expect(within(modal).queryByRole('checkbox')).toBeNull();
    await expect(saveButton()).not.toHaveAttribute('aria-disabled');
  },
};

/**
 * A close request (what Escape sends) is refused while tagging is required (Decision 6). A story can only
 * send it with `requestClose()` (synthetic keys do not reach the close watcher); real Escape presses are
 * proven in Chromium by `tests/browser/tagModal.test.ts` and the e2e tests.
 */
export const CannotBeDismissed: Story = {
  parameters: { dialer: REQUIRED },
  play: async () => {
    const modal = dialog() as HTMLDialogElement & { requestClose(): void };
    modal.requestClose();
    await expect(modal.open).toBe(true);
    await expect(dialog()).toHaveAttribute('data-state', 'open');
    await expect(modal.contains(document.activeElement)).toBe(true);
  },
};

/** A browser may close a modal despite its refused cancel (a quick double Escape): it opens again, modal. */
export const ReopensWhenClosed: Story = {
  parameters: { dialer: REQUIRED },
  play: async () => {
    const modal = dialog() as HTMLDialogElement;
    modal.close();
    await expect(modal.open).toBe(false);
    await waitFor(() => expect(modal.matches(':modal')).toBe(true));
    await expect(dialog()).toHaveAttribute('data-state', 'open');
    await expect(modal.contains(document.activeElement)).toBe(true);
  },
};

/** Saving a known tag ends tagging: the bus leaves `mandatoryTagging` and the modal closes. */
export const SavedCloses: Story = {
  parameters: { dialer: REQUIRED },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(dialog()).getByRole('checkbox', { name: 'Not interested' }));
    await userEvent.click(saveButton());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(canvasElement.querySelector('dialog')).toHaveAttribute('data-state', 'closed');
  },
};
