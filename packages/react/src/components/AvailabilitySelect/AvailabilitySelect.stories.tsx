import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { StoryKit } from '../../../stories/support/createStoryKit';
import { findNotice, shownNotices } from '../../../stories/support/notices';
import { holdBus } from '../../../stories/support/seeds';
import {
  agentStatus,
  doNotDisturb,
  inCall,
  LOGGED_OUT,
  wrappingUp,
} from '../../../stories/support/statusSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { AvailabilitySelect } from './AvailabilitySelect';

const meta = {
  title: 'Components/AvailabilitySelect',
  component: AvailabilitySelect,
  ...dialerStory,
} satisfies Meta<typeof AvailabilitySelect>;

export default meta;
type Story = StoryObj<typeof meta>;

const select = (canvas: HTMLElement) => within(canvas).getByRole('combobox', { name: 'Availability' });
const shown = (canvas: HTMLElement) => (select(canvas) as HTMLSelectElement).selectedOptions[0]?.textContent;
const options = (canvas: HTMLElement) =>
  within(select(canvas))
    .getAllByRole('option')
    .map((option) => option.textContent);

/** Asserts the setting shown and the status beside it (read as "Availability: …"). */
async function expectShows(canvas: HTMLElement, setting: string, status: string) {
  await waitFor(() => expect(within(canvas).getByRole('status').textContent).toBe(`Availability: ${status}`));
  await expect(shown(canvas)).toBe(setting);
}

/** Asserts the select stays focusable, offers only what it shows and says `why` in words. */
async function expectBlocked(canvas: HTMLElement, shownText: string, why: string) {
  await expect(select(canvas)).toBeEnabled();
  await expect(select(canvas)).toHaveAttribute('aria-disabled', 'true');
  await expect(options(canvas)).toEqual([shownText]);
  await expect(within(canvas).getByText(why)).toBeVisible();
  await expect(select(canvas)).toHaveAccessibleDescription(why);
}

/** The bus holds its answer to an availability change, so the change stays on its way. */
async function slowUpdates(kit: StoryKit): Promise<void> {
  holdBus(kit, 'API.UPDATE_AVAILABILITY_FULFILLED');
}

/** The bus refuses the next availability change. */
async function refusesNextUpdate(kit: StoryKit): Promise<void> {
  kit.bus.failNext('updateAvailability');
}

/** The agent takes calls: "Always open", "Taking calls". */
export const Available: Story = {
  play: async ({ canvasElement }) => {
    await expectShows(canvasElement, 'Always open', 'Taking calls');
    await expect(options(canvasElement)).toHaveLength(8);
    await expect(select(canvasElement)).not.toHaveAttribute('aria-disabled');
  },
};

/**
 * The agent chooses "On a break": the bus reports do not disturb, and the status says "Not taking calls"
 * beside "On a break", never a contradicting "Do not disturb".
 */
export const OnABreak: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.selectOptions(select(canvasElement), 'On a break');
    await expectShows(canvasElement, 'On a break', 'Not taking calls');
    await expect(canvasElement.querySelector('.dk-availability-select')).toHaveAttribute(
      'data-state',
      'do_not_disturb',
    );
    await expect(canvasElement.textContent).not.toContain('Do not disturb');
  },
};

/** The agent chose "Always closed" before: shown as such, not taking calls. */
export const AlwaysClosed: Story = {
  parameters: { dialer: { seed: doNotDisturb } },
  play: async ({ canvasElement }) => {
    await expectShows(canvasElement, 'Always closed', 'Not taking calls');
  },
};

/** A change is on its way: the choice shows, the select stays focusable but busy, "(Updating)". */
export const Updating: Story = {
  parameters: { dialer: { seed: slowUpdates } },
  play: async ({ canvasElement }) => {
    await userEvent.selectOptions(select(canvasElement), 'Always closed');
    await expect(shown(canvasElement)).toBe('Always closed');
    await expect(select(canvasElement)).toHaveAttribute('aria-busy', 'true');
    await expect(select(canvasElement)).toHaveFocus();
    await expect(within(canvasElement).getByRole('status').textContent).toBe(
      'Availability: Taking calls (Updating)',
    );
  },
};

/** The bus refuses the change: the select goes back and a polite notice says why, with Dismiss beside it. */
export const Refused: Story = {
  parameters: { dialer: { seed: refusesNextUpdate } },
  play: async ({ canvasElement }) => {
    await userEvent.selectOptions(select(canvasElement), 'On a break');
    const alert = await findNotice(
      canvasElement,
      'Availability could not change. The dialer refused it. Availability not updated (simulated)',
    );
    await expectShows(canvasElement, 'Always open', 'Taking calls');
    await expect(select(canvasElement)).toHaveAccessibleDescription(alert.textContent ?? '');
    // The notice is announced without taking focus from the select.
    await expect(select(canvasElement)).toHaveFocus();
    await expect(within(canvasElement).getByRole('button', { name: 'Dismiss' })).toBeVisible();
  },
};

/** The agent dismisses the refusal: it goes, and focus returns to the select. */
export const RefusalDismissed: Story = {
  parameters: { dialer: { seed: refusesNextUpdate } },
  play: async ({ canvasElement }) => {
    await userEvent.selectOptions(select(canvasElement), 'On a break');
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Dismiss' }));
    await expect(shownNotices(canvasElement)).toEqual([]);
    await expect(select(canvasElement)).toHaveFocus();
  },
};

/** The bus never answers: after the request timeout the notice says so. Dark theme. */
export const RefusedByTimeout: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { seed: slowUpdates, store: { requestTimeoutMs: 1_000 } } },
  play: async ({ canvasElement }) => {
    await userEvent.selectOptions(select(canvasElement), 'Out for lunch');
    await findNotice(
      canvasElement,
      'Availability could not change. The dialer did not answer in time.',
      4_000,
    );
    await expectShows(canvasElement, 'Always open', 'Taking calls');
  },
};

/** In a call the availability cannot change: the select says so in words. */
export const InCall: Story = {
  parameters: { dialer: { seed: inCall } },
  play: async ({ canvasElement }) => {
    await expectShows(canvasElement, 'In call', 'In call');
    await expectBlocked(canvasElement, 'In call', 'Availability cannot change during a call.');
  },
};

/** After a call: when it can change, and the wrap-up countdown (not announced every second). Dark theme. */
export const AfterCallWork: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { settings: { wrapUpSeconds: 45 }, seed: wrappingUp } },
  play: async ({ canvasElement }) => {
    await expectShows(canvasElement, 'After-call work', 'After-call work');
    await expectBlocked(
      canvasElement,
      'After-call work',
      'Availability can change once after-call work ends.',
    );
    await expect(within(canvasElement).getByText(/^Wrap-up ends in \d+ s$/)).toBeVisible();
  },
};

/** The bus reports the agent offline: no setting fits, every setting is on offer. */
export const Offline: Story = {
  parameters: { dialer: { settings: agentStatus('offline') } },
  play: async ({ canvasElement }) => {
    await expectShows(canvasElement, 'Offline', 'Offline');
    await expect(options(canvasElement)).toHaveLength(9);
    await expect(select(canvasElement)).not.toHaveAttribute('aria-disabled');
  },
};

/** A status the kit does not know is shown as the bus sent it. */
export const UndocumentedStatus: Story = {
  parameters: { dialer: { settings: agentStatus('lunch_break') } },
  play: async ({ canvasElement }) => {
    await expectShows(canvasElement, 'lunch_break', 'lunch_break');
  },
};

/** No session on the dialer: the status is unknown and the select says why it cannot be used. */
export const NeedsLogin: Story = {
  parameters: { dialer: { settings: LOGGED_OUT } },
  play: async ({ canvasElement }) => {
    await expectShows(canvasElement, 'Sign in to the dialer', 'Sign in to the dialer');
    await expectBlocked(canvasElement, 'Sign in to the dialer', 'The dialer is not ready.');
  },
};
