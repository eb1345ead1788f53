import { afterEach, describe, expect, it } from 'vitest';
import { selectOfferedCall } from '../selectors/offeredCall';
import { CALL_UUID, callStatus, sync } from '../store/storeHarness.test-helper';
import type { MemoryBus } from '../transport/createMemoryTransport';
import { disposeTabs, eventually, OFFER, owner, readyTabs, roles, type Tab } from './sharedTabs.test-helper';

afterEach(disposeTabs);

describe('createSharedDialerStore: one tab owns the bus', () => {
  it.each([2, 5])('%i tabs elect one owner, which alone registers: one REGISTER, one INIT', async (count) => {
    const { h, tabs } = await readyTabs(count);
    expect(roles(tabs).filter((role) => role === 'owner')).toHaveLength(1);
    expect(roles(tabs).filter((role) => role === 'follower')).toHaveLength(count - 1);
    expect(h.buses).toHaveLength(1);
    expect(h.count('BUS.REGISTER')).toBe(1);
    expect(h.count('BUS.INIT')).toBe(1);
    // Every tab holds the owner's state, to the last field.
    const ownerState = owner(tabs)?.store.getState();
    for (const tab of tabs) expect(tab.store.getState()).toEqual(ownerState);
  });

  it('sends a follower command through the owner once; a follower refuses what the owner would', async () => {
    const { h, tabs } = await readyTabs(3);
    const follower = tabs.find((tab) => tab.store.tab?.role() === 'follower');
    const ownerTab = owner(tabs);
    if (follower === undefined || ownerTab === undefined) throw new Error('no follower');
    // Nothing to hang up: the same refusal in either tab, and nothing reaches the bus.
    expect(follower.store.actions.hangUp()).toEqual(ownerTab.store.actions.hangUp());
    expect(follower.store.actions.hangUp()).toEqual({ ok: false, reason: 'no-call' });
    // One set of verbs per store, handed to every component: none can be swapped.
    for (const tab of tabs) expect(Object.isFrozen(tab.store.actions)).toBe(true);
    expect(follower.store.send({ type: 'BUS.INIT', payload: { services: ['DIALER'] } })).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(follower.store.actions.dial('+14155550199')).toEqual({ ok: true });
    await eventually(() => expect(h.count('DIALER.DIAL')).toBe(1));
    // The dial is pending in every tab (the owner recorded it): a second one is refused everywhere alike.
    await eventually(() => expect(follower.store.getState().pending?.type).toBe('DIALER.DIAL'));
    expect(follower.store.actions.dial('+14155550199')).toEqual(ownerTab.store.actions.dial('+14155550199'));
    expect(h.count('DIALER.DIAL')).toBe(1);
  });

  it("answers a follower's request with the owner's result: the bus's answer, or the same refusal", async () => {
    const { h, tabs } = await readyTabs(2);
    const follower = tabs.find((tab) => tab.store.tab?.role() === 'follower');
    if (follower === undefined) throw new Error('no follower');
    const result = await follower.store.actions.updateAvailability('on_a_break');
    expect(result.ok).toBe(true);
    expect(h.count('API.UPDATE_AVAILABILITY')).toBe(1);
    // No tags to save in a tab without a call: refused with the owner's reason, nothing sent.
    const refused = await follower.store.actions.updateCallTags('', []);
    expect(refused.ok).toBe(false);
    expect(h.count('API.UPDATE_CALL_TAGS')).toBe(0);
  });

  it('shows an offer in every tab and withdraws it from all once one tab accepts', async () => {
    const { h, tabs } = await readyTabs(3);
    const bus = h.buses[0] as MemoryBus;
    bus.push(OFFER);
    await eventually(() => {
      for (const tab of tabs) expect(selectOfferedCall(tab.store.getState())?.callUuid).toBe(CALL_UUID);
    });
    const accepting = tabs.find((tab) => tab.store.tab?.role() === 'follower') as Tab;
    expect(accepting.store.actions.accept()).toEqual({ ok: true });
    await eventually(() => expect(h.count('DIALER.ACCEPT')).toBe(1));
    bus.push(callStatus('accepting'));
    await eventually(() => {
      for (const tab of tabs) expect(selectOfferedCall(tab.store.getState())).toBeUndefined();
    });
    // A second tab's Accept is refused by the same rule as in the owner: the call is no longer offered.
    const other = tabs.find((tab) => tab !== accepting) as Tab;
    expect(other.store.actions.accept().ok).toBe(false);
    expect(h.count('DIALER.ACCEPT')).toBe(1);
  });

  it('withdraws a rejected offer from every tab at once, without waiting for the bus', async () => {
    const { h, tabs } = await readyTabs(3);
    (h.buses[0] as MemoryBus).push(OFFER);
    await eventually(() => expect(selectOfferedCall(tabs[2]?.store.getState() as never)).toBeDefined());
    const rejecting = tabs.find((tab) => tab.store.tab?.role() === 'follower') as Tab;
    expect(rejecting.store.actions.reject()).toEqual({ ok: true });
    await eventually(() => {
      for (const tab of tabs) expect(selectOfferedCall(tab.store.getState())).toBeUndefined();
    });
    expect(h.count('DIALER.REJECT')).toBe(1);
  });

  it('keeps the tag picks the same in every tab, whichever tab picks', async () => {
    const { h, tabs } = await readyTabs(3);
    const bus = h.buses[0] as MemoryBus;
    bus.push(callStatus('connected'));
    bus.push(sync());
    bus.push(callStatus('mandatoryTagging'));
    await eventually(() => {
      for (const tab of tabs) expect(tab.store.getState().call.status).toBe('mandatoryTagging');
    });
    (tabs.find((tab) => tab.store.tab?.role() === 'follower') as Tab).store.actions.selectTags([7, 9]);
    await eventually(() => {
      for (const tab of tabs) expect(tab.store.getState().call.tagSelection).toEqual([7, 9]);
    });
    (owner(tabs) as Tab).store.actions.selectTags([9]);
    await eventually(() => {
      for (const tab of tabs) expect(tab.store.getState().call.tagSelection).toEqual([9]);
    });
  });

  it('gives a tab that opens later the whole state, then every change', async () => {
    const { h, tabs } = await readyTabs(2);
    const bus = h.buses[0] as MemoryBus;
    bus.push(callStatus('connected'));
    bus.push(sync());
    const late = h.open();
    await eventually(() => expect(late.store.getState()).toEqual(owner(tabs)?.store.getState()));
    bus.push(callStatus('hanging'));
    await eventually(() => expect(late.store.getState().call.status).toBe('hanging'));
    expect(late.store.getState()).toEqual(owner(tabs)?.store.getState());
    expect(h.count('BUS.REGISTER')).toBe(1);
  });
});
