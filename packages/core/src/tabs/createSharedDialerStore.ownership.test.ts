import { afterEach, describe, expect, it } from 'vitest';
import { callStatus, sync } from '../store/storeHarness.test-helper';
import type { MemoryBus } from '../transport/createMemoryTransport';
import { disposeTabs, eventually, owner, readyTabs, roles, type Tab } from './sharedTabs.test-helper';

afterEach(disposeTabs);

describe('createSharedDialerStore: ownership moves', () => {
  it('moves ownership when the owner crashes: the next tab registers and the call comes back', async () => {
    const { h, tabs } = await readyTabs(3);
    h.announceCallOnInit();
    const bus = h.buses[0] as MemoryBus;
    bus.push(callStatus('connected'));
    bus.push(sync());
    await eventually(() => {
      for (const tab of tabs) expect(tab.store.getState().call.status).toBe('connected');
    });
    const first = owner(tabs) as Tab;
    first.memory.crash();
    const rest = tabs.filter((tab) => tab !== first);
    await eventually(() => expect(roles(rest).filter((role) => role === 'owner')).toHaveLength(1));
    await eventually(() => {
      for (const tab of rest) expect(tab.store.getState().connection).toBe('ready');
      for (const tab of rest) expect(tab.store.getState().call.status).toBe('connected');
    });
    expect(h.buses).toHaveLength(2);
    expect(h.buses[1]?.sentTypes().filter((type) => type === 'BUS.REGISTER')).toHaveLength(1);
    expect(h.buses[1]?.sentTypes().filter((type) => type === 'BUS.INIT')).toHaveLength(1);
    expect(h.buses[1]?.sentTypes()).not.toContain('BUS.DESTROY');
    // The remaining tabs agree again.
    expect((rest[0] as Tab).store.getState()).toEqual((rest[1] as Tab).store.getState());
  });

  it('hands the bus to the tab that asks ("Use this tab"): the old owner closes its bus and follows', async () => {
    const { h, tabs } = await readyTabs(2);
    const [a, b] = tabs as [Tab, Tab];
    const [was, asker] = a.store.tab?.role() === 'owner' ? [a, b] : [b, a];
    const seen: string[] = [];
    asker.store.tab?.subscribe(() => seen.push(asker.store.tab?.role() ?? ''));
    asker.store.tab?.takeOver();
    await eventually(() => {
      expect(asker.store.tab?.role()).toBe('owner');
      expect(was.store.tab?.role()).toBe('follower');
      expect(asker.store.getState().connection).toBe('ready');
      expect(was.store.getState().connection).toBe('ready');
    });
    expect(seen).toEqual(['owner']);
    expect(h.closed).toEqual([h.buses[0]]);
    expect(h.buses[0]?.sentTypes()).toContain('BUS.DESTROY');
    expect(h.buses[1]?.sentTypes().filter((type) => type === 'BUS.INIT')).toHaveLength(1);
    // Commands of the old owner now go through the new one.
    expect(was.store.actions.dial('+14155550199')).toEqual({ ok: true });
    await eventually(() => expect(h.buses[1]?.sentTypes()).toContain('DIALER.DIAL'));
    expect(h.buses[0]?.sentTypes()).not.toContain('DIALER.DIAL');
  });

  it('lets a closing owner go: the next tab takes over', async () => {
    const { h, tabs } = await readyTabs(2);
    const first = owner(tabs) as Tab;
    first.store.dispose();
    const next = tabs.find((tab) => tab !== first) as Tab;
    await eventually(() => {
      expect(next.store.tab?.role()).toBe('owner');
      expect(next.store.getState().connection).toBe('ready');
    });
    expect(h.count('BUS.INIT')).toBe(2);
    expect(h.closed).toEqual([h.buses[0]]);
  });

  it('ignores what is not a message of its tabs and what an older owner says', async () => {
    const { h, tabs } = await readyTabs(2);
    const follower = tabs.find((tab) => tab.store.tab?.role() === 'follower') as Tab;
    const before = follower.store.getState();
    const intruder = h.memory.tab().channel('dialer-kit');
    for (const junk of [null, 'x', { kind: 'nope' }, { kind: 'event', term: 1, seq: 1, event: {}, at: 0 }]) {
      intruder.post(junk);
    }
    intruder.post({ kind: 'state', term: 1, seq: 99, state: { connection: 'closed' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(follower.store.getState()).toBe(before);
  });
});

describe('createSharedDialerStore without Web Locks (heartbeats on the channel)', () => {
  it('elects one owner, and another when it leaves', async () => {
    const { h, tabs } = await readyTabs(3, { locks: 'heartbeats' });
    await eventually(() => expect(roles(tabs).filter((role) => role === 'owner')).toHaveLength(1));
    expect(h.count('BUS.INIT')).toBe(1);
    const first = owner(tabs) as Tab;
    first.store.dispose();
    const rest = tabs.filter((tab) => tab !== first);
    await eventually(() => {
      expect(roles(rest).filter((role) => role === 'owner')).toHaveLength(1);
      for (const tab of rest) expect(tab.store.getState().connection).toBe('ready');
    });
  });
});

describe('createSharedDialerStore: resync', () => {
  it('resyncs only in the owner tab: a follower refuses and nothing of it reaches the bus', async () => {
    const { h, tabs } = await readyTabs(3);
    const follower = tabs.find((tab) => tab.store.tab?.role() === 'follower');
    const ownerTab = owner(tabs);
    if (follower === undefined || ownerTab === undefined) throw new Error('no follower');
    expect(follower.store.actions.resync()).toEqual({
      ok: false,
      reason: 'not-allowed',
      message: 'another tab owns the bus',
    });
    await Promise.resolve();
    expect(h.count('BUS.DESTROY')).toBe(0);
    expect(h.count('BUS.INIT')).toBe(1);
    expect(ownerTab.store.actions.resync()).toEqual({ ok: true });
    expect(h.sentTypes().slice(-2)).toEqual(['BUS.DESTROY', 'BUS.INIT']);
    // The follower learns of the resync as of any event: its state stays the owner's.
    await eventually(() => expect(follower.store.getState()).toEqual(ownerTab.store.getState()));
    expect(follower.store.getState().connection).toBe('ready');
  });
});
