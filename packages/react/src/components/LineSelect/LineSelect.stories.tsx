import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { connected, MANDATORY_TAGGING, taggingRequired } from '../../../stories/support/seeds';
import { LOGGED_OUT, noLines, SUPPORT_LINE } from '../../../stories/support/statusSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { LineSelect } from './LineSelect';

const meta = {
  title: 'Components/LineSelect',
  component: LineSelect,
  ...dialerStory,
  args: { onValueChange: fn() },
} satisfies Meta<typeof LineSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

const select = (canvas: HTMLElement) => within(canvas).getByRole('combobox', { name: 'Line' });
const shown = (canvas: HTMLElement) => (select(canvas) as HTMLSelectElement).selectedOptions[0]?.textContent;
const options = (canvas: HTMLElement) =>
  within(select(canvas))
    .getAllByRole('option')
    .map((option) => option.textContent);

/** Asserts the select stays focusable, offers only the line shown and says `why` in words. */
async function expectBlocked(canvas: HTMLElement, lines: readonly string[], why: string) {
  await expect(select(canvas)).toBeEnabled();
  await expect(select(canvas)).toHaveAttribute('aria-disabled', 'true');
  await expect(options(canvas)).toEqual(lines);
  await expect(within(canvas).getByText(why)).toBeVisible();
  await expect(canvas.querySelector('.dk-line-select')).toHaveAttribute('data-state', 'disabled');
}

/** The agent's two lines; calls go out from the first, whose caller ID shows beneath. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    await expect(options(canvasElement)).toEqual(['Sales US', 'Support UK']);
    await expect(shown(canvasElement)).toBe('Sales US');
    await expect(select(canvasElement)).toHaveAccessibleDescription('Caller ID +1 415-555-0123');
    await expect(canvasElement.querySelector('.dk-line-select')).toHaveAttribute('data-state', 'ready');
  },
};

/** The agent picks Support UK: its caller ID shows, and the owner hears of it. Dark theme. */
export const PickAnotherLine: Story = {
  globals: { theme: 'dark' },
  play: async ({ args, canvasElement }) => {
    await userEvent.selectOptions(select(canvasElement), SUPPORT_LINE.name);
    await expect(shown(canvasElement)).toBe(SUPPORT_LINE.name);
    await expect(select(canvasElement)).toHaveAccessibleDescription('Caller ID +44 20 7183 8750');
    await expect(args.onValueChange).toHaveBeenCalledWith(48212);
  },
};

/** During a call the line cannot change; the select says so. */
export const DuringCall: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement }) => {
    await expectBlocked(canvasElement, ['Sales US'], 'Not possible during a call.');
    await expect(select(canvasElement)).toHaveAccessibleDescription(
      'Caller ID +1 415-555-0123 Not possible during a call.',
    );
  },
};

/** The last call must be tagged before the next one: the line waits too. */
export const WhileMandatoryTagging: Story = {
  parameters: { dialer: { settings: MANDATORY_TAGGING, seed: taggingRequired } },
  play: async ({ canvasElement }) => {
    await expectBlocked(canvasElement, ['Sales US'], 'Tag the last call first.');
  },
};

/** The bus took the agent's lines away: nothing to call from. */
export const NoLines: Story = {
  parameters: { dialer: { seed: noLines } },
  play: async ({ canvasElement }) => {
    await expectBlocked(canvasElement, ['No lines yet'], 'No phone line to call from yet.');
  },
};

/** Not signed in to the dialer: no lines yet, and why the select cannot be used. */
export const NotConnected: Story = {
  parameters: { dialer: { settings: LOGGED_OUT } },
  play: async ({ canvasElement }) => {
    await expectBlocked(canvasElement, ['No lines yet'], 'The dialer is not ready.');
  },
};
