import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { StoryKit } from '../../../stories/support/createStoryKit';
import { connected, holdBus } from '../../../stories/support/seeds';
import { internalCallConnected } from '../../../stories/support/transferSeeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { TransferDirectory } from './TransferDirectory';

/** The host's names of the simulator's teammates (the bus itself sends none with availabilities). */
const NAMES = DEFAULT_SETTINGS.teammates.map(({ id, name }) => ({ id, name: name ?? `#${id}` }));
const SAM = 'Sam Teammate Available';
const ALEX = 'Alex Supervisor Offline';

const meta = {
  title: 'Components/TransferDirectory',
  component: TransferDirectory,
  ...dialerStory,
  args: { names: NAMES },
} satisfies Meta<typeof TransferDirectory>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Teammates' });
const inRegion = (canvas: HTMLElement) => within(region(canvas));
/** The option of a teammate, once the availabilities have arrived. */
const option = (canvas: HTMLElement, name: string) => inRegion(canvas).findByRole('option', { name });
const names = (canvas: HTMLElement) =>
  inRegion(canvas)
    .queryAllByRole('option')
    .map((node) => node.textContent);
const announcer = (canvas: HTMLElement) =>
  inRegion(canvas)
    .getAllByRole('status')
    .find((node) => node.getAttribute('aria-live') === 'polite');

/** The bus holds its answer to the availabilities fetch: the directory says it is loading. */
async function fetchHeld(kit: StoryKit): Promise<void> {
  holdBus(kit, 'API.FETCH_AVAILABILITIES_FULFILLED');
}

/** The bus refuses the next availabilities fetch. */
async function fetchRefused(kit: StoryKit): Promise<void> {
  kit.bus.failNext('fetchAvailabilities');
}

/** No call: teammates with their presence, sorted by name; "Call" waits for a pick and says so. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await option(canvasElement, SAM);
    await expect(names(canvasElement)).toEqual([ALEX, SAM]);
    await expect(region(canvasElement)).toHaveAttribute('data-action', 'call');
    const call = inRegion(canvasElement).getByRole('button', { name: 'Call' });
    await expect(call).toHaveAttribute('aria-disabled', 'true');
    await expect(call).toHaveAccessibleDescription('Pick a teammate first.');
  },
};

/** Without the host's names, teammates read by their id (the bus gives names only on a call's parties). */
export const WithoutNames: Story = {
  args: { names: [] },
  play: async ({ canvasElement }) => {
    await option(canvasElement, 'Teammate 654321 Available');
    await expect(names(canvasElement)).toEqual(['Teammate 654321 Available', 'Teammate 777001 Offline']);
  },
};

/** The availabilities are on their way: the directory says so. */
export const Loading: Story = {
  parameters: { dialer: { seed: fetchHeld } },
  play: async ({ canvasElement }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-loading');
    await expect(region(canvasElement)).toHaveTextContent('Loading teammates');
    await expect(inRegion(canvasElement).queryByRole('listbox')).toBeNull();
  },
};

/** A teammate picked with no call under way: "Call Sam Teammate" calls them, and says so. */
export const CallTeammate: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(await option(canvasElement, SAM));
    await expect(await option(canvasElement, SAM)).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(inRegion(canvasElement).getByRole('button', { name: 'Call Sam Teammate' }));
    await expect(announcer(canvasElement)).toHaveTextContent('Calling Sam Teammate');
    await kitOf({ loaded }).until('teammate dialled', ({ call }) => call.dialing?.to === 'client:654321');
  },
};

/** From the keyboard: Down from the search box into the list, the arrows pick, Tab reaches the action. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    await option(canvasElement, SAM);
    await userEvent.click(inRegion(canvasElement).getByRole('searchbox', { name: 'Search teammates' }));
    await userEvent.keyboard('{ArrowDown}');
    await expect(await option(canvasElement, ALEX)).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(await option(canvasElement, SAM)).toHaveFocus();
    await expect(await option(canvasElement, SAM)).toHaveAttribute('aria-selected', 'true');
    await userEvent.tab();
    await expect(inRegion(canvasElement).getByRole('button', { name: 'Call Sam Teammate' })).toHaveFocus();
  },
};

/** A search by name: one match, announced. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    await option(canvasElement, SAM);
    await userEvent.type(inRegion(canvasElement).getByRole('searchbox'), 'alex');
    await expect(names(canvasElement)).toEqual([ALEX]);
    await expect(announcer(canvasElement)).toHaveTextContent('1 teammate found');
  },
};

/** A search nobody matches: the list gives way to a sentence saying so. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    await option(canvasElement, SAM);
    await userEvent.type(inRegion(canvasElement).getByRole('searchbox'), 'zz');
    await expect(inRegion(canvasElement).queryByRole('listbox')).toBeNull();
    await expect(region(canvasElement)).toHaveTextContent('No teammate matches this search.');
    await expect(announcer(canvasElement)).toHaveTextContent('No teammate found');
  },
};

/** A teammate's presence changes while the directory is open: the list follows. */
export const LivePresence: Story = {
  play: async ({ canvasElement, loaded }) => {
    await option(canvasElement, ALEX);
    kitOf({ loaded }).bus.setTeammateAvailability(777001, 'available');
    await expect(await option(canvasElement, 'Alex Supervisor Available')).toHaveAttribute(
      'data-state',
      'available',
    );
  },
};

/** During a call with a customer: "Transfer to Sam Teammate" starts a warm transfer to them. Dark theme. */
export const TransferDuringCall: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement, loaded }) => {
    await expect(region(canvasElement)).toHaveAttribute('data-action', 'transfer');
    await userEvent.click(await option(canvasElement, SAM));
    await userEvent.click(inRegion(canvasElement).getByRole('button', { name: 'Transfer to Sam Teammate' }));
    await expect(announcer(canvasElement)).toHaveTextContent('Transferring to Sam Teammate');
    await kitOf({ loaded }).untilCall('ringing', 'warmTransfer');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
  },
};

/** On a call with a teammate a warm transfer is not possible: the action says why. */
export const TransferNotPossible: Story = {
  parameters: { dialer: { seed: internalCallConnected } },
  play: async ({ canvasElement }) => {
    await userEvent.click(await option(canvasElement, ALEX));
    const transfer = inRegion(canvasElement).getByRole('button', { name: 'Transfer to Alex Supervisor' });
    await expect(transfer).toHaveAttribute('aria-disabled', 'true');
    await expect(transfer).toHaveAccessibleDescription('Not possible on a call between teammates.');
  },
};

/** The bus refused the fetch: an alert says why; Retry loads the teammates. */
export const LoadFailed: Story = {
  parameters: { dialer: { seed: fetchRefused } },
  play: async ({ canvasElement }) => {
    const alert = await inRegion(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent(
      'Teammates could not be loaded. Availabilities unavailable (simulated)',
    );
    await expect(region(canvasElement)).toHaveTextContent('No teammates to show.');
    await userEvent.click(inRegion(canvasElement).getByRole('button', { name: 'Retry' }));
    await option(canvasElement, SAM);
    await expect(inRegion(canvasElement).queryByRole('alert')).toBeNull();
  },
};

/** A team of one: nobody to list. */
export const NoTeammates: Story = {
  parameters: { dialer: { settings: { teammates: [] } } },
  play: async ({ canvasElement, loaded }) => {
    // The fetched records carry a version, the pushed one the agent started with does not.
    await kitOf({ loaded }).until(
      'fetch answered',
      (state) => state.availability.self?.version !== undefined,
    );
    await expect(region(canvasElement)).toHaveTextContent('No teammates to show.');
    await expect(inRegion(canvasElement).queryByRole('listbox')).toBeNull();
  },
};
