import {
  busEvent,
  callMetadata,
  callScripts,
  createScriptedBus,
  externalParty,
  renderWithDialer,
  TEST_CUSTOMER,
  TEST_LINE,
  TEST_TAGS,
  TEST_TRANSFEREE,
} from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AvailabilityBadge } from '../src/components/AvailabilityBadge/AvailabilityBadge';
import { CallBar } from '../src/components/CallBar/CallBar';
import { DialPad } from '../src/components/DialPad/DialPad';
import { IncomingCallBanner } from '../src/components/IncomingCallBanner/IncomingCallBanner';
import { MandatoryTagModal } from '../src/components/MandatoryTagModal/MandatoryTagModal';
import { WarmTransferControls } from '../src/components/WarmTransferControls/WarmTransferControls';
import { simulatedTime } from './simulatedTime';

/** The kit as an agent desktop would compose it. */
function Desktop(): ReactNode {
  return (
    <>
      <AvailabilityBadge />
      <IncomingCallBanner />
      <CallBar />
      <WarmTransferControls />
      <DialPad />
      <MandatoryTagModal />
    </>
  );
}

// No journey waits on the real clock: the wrap-up shows 60 s and no command times out however slow the run.
const time = simulatedTime();

async function renderDesktop() {
  const rendered = await renderWithDialer(<Desktop />, {
    bus: createScriptedBus(),
    provider: { tags: TEST_TAGS },
  });
  rendered.bus.push(busEvent.linesChanged(), busEvent.availability('available'));
  return rendered;
}

const callBar = () => screen.getByRole('region', { name: 'Call' });
const callStatus = () => within(callBar()).getByRole('status');
const button = (name: string) => screen.getByRole('button', { name });
const queryBanner = () => screen.queryByRole('region', { name: 'Incoming call' });

describe('journeys', () => {
  it('outgoing: dial, connect, hang up, done', async () => {
    const user = userEvent.setup(time);
    const { bus } = await renderDesktop();
    // Pasted from the CRM: one input event, where typing re-renders the pad per key (DialPad's tests type).
    await user.click(screen.getByRole('textbox', { name: 'Phone number' }));
    await user.paste('+1 415 555 0199');
    await user.click(button('Call'));
    expect(bus.sent('DIALER.DIAL')).toMatchObject([
      { payload: { from: TEST_LINE.normalized, to: TEST_CUSTOMER } },
    ]);

    callScripts.dialing(bus);
    bus.push(busEvent.callStatus('ringing', 'regular'));
    expect(callStatus()).toHaveTextContent('Ringing');
    callScripts.connected(bus);
    expect(callStatus()).toHaveTextContent('Connected');
    expect(callBar()).toHaveTextContent(TEST_CUSTOMER);
    expect(button('Call')).toHaveAccessibleDescription('Not possible during a call.');

    await user.click(button('Hang up'));
    expect(bus.sent('DIALER.HANGUP').length).toBe(1);
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('ended', 'regular'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(button('Done'));
    expect(bus.sent('DIALER.RESET').length).toBe(1);
    bus.push(busEvent.callStatus('idle'));
    expect(callStatus()).toHaveTextContent('No call');
  });

  it('incoming: accept from the banner, talk', async () => {
    const user = userEvent.setup(time);
    const { bus } = await renderDesktop();
    bus.push(busEvent.incoming());
    expect(queryBanner()).toHaveTextContent(`Incoming call from ${TEST_CUSTOMER}`);
    await user.click(within(queryBanner() as HTMLElement).getByRole('button', { name: 'Accept' }));
    expect(bus.sent('DIALER.ACCEPT').length).toBe(1);
    bus.push(busEvent.callStatus('accepting', 'regular'), busEvent.callStatus('connected', 'regular'));
    expect(queryBanner()).not.toBeInTheDocument();
    expect(callStatus()).toHaveTextContent('Connected');
  });

  it('incoming: reject from the banner', async () => {
    const user = userEvent.setup(time);
    const { bus } = await renderDesktop();
    bus.push(busEvent.incoming());
    await user.click(within(queryBanner() as HTMLElement).getByRole('button', { name: 'Reject' }));
    expect(bus.sent('DIALER.REJECT').length).toBe(1);
    expect(queryBanner()).not.toBeInTheDocument();
    expect(bus.sent('DIALER.ACCEPT').length).toBe(0);
  });

  it('hang-up with mandatory tagging: everything waits for the tags', async () => {
    const user = userEvent.setup(time);
    const { bus } = await renderDesktop();
    bus.answer('DIALER.SET_TAGS', () => ({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [TEST_TAGS[1]] }));
    callScripts.connected(bus);
    await user.click(button('Hang up'));
    bus.push(
      busEvent.callStatus('hanging', 'regular'),
      busEvent.callStatus('mandatoryTagging', 'regular'),
      busEvent.availability('after_call_work', { wrapUpTimeTtl: 60 }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Tag this call' });
    expect(callStatus()).toHaveTextContent('Tagging required');
    // The badge behind the modal and the modal itself, which keeps it in sight.
    expect(within(dialog).getByText('Wrap-up ends in 60 s')).toBeVisible();
    expect(screen.getAllByText('Wrap-up ends in 60 s')).toHaveLength(2);

    // Escape keeps the modal; behind it, dial and accept say why they are not possible.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Tag this call' })).toBe(dialog);
    bus.push(busEvent.incoming());
    const accept = within(queryBanner() as HTMLElement).getByRole('button', { name: 'Accept' });
    expect(accept).toHaveAccessibleDescription('Tag the last call first.');
    expect(button('Call')).toHaveAccessibleDescription('Tag the last call first.');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Follow-up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save tags' }));
    await bus.settle();
    expect(bus.sent('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } }]);
    bus.push(busEvent.callStatus('ended', 'regular'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // Tagged: the call still waiting may now be accepted.
    expect(callStatus()).toHaveTextContent('Incoming call');
    await user.click(within(queryBanner() as HTMLElement).getByRole('button', { name: 'Accept' }));
    expect(bus.sent('DIALER.ACCEPT').length).toBe(1);
  });

  it('warm transfer: start, swap, a failed swap, merge', async () => {
    const user = userEvent.setup(time);
    const { bus } = await renderDesktop();
    callScripts.connected(bus);
    await user.click(screen.getByRole('textbox', { name: 'Transfer to' }));
    await user.paste(TEST_TRANSFEREE);
    await user.click(button('Start transfer'));
    expect(bus.sent('DIALER.START_WARM_TRANSFER')).toMatchObject([{ payload: { to: TEST_TRANSFEREE } }]);
    callScripts.warmTransferConnected(bus);
    const transfer = screen.getByRole('region', { name: 'Warm transfer' });
    expect(transfer).toHaveTextContent(`Talking with${TEST_TRANSFEREE}On hold${TEST_CUSTOMER}`);

    const swapped = callMetadata({
      activeParticipant: externalParty(TEST_CUSTOMER, 'leg-customer'),
      inactiveParticipant: externalParty(TEST_TRANSFEREE, 'leg-transferee', true),
    });
    await user.click(button('Swap'));
    bus.push(
      busEvent.callStatus('swapping', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
    );
    bus.push(busEvent.sync(swapped));
    expect(transfer).toHaveTextContent(`Talking with${TEST_CUSTOMER}On hold${TEST_TRANSFEREE}`);

    await user.click(button('Swap'));
    bus.push(
      busEvent.callStatus('swapping', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
    );
    bus.push(busEvent.sync(swapped));
    expect(within(transfer).getByText(/^Swap failed/)).toHaveAttribute('aria-live', 'polite');

    await user.click(button('Merge'));
    expect(bus.sent('DIALER.MERGE_WARM_TRANSFER').length).toBe(1);
    bus.push(busEvent.callStatus('merging', 'warmTransfer'), busEvent.callStatus('ended', 'regular'));
    expect(screen.queryByRole('region', { name: 'Warm transfer' })).not.toBeInTheDocument();
    expect(callStatus()).toHaveTextContent('Call ended');
  });

  it('a malformed bus message changes nothing visible', async () => {
    const { bus, container } = await renderDesktop();
    callScripts.warmTransferConnected(bus);
    const before = container.innerHTML;
    bus.push(
      { type: 'DIALER.CALL_STATUS', payload: { status: 'teleporting', flow: 'warmTransfer' } },
      { type: 'DIALER.CALL_STATUS', payload: { status: 42 } },
      { type: 'DIALER.INCOMING', payload: { type: 'externalParty' } },
      { type: 'DIALER.SYNC' },
      // No userId nor updatedAt; the agent is available, so an applied "offline" would show.
      { type: 'USER.AVAILABILITY_CHANGED', payload: { status: 'offline' } },
      null,
      '{"type":"DIALER.CALL_STATUS"}',
    );
    expect(container.innerHTML).toBe(before);
    // The same status well formed does show: the check above could fail.
    bus.push(busEvent.availability('offline'));
    expect(container.innerHTML).not.toBe(before);
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Offline'))).toBe(true);
  });
});
