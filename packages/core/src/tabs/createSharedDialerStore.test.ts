import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectOfferedCall } from '../selectors/offeredCall';
import { CALL_UUID, callStatus, sync, USER } from '../store/storeHarness.test-helper';
import type { DialerStore } from '../store/types';
import { createMemoryTransport, type MemoryBus } from '../transport/createMemoryTransport';
import { createMemoryTabs, type MemoryTab } from './createMemoryTabs';
import { createSharedDialerStore } from './createSharedDialerStore';

const LINES = [{ id: 1, number: '+33 1 00 00 00 00', normalized: '+33100000000' }];
const OFFER = {
  type: 'DIALER.INCOMING',
  payload: { type: 'external', callUuid: CALL_UUID, from: '+14155550199', to: '+33100000000' },
};

interface Tab {
  readonly store: DialerStore;
  readonly memory: MemoryTab;
}

/**
 * Tabs of one origin sharing a bus. Each `connect` (only an owner calls it) opens a new memory bus that
 * answers the bring-up with a restored session and, when `callOnInit`, announces the call in progress
 * after INIT, as a bus keeping its calls across frames does.
 */
function harness(options: { readonly locks?: 'web-locks' | 'heartbeats' } = {}) {
  const memory = createMemoryTabs();
  const buses: MemoryBus[] = [];
  const closed: MemoryBus[] = [];
  const stores: DialerStore[] = [];
  let callOnInit = false;

  const connect = () => {
    const { transport, bus } = createMemoryTransport();
    buses.push(bus);
    const answer = (message: unknown): void => {
      const { type } = message as { type: string };
      if (type === 'BUS.REGISTER') bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
      if (type === 'BUS.INIT') {
        bus.push({ type: 'BUS.INIT_FULFILLED' });
        bus.push({ type: 'USER.LINES_CHANGED', payload: { lines: LINES } });
        if (callOnInit) {
          bus.push(callStatus('connected'));
          bus.push(sync());
        }
      }
      if (type === 'API.UPDATE_AVAILABILITY') {
        bus.push({ type: 'API.UPDATE_AVAILABILITY_FULFILLED', payload: {} });
      }
    };
    return {
      transport: {
        ...transport,
        send(message: unknown) {
          transport.send(message);
          queueMicrotask(() => answer(message));
        },
      },
      close: () => closed.push(bus),
    };
  };

  const open = (): Tab => {
    const tab = memory.tab();
    const store = createSharedDialerStore({
      appName: 'desk',
      release: '1.0.0',
      origin: 'https://desk.example',
      connect,
      locks: options.locks === 'heartbeats' ? null : tab.locks,
      channel: tab.channel,
    });
    stores.push(store);
    store.start();
    return { store, memory: tab };
  };

  return {
    open,
    buses,
    closed,
    memory,
    announceCallOnInit: () => {
      callOnInit = true;
    },
    /** Every message type the buses received, all tabs together. */
    sentTypes: () => buses.flatMap((bus) => bus.sentTypes()),
    count: (type: string) => buses.flatMap((bus) => bus.sentTypes()).filter((t) => t === type).length,
    disposeAll: () => {
      for (const store of stores) store.dispose();
    },
  };
}

const roles = (tabs: readonly Tab[]) => tabs.map((tab) => tab.store.tab?.role());
const owner = (tabs: readonly Tab[]) => tabs.find((tab) => tab.store.tab?.role() === 'owner');
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 2_000, interval: 5 });

let current: ReturnType<typeof harness> | undefined;
afterEach(() => {
  current?.disposeAll();
  current = undefined;
  vi.useRealTimers();
});

async function readyTabs(count: number, options?: Parameters<typeof harness>[0]) {
  current = harness(options);
  const h = current;
  const tabs = Array.from({ length: count }, () => h.open());
  await eventually(() => {
    for (const tab of tabs) expect(tab.store.getState().connection).toBe('ready');
    for (const tab of tabs) expect(tab.store.getState().lines).toHaveLength(1);
  });
  return { h, tabs };
}

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
