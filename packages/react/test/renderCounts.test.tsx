import {
  busEvent,
  callMetadata,
  createScriptedBus,
  externalParty,
  renderWithDialer,
  TEST_TAGS,
} from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AfterCallPanel } from '../src/components/AfterCallPanel/AfterCallPanel';
import { AvailabilityBadge } from '../src/components/AvailabilityBadge/AvailabilityBadge';
import { CallBar } from '../src/components/CallBar/CallBar';
import { DialPad } from '../src/components/DialPad/DialPad';
import { IncomingCallBanner } from '../src/components/IncomingCallBanner/IncomingCallBanner';
import { MandatoryTagModal } from '../src/components/MandatoryTagModal/MandatoryTagModal';
import { TransferDirectory } from '../src/components/TransferDirectory/TransferDirectory';
import { WarmTransferControls } from '../src/components/WarmTransferControls/WarmTransferControls';

const commits = {
  badge: 0,
  modal: 0,
  transfer: 0,
  banner: 0,
  dialPad: 0,
  callBar: 0,
  directory: 0,
  afterCall: 0,
};
type Part = keyof typeof commits;
const PARTS = Object.keys(commits) as Part[];

function Counted({ id, children }: { readonly id: Part; readonly children: ReactNode }) {
  return (
    <div data-part={id}>
      <Profiler id={id} onRender={() => commits[id]++}>
        {children}
      </Profiler>
    </div>
  );
}

describe('over an incoming call from offer to end, with the whole kit on the page', () => {
  it('re-renders each component only when what it shows changes', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(
      <>
        <Counted id="badge">
          <AvailabilityBadge />
        </Counted>
        <Counted id="modal">
          <MandatoryTagModal />
        </Counted>
        <Counted id="transfer">
          <WarmTransferControls />
        </Counted>
        <Counted id="banner">
          <IncomingCallBanner />
        </Counted>
        <Counted id="dialPad">
          <DialPad />
        </Counted>
        <Counted id="callBar">
          <CallBar />
        </Counted>
        <Counted id="directory">
          <TransferDirectory />
        </Counted>
        <Counted id="afterCall">
          <AfterCallPanel />
        </Counted>
      </>,
      { bus: createScriptedBus(), reactStrictMode: false, provider: { tags: TEST_TAGS } },
    );
    bus.push(busEvent.linesChanged(), busEvent.availability('available'));
    const banner = () => screen.getByRole('region', { name: 'Incoming call' });
    const callBar = () => screen.getByRole('region', { name: 'Call' });
    const steps: [string, () => unknown][] = [
      ['incoming', () => bus.push(busEvent.incoming())],
      ['click Accept', () => user.click(within(banner()).getByRole('button', { name: 'Accept' }))],
      ['CS accepting', () => bus.push(busEvent.callStatus('accepting', 'regular'))],
      ['CS connected', () => bus.push(busEvent.callStatus('connected', 'regular'))],
      [
        'SYNC',
        () =>
          bus.push(
            busEvent.sync(callMetadata({ activeParticipant: externalParty('+14155550199', 'leg-c') })),
          ),
      ],
      ['click Hang up', () => user.click(within(callBar()).getByRole('button', { name: 'Hang up' }))],
      ['CS hanging', () => bus.push(busEvent.callStatus('hanging', 'regular'))],
      ['CS ended', () => bus.push(busEvent.callStatus('ended', 'regular'))],
    ];

    const html = (part: Part) => document.querySelector(`[data-part="${part}"]`)?.innerHTML;
    const perStep = Object.fromEntries(PARTS.map((part) => [part, [] as number[]])) as Record<Part, number[]>;
    const wasted: string[] = [];
    for (const [name, step] of steps) {
      const before = { ...commits };
      const shown = Object.fromEntries(PARTS.map((part) => [part, html(part)]));
      await step();
      for (const part of PARTS) {
        const count = commits[part] - before[part];
        perStep[part].push(count);
        if (count > 0 && html(part) === shown[part]) wasted.push(`${part} on ${name}`);
      }
    }
    console.log('render counts', {
      steps: steps.map(([name]) => name),
      ...perStep,
      totals: Object.fromEntries(PARTS.map((part) => [part, perStep[part].reduce((a, b) => a + b)])),
    });

    expect(bus.sent('DIALER.ACCEPT').length).toBe(1);
    expect(bus.sent('DIALER.HANGUP').length).toBe(1);
    // No component re-rendered without a change in what it shows (markup, attributes, text).
    expect(wasted).toEqual([]);
    // The badge shows no call state; the closed modal only waits for tagging; the banner and the transfer
    // panel render only while they show something, so they ignore the call while hidden.
    expect(perStep.badge).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(perStep.modal).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(perStep.banner).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect(perStep.transfer).toEqual([0, 0, 0, 1, 0, 1, 1, 0]);
    // The after-call panel shows only an ended call.
    expect(perStep.afterCall).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });
});
