import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { CALLER } from '../../../stories/support/journeySteps';
import { findNotice } from '../../../stories/support/notices';
import { MANDATORY_TAGGING, SECOND_CALLER } from '../../../stories/support/seeds';
import { SHORT_COMMAND_TIMEOUT } from '../../../stories/support/statusSeeds';
import {
  acceptSent,
  offered,
  offeredDuringCall,
  offeredWhileTagging,
} from '../../../stories/support/transferSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import { IncomingCallBanner } from './IncomingCallBanner';

const meta = {
  title: 'Components/IncomingCallBanner',
  component: IncomingCallBanner,
  ...dialerStory,
} satisfies Meta<typeof IncomingCallBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The simulator's first teammate, who calls, transfers or hands over a customer. */
const TEAMMATE = 'Teammate 654321';

const banner = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Incoming call' });
const button = (region: HTMLElement, name: string) => within(region).getByRole('button', { name });
/** The element that reads `text` in full: the bus's part of it is in its own `<bdi>`. */
const line = (region: HTMLElement, text: string) =>
  within(region).getByText((_, element) => element?.textContent === text);

/** Asserts an offer of `type` is shown with its label, its caller and both answers enabled. */
async function expectOffer(canvas: HTMLElement, type: string, label: string, from: string) {
  const region = banner(canvas);
  await expect(region).toHaveAttribute('data-state', 'offered');
  await expect(region).toHaveAttribute('data-type', type);
  await expect(within(region).getByText(label)).toBeVisible();
  await expect(line(region, `Incoming call from ${from}`)).toBeVisible();
  await expect(button(region, 'Accept')).not.toHaveAttribute('aria-disabled');
  await expect(button(region, 'Reject')).not.toHaveAttribute('aria-disabled');
  return region;
}

/** Nothing is offered: only the empty live region is on the page, ready to announce the next offer. */
export const NothingOffered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('region', { name: 'Incoming call' })).toBeNull();
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent('');
  },
};

/** A customer calls one of the agent's lines: the banner names the line called. */
export const External: Story = {
  parameters: { dialer: { seed: offered('external') } },
  play: async ({ canvasElement }) => {
    const region = await expectOffer(canvasElement, 'external', 'External call', CALLER);
    await expect(line(region, 'Line called: Sales US · +1 415-555-0123')).toBeVisible();
    // The offer is also announced politely.
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(`Incoming call from ${CALLER}`);
  },
};

/** A teammate calls the agent. */
export const Internal: Story = {
  parameters: { dialer: { seed: offered('internal') } },
  play: async ({ canvasElement }) => {
    await expectOffer(canvasElement, 'internal', 'Call from a teammate', TEAMMATE);
  },
};

/** A teammate cold-transferred a customer to the agent: the banner names who transferred it. */
export const ColdTransfer: Story = {
  parameters: { dialer: { seed: offered('cold-transfer') } },
  play: async ({ canvasElement }) => {
    const region = await expectOffer(canvasElement, 'cold-transfer', 'Transferred call', CALLER);
    await expect(line(region, `Transferred by ${TEAMMATE}`)).toBeVisible();
  },
};

/** A teammate hands a customer over in a warm transfer: the banner names the customer. */
export const WarmTransfer: Story = {
  parameters: { dialer: { seed: offered('warm-transfer') } },
  play: async ({ canvasElement }) => {
    const region = await expectOffer(canvasElement, 'warm-transfer', 'Warm transfer', TEAMMATE);
    await expect(line(region, `Customer: ${CALLER}`)).toBeVisible();
  },
};

/** A cold transfer the agent made was declined and the customer comes back. */
export const RollbackTransfer: Story = {
  parameters: { dialer: { seed: offered('rollback-transfer') } },
  play: async ({ canvasElement }) => {
    await expectOffer(canvasElement, 'rollback-transfer', 'Transfer declined, call returned', CALLER);
  },
};

/** An incoming type the kit does not know is kept as sent and reads like an external call (Decision 7). */
export const UnknownType: Story = {
  parameters: { dialer: { seed: offered('callback') } },
  play: async ({ canvasElement }) => {
    await expectOffer(canvasElement, 'callback', 'External call', CALLER);
  },
};

/** The agent accepted and the bus has not answered yet: both answers are busy, nothing can be sent twice. */
export const Accepting: Story = {
  parameters: { dialer: { seed: acceptSent } },
  play: async ({ canvasElement }) => {
    const region = banner(canvasElement);
    const accept = button(region, 'Accept');
    await expect(accept).toHaveAttribute('aria-busy', 'true');
    await expect(accept).toHaveAttribute('data-state', 'pending');
    await expect(accept).toHaveAccessibleDescription('Wait for the current action to finish.');
    await expect(button(region, 'Reject')).toHaveAttribute('aria-disabled', 'true');
  },
};

/**
 * The agent accepted and the bus never answered: the banner says so in a polite notice (the offer still
 * stands, so both answers may be tried again).
 */
export const AcceptTimedOut: Story = {
  parameters: { dialer: { seed: acceptSent, store: SHORT_COMMAND_TIMEOUT } },
  play: async ({ canvasElement }) => {
    const region = banner(canvasElement);
    await findNotice(region, 'Call could not be accepted. The dialer did not answer in time.', 3_000);
    await expect(button(region, 'Accept')).not.toHaveAttribute('aria-disabled');
    await expect(button(region, 'Reject')).not.toHaveAttribute('aria-disabled');
  },
};

/**
 * A call offered while the last one waits for its tags (sent raw: the simulator, like the bus, offers
 * nothing then): Accept is refused with its reason, Reject stays possible (Decision 6).
 */
export const OfferedWhileTagging: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { settings: MANDATORY_TAGGING, seed: offeredWhileTagging } },
  play: async ({ canvasElement }) => {
    const region = banner(canvasElement);
    await expect(line(region, `Incoming call from ${SECOND_CALLER}`)).toBeVisible();
    const accept = button(region, 'Accept');
    await expect(accept).toHaveAttribute('aria-disabled', 'true');
    await expect(accept).toHaveAttribute('data-reason', 'mandatory-tagging');
    await expect(accept).toHaveAccessibleDescription('Tag the last call first.');
    await expect(within(region).getByText('Tag the last call first.')).toBeVisible();
    await expect(button(region, 'Reject')).not.toHaveAttribute('aria-disabled');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
  },
};

/**
 * A second call offered during a connected call (sent raw: the simulator refuses to offer one then, and
 * the protocol documents no call waiting): Accept says why not, Reject turns it down.
 */
export const OfferedDuringCall: Story = {
  parameters: { dialer: { seed: offeredDuringCall } },
  play: async ({ canvasElement }) => {
    const region = banner(canvasElement);
    await expect(line(region, `Incoming call from ${SECOND_CALLER}`)).toBeVisible();
    const accept = button(region, 'Accept');
    await expect(accept).toHaveAttribute('aria-disabled', 'true');
    await expect(accept).toHaveAccessibleDescription('Not possible during a call.');
    await expect(button(region, 'Reject')).not.toHaveAttribute('aria-disabled');
  },
};
