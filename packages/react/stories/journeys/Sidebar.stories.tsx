import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { CallBar } from '../../src/components/CallBar/CallBar';
import { DialPad } from '../../src/components/DialPad/DialPad';
import { IncomingCallBanner } from '../../src/components/IncomingCallBanner/IncomingCallBanner';
import { WarmTransferControls } from '../../src/components/WarmTransferControls/WarmTransferControls';
import { heldMutedRecorded, holdFailed } from '../support/outcomeSeeds';
import { closedDuringCall } from '../support/statusSeeds';
import { dialerStory } from '../support/withDialer';

/** The width of a softphone docked as a sidebar. */
const SIDEBAR_PX = 320;

/** The kit's call components stacked in a 320 px sidebar, as a CRM docks a softphone. Layout only. */
function Sidebar(): ReactNode {
  return (
    <div
      style={{
        display: 'grid',
        gap: '0.75rem',
        width: SIDEBAR_PX,
        padding: '0.75rem',
        boxSizing: 'border-box',
      }}
    >
      <IncomingCallBanner />
      <CallBar />
      <WarmTransferControls />
      <DialPad />
    </div>
  );
}

const meta = {
  title: 'Journeys/Sidebar (320 px)',
  component: Sidebar,
  ...dialerStory,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Sidebar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Asserts nothing in the sidebar is wider than it: no text or button overflows sideways. */
async function expectNoOverflow(canvas: HTMLElement): Promise<void> {
  const sidebar = canvas.firstElementChild;
  if (!(sidebar instanceof HTMLElement)) throw new Error('no sidebar');
  const right = sidebar.getBoundingClientRect().right;
  for (const element of sidebar.querySelectorAll('*')) {
    await expect(Math.round(element.getBoundingClientRect().right)).toBeLessThanOrEqual(Math.ceil(right));
  }
}

/** Each row of buttons, by its top edge: how many rows the buttons of `container` take. */
const buttonRows = (container: HTMLElement): number =>
  new Set(
    within(container)
      .getAllByRole('button')
      .map((button) => Math.round(button.getBoundingClientRect().top)),
  ).size;

/** A held, muted and recorded call in the sidebar: the chips wrap, nothing overflows. */
export const HeldMutedRecorded: Story = {
  parameters: { dialer: { seed: heldMutedRecorded } },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('region', { name: 'Call' });
    await expect(
      within(bar)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent?.split(' ')[0]),
    ).toEqual(['On', 'Muted', 'Recording']);
    await expectNoOverflow(canvasElement);
  },
};

/** A failed hold in the sidebar: the notice spans the bar under its buttons, which keep their rows. */
export const HoldFailed: Story = {
  parameters: { dialer: { seed: holdFailed } },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('region', { name: 'Call' });
    const controls = within(bar).getByRole('group', { name: 'Call controls' });
    await expect(bar).toHaveTextContent('Hold failed. The dialer went back to the previous state.');
    await expect(buttonRows(controls)).toBeLessThanOrEqual(2);
    await expectNoOverflow(canvasElement);
  },
};

/**
 * Every call button disabled (the kit was closed during the call): the reason is said once, under the
 * buttons, so they stay on the rows they had.
 */
export const DisabledReasons: Story = {
  parameters: { dialer: { seed: closedDuringCall } },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('region', { name: 'Call' });
    const controls = within(bar).getByRole('group', { name: 'Call controls' });
    await expect(within(controls).getAllByText('The dialer is not ready.')).toHaveLength(1);
    await expect(buttonRows(controls)).toBeLessThanOrEqual(2);
    await expectNoOverflow(canvasElement);
  },
};
