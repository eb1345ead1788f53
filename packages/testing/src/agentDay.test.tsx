import { createDialerStore, type DialerStore } from '@dialer-kit/core';
import {
  CallBar,
  DialPad,
  IncomingCallBanner,
  MandatoryTagModal,
  WarmTransferControls,
} from '@dialer-kit/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { agentDay } from './agentDay';
import { rolesAgent, storeAgent } from './agents';
import { createTestBus, type TestBus } from './createTestBus';
import { renderWithDialer } from './renderWithDialer';
import { TAGGING_LINE, TEST_CUSTOMER, TEST_TEAMMATES } from './testData';

const stores: DialerStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

/** A day driven through the store alone (no UI). */
async function storeDay(bus: TestBus = createTestBus()) {
  const store = createDialerStore({ transport: bus.transport, appName: 'day', release: '0', now: bus.now });
  stores.push(store);
  store.start();
  await bus.settle();
  return { bus, store, day: agentDay({ bus, agent: storeAgent(bus, store) }) };
}

const callOf = (store: DialerStore) => {
  const { call } = store.getState();
  return `${call.flow ?? '-'}/${call.status}`;
};

describe('agentDay through the store', () => {
  it('an outgoing call answered, held and resumed', async () => {
    const { bus, store, day } = await storeDay();
    await day.outgoingCallAnswered();
    expect(callOf(store)).toBe('regular/connected');
    await day.holds();
    expect(store.getState().call.activeParticipant?.isHeld).toBe(true);
    await day.resumes();
    expect(store.getState().call.activeParticipant?.isHeld).toBe(false);
    expect(bus.sent('DIALER.HOLD').map((command) => command.payload.shouldHold)).toEqual([true, false]);
  });

  it('a call transferred warm to a teammate who answers, then merged', async () => {
    const { bus, store, day } = await storeDay();
    await day.outgoingCallAnswered();
    await day.transfersTo();
    await day.transfereeAnswers();
    expect(callOf(store)).toBe('warmTransfer/connected');
    expect(store.getState().call.activeParticipant).toMatchObject({ userId: TEST_TEAMMATES[0]?.id });
    await day.merges();
    expect(callOf(store)).toBe('regular/ended');
    expect(bus.sent('DIALER.MERGE_WARM_TRANSFER')).toHaveLength(1);
  });

  it('a transfer the transferee declines brings the agent back to the customer', async () => {
    const { store, day } = await storeDay();
    await day.outgoingCallAnswered();
    await day.transfersTo();
    await day.transfereeDeclines();
    expect(callOf(store)).toBe('regular/connected');
    expect(store.getState().call.activeParticipant).toMatchObject({ phoneNumber: TEST_CUSTOMER });
  });

  it('an incoming call rejected', async () => {
    const { bus, store, day } = await storeDay();
    await day.incomingCallRejected({ type: 'cold-transfer' });
    expect(bus.sent('DIALER.REJECT')).toHaveLength(1);
    expect(store.getState().call.incoming?.answer ?? 'gone').not.toBe('offered');
  });

  it('a call ending in mandatory tagging, tagged, then done', async () => {
    const { bus, store, day } = await storeDay(createTestBus({ lines: [TAGGING_LINE] }));
    await day.callEndsInTagging();
    expect(callOf(store)).toBe('regular/mandatoryTagging');
    await day.tags('Qualified lead', 'Not interested');
    expect(bus.sent('DIALER.SET_TAGS')).toEqual([
      { type: 'DIALER.SET_TAGS', payload: { tagIds: [101, 103] } },
    ]);
    expect(callOf(store)).toBe('regular/ended');
    await day.isDone();
    expect(store.getState().call.status).toBe('idle');
  });

  it('fails a step the kit refuses, naming it', async () => {
    const { day } = await storeDay();
    await expect(day.hangsUp()).rejects.toThrow('Agent: hangUp was refused by the kit');
    await expect(day.tags('Lunch')).rejects.toThrow('no tag named "Lunch"');
  });

  it('fails a far-side step the bus refuses', async () => {
    const { day } = await storeDay();
    await expect(day.customerAnswers()).rejects.toThrow(/nobody is ringing/);
  });

  it('lets simulated time pass: after-call work ends', async () => {
    const { store, day } = await storeDay(createTestBus({ wrapUpSeconds: 10 }));
    await day.outgoingCallAnswered();
    await day.customerHangsUp();
    expect(store.getState().availability.self?.status).toBe('after_call_work');
    await day.timePasses(10_000);
    expect(store.getState().availability.self?.status).toBe('available');
  });
});

const Desk = () => (
  <>
    <CallBar />
    <IncomingCallBanner />
    <DialPad />
    <WarmTransferControls />
    <MandatoryTagModal />
  </>
);

describe('agentDay through the components (Testing Library)', () => {
  async function uiDay(bus: TestBus = createTestBus()) {
    const rendered = await renderWithDialer(<Desk />, { bus });
    const day = agentDay({ bus, agent: rolesAgent({ user: userEvent.setup(), screen }) });
    return { ...rendered, day };
  }
  const callBarText = () => screen.getByRole('region', { name: 'Call' }).textContent;

  it('a call ending in mandatory tagging, tagged in the dialog, then done', async () => {
    const { bus, day } = await uiDay(createTestBus({ lines: [TAGGING_LINE] }));
    await day.callEndsInTagging();
    expect(screen.getByRole('dialog', { name: 'Tag this call' })).toHaveProperty('open', true);
    await day.tags('Follow-up');
    expect(bus.sent('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    await day.isDone();
    expect(callBarText()).toContain('No call');
  });

  it('an outgoing call answered, held, resumed, transferred and merged', async () => {
    const { bus, day } = await uiDay();
    await day.callHeldAndResumed();
    expect(bus.sent('DIALER.HOLD')).toHaveLength(2);
    await day.transfersTo();
    await day.transfereeAnswers();
    expect(callBarText()).toContain('Warm transfer');
    await day.merges();
    expect(callBarText()).toContain('Call ended');
  });

  it('an incoming call rejected from the banner', async () => {
    const { bus, day } = await uiDay();
    await day.incomingCallRejected();
    expect(bus.sent('DIALER.REJECT')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });
});
