import {
  busEvent,
  callScripts,
  createScriptedBus,
  renderWithDialer,
  type ScriptedBus,
  TEST_AGENT,
  TEST_TAGS,
} from '@dialer-kit/testing';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { AfterCallPanel } from '../src/components/AfterCallPanel/AfterCallPanel';
import { AvailabilityBadge } from '../src/components/AvailabilityBadge/AvailabilityBadge';
import { CallBar } from '../src/components/CallBar/CallBar';
import { DialPad } from '../src/components/DialPad/DialPad';
import { IncomingCallBanner } from '../src/components/IncomingCallBanner/IncomingCallBanner';
import { MandatoryTagModal } from '../src/components/MandatoryTagModal/MandatoryTagModal';
import { TransferDirectory } from '../src/components/TransferDirectory/TransferDirectory';
import { WarmTransferControls } from '../src/components/WarmTransferControls/WarmTransferControls';
import { axeViolations, describeViolations } from './axe';

/** One visible state of a component: how to get there from a fresh provider. */
interface StateCase {
  readonly state: string;
  readonly reach: (bus: ScriptedBus, user: UserEvent) => void | Promise<void>;
}

const idle: StateCase = { state: 'idle', reach: () => undefined };
const offered: StateCase = { state: 'offered', reach: (bus) => bus.push(busEvent.incoming()) };
const dialing: StateCase = { state: 'setting up a call', reach: (bus) => callScripts.dialing(bus) };
const connected: StateCase = { state: 'connected', reach: (bus) => callScripts.connected(bus) };
const tagging: StateCase = { state: 'mandatory tagging', reach: (bus) => callScripts.mandatoryTagging(bus) };
const ended: StateCase = { state: 'ended', reach: (bus) => callScripts.ended(bus) };
const transfer: StateCase = {
  state: 'in a warm transfer',
  reach: (bus) => callScripts.warmTransferConnected(bus),
};
/** The answer to the directory's fetch on mount: the agent and two teammates. */
const teammatesFetched = (bus: ScriptedBus): void =>
  bus.push({
    type: 'API.FETCH_AVAILABILITIES_FULFILLED',
    payload: {
      [String(TEST_AGENT.id)]: { status: 'available', version: 1 },
      '7': { status: 'available', version: 1 },
      '8': { status: 'offline', version: 1 },
    },
  });

const COMPONENTS: readonly (readonly [string, ReactElement, readonly StateCase[]])[] = [
  [
    'CallBar',
    <CallBar key="bar" />,
    [
      idle,
      offered,
      dialing,
      connected,
      { state: 'recording', reach: (bus) => callScripts.connected(bus, { recordingState: 'recording' }) },
      {
        state: 'recording not allowed',
        reach: (bus) => callScripts.connected(bus, { canControlRecording: false }),
      },
      tagging,
      ended,
      transfer,
    ],
  ],
  [
    'IncomingCallBanner',
    <IncomingCallBanner key="banner" />,
    [
      offered,
      {
        state: 'offered a cold transfer',
        reach: (bus) => bus.push(busEvent.incoming({ type: 'cold-transfer', transferer: 'client:7' })),
      },
      {
        state: 'offered while tagging',
        reach: (bus) => {
          callScripts.mandatoryTagging(bus);
          bus.push(busEvent.incoming());
        },
      },
    ],
  ],
  [
    'DialPad',
    <DialPad key="pad" />,
    [
      { state: 'ready', reach: (bus) => bus.push(busEvent.linesChanged()) },
      {
        state: 'showing an invalid number',
        reach: async (bus, user) => {
          bus.push(busEvent.linesChanged());
          await user.type(document.querySelector('input') as HTMLInputElement, '12{Enter}');
        },
      },
      tagging,
      connected,
    ],
  ],
  [
    'WarmTransferControls',
    <WarmTransferControls key="transfer" />,
    [
      connected,
      {
        state: 'starting',
        reach: (bus) => {
          callScripts.connected(bus);
          bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
        },
      },
      transfer,
      {
        state: 'after a failed start',
        reach: (bus) => {
          callScripts.connected(bus);
          bus.push(
            busEvent.callStatus('startingWarmTransfer', 'regular'),
            busEvent.callStatus('connected', 'regular'),
          );
        },
      },
    ],
  ],
  [
    'MandatoryTagModal',
    <MandatoryTagModal key="modal" />,
    [
      connected,
      tagging,
      {
        state: 'after a refused save',
        reach: async (bus, user) => {
          bus.answer('DIALER.SET_TAGS', () => ({
            type: 'DIALER.SET_TAGS_REJECTED',
            payload: { error: 'nope' },
          }));
          callScripts.mandatoryTagging(bus);
          await user.click(document.querySelector('input[type="checkbox"]') as HTMLInputElement);
          await user.click(document.querySelector('button[type="submit"]') as HTMLButtonElement);
          await bus.settle();
        },
      },
    ],
  ],
  [
    'AvailabilityBadge',
    <AvailabilityBadge key="badge" />,
    [
      idle,
      { state: 'available', reach: (bus) => bus.push(busEvent.availability('available')) },
      {
        state: 'in after-call work',
        reach: (bus) => bus.push(busEvent.availability('after_call_work', { wrapUpTimeTtl: 30 })),
      },
    ],
  ],
  [
    'TransferDirectory',
    <TransferDirectory key="directory" names={[{ id: 7, name: 'Sam' }]} />,
    [
      { state: 'loading', reach: () => undefined },
      { state: 'listing teammates', reach: teammatesFetched },
      {
        state: 'with a teammate picked during a call',
        reach: async (bus, user) => {
          teammatesFetched(bus);
          callScripts.connected(bus);
          await user.click(document.querySelector('[role="option"]') as HTMLElement);
        },
      },
      {
        state: 'after a failed fetch',
        reach: (bus) =>
          bus.push({ type: 'API.FETCH_AVAILABILITIES_REJECTED', payload: { error: 'Directory offline' } }),
      },
    ],
  ],
  [
    'AfterCallPanel',
    <AfterCallPanel key="after-call" />,
    [
      ended,
      {
        state: 'after a refused save',
        reach: async (bus, user) => {
          bus.answer('DIALER.SET_TAGS', () => ({
            type: 'DIALER.SET_TAGS_REJECTED',
            payload: { error: 'nope' },
          }));
          callScripts.ended(bus);
          await user.click(document.querySelector('input[type="checkbox"]') as HTMLInputElement);
          await user.click(document.querySelector('button[type="submit"]') as HTMLButtonElement);
          await bus.settle();
        },
      },
    ],
  ],
];

describe.each(COMPONENTS)('%s', (_name, ui, states) => {
  it.each(states)('has no axe violations when $state', async ({ reach }) => {
    const user = userEvent.setup();
    const { bus, container } = await renderWithDialer(ui, {
      bus: createScriptedBus(),
      provider: { tags: TEST_TAGS },
    });
    await reach(bus, user);
    expect(container.innerHTML).not.toBe('');
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});

it('reports a real violation (the check is live)', async () => {
  const container = document.createElement('div');
  // A button without a name, built outside JSX so the linter lets the defect through.
  container.append(document.createElement('button'));
  document.body.append(container);
  const ids = (await axeViolations(container)).map((violation) => violation.id);
  container.remove();
  expect(ids).toContain('button-name');
});
