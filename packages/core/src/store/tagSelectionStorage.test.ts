import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_UUID, callStatus, connect, memoryStorage, setup, sync, USER } from './storeHarness.test-helper';
import { readTagSelection, TAG_SELECTION_KEY } from './tagSelectionStorage';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function taggingStore(storage = memoryStorage()) {
  const harness = setup({ storage });
  connect(harness);
  harness.bus.push(sync());
  harness.bus.push(callStatus('mandatoryTagging', 'regular'));
  return { ...harness, storage };
}

describe('tag selection storage', () => {
  it('stores the selection with the call id while mandatory tagging', () => {
    const { store, storage } = taggingStore();
    store.actions.selectTags([5, 2]);
    expect(JSON.parse(storage.items.get(TAG_SELECTION_KEY) ?? 'null')).toEqual({
      callUuid: CALL_UUID,
      tagIds: [2, 5],
    });
  });

  it('does not store a selection made outside mandatory tagging', () => {
    const storage = memoryStorage();
    const harness = setup({ storage });
    connect(harness);
    harness.bus.push(callStatus('connected', 'regular'));
    harness.store.actions.selectTags([1]);
    expect(storage.items.size).toBe(0);
  });

  it('stores a selection picked during the call once mandatory tagging starts', () => {
    const storage = memoryStorage();
    const harness = setup({ storage });
    connect(harness);
    harness.bus.push(callStatus('connected', 'regular'));
    harness.bus.push(sync());
    harness.store.actions.selectTags([4]);
    harness.bus.push(callStatus('mandatoryTagging', 'regular'));
    expect(readTagSelection(storage)).toEqual({ callUuid: CALL_UUID, tagIds: [4] });
  });

  it('survives a reload: a new store on the same storage restores it for the same call', () => {
    const { store, storage } = taggingStore();
    store.actions.selectTags([3, 8]);
    store.dispose();
    const reloaded = taggingStore(storage);
    expect(reloaded.store.getState().call.tagSelection).toEqual([3, 8]);
  });

  it('restores a stored selection once the call id, coming after the status, shows it is this call', () => {
    const storage = memoryStorage();
    storage.setItem(TAG_SELECTION_KEY, JSON.stringify({ callUuid: CALL_UUID, tagIds: [6] }));
    const harness = setup({ storage });
    connect(harness);
    harness.bus.push(callStatus('mandatoryTagging', 'regular'));
    // Not yet: until its id is known this call may be another one.
    expect(harness.store.getState().call.tagSelection).toEqual([]);
    harness.bus.push(sync());
    expect(harness.store.getState().call.tagSelection).toEqual([6]);
    expect(readTagSelection(storage)).toEqual({ callUuid: CALL_UUID, tagIds: [6] });
  });

  it('does not restore the selection of another call', () => {
    const storage = memoryStorage();
    storage.setItem(TAG_SELECTION_KEY, JSON.stringify({ callUuid: 'CA-other', tagIds: [6] }));
    const { store } = taggingStore(storage);
    expect(store.getState().call.tagSelection).toEqual([]);
  });

  describe('picks belong to their call', () => {
    it('does not restore another call picks while the new call id is not yet known, nor after', () => {
      const storage = memoryStorage();
      storage.setItem(TAG_SELECTION_KEY, JSON.stringify({ callUuid: 'CA-other', tagIds: [6] }));
      const harness = setup({ storage });
      connect(harness);
      harness.bus.push(callStatus('mandatoryTagging', 'regular'));
      expect(harness.store.getState().call.tagSelection).toEqual([]);
      harness.bus.push(sync());
      expect(harness.store.getState().call.tagSelection).toEqual([]);
      expect(readTagSelection(storage)?.tagIds ?? []).toEqual([]);
    });

    it('does not restore picks stored without a call id: they cannot be shown to be this call', () => {
      const storage = memoryStorage();
      storage.setItem(TAG_SELECTION_KEY, JSON.stringify({ tagIds: [6] }));
      const { store } = taggingStore(storage);
      expect(store.getState().call.tagSelection).toEqual([]);
    });

    it('does not file picks made before the call id is known under the call stored before', () => {
      const storage = memoryStorage();
      storage.setItem(TAG_SELECTION_KEY, JSON.stringify({ callUuid: 'CA-other', tagIds: [6] }));
      const harness = setup({ storage });
      connect(harness);
      harness.bus.push(callStatus('mandatoryTagging', 'regular'));
      harness.store.actions.selectTags([2]);
      expect(readTagSelection(storage)).toEqual({ tagIds: [2] });
      harness.bus.push(sync());
      expect(readTagSelection(storage)).toEqual({ callUuid: CALL_UUID, tagIds: [2] });
    });

    it('does not take a call offered during tagging for the call being tagged', () => {
      const other = 'CA99999999999999999999999999999999';
      const storage = memoryStorage();
      storage.setItem(TAG_SELECTION_KEY, JSON.stringify({ callUuid: other, tagIds: [6] }));
      const harness = setup({ storage });
      connect(harness);
      harness.bus.push(callStatus('connected', 'regular'));
      harness.bus.push(callStatus('mandatoryTagging', 'regular'));
      harness.bus.push({
        type: 'DIALER.INCOMING',
        payload: { type: 'external', callUuid: other, from: '+14155550100', to: '+33100000000' },
      });
      expect(harness.store.getState().call.tagSelection).toEqual([]);
    });

    it('does not carry the picks of a call across a reconnect into another call', () => {
      const { store, bus, storage } = taggingStore();
      store.actions.selectTags([1]);
      bus.reset();
      bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
      bus.push({ type: 'BUS.INIT_FULFILLED' });
      bus.push(callStatus('mandatoryTagging', 'regular'));
      expect(store.getState().call.tagSelection).toEqual([]);
      bus.push(sync({ callUuid: 'CA99999999999999999999999999999999' }));
      expect(store.getState().call.tagSelection).toEqual([]);
      expect(readTagSelection(storage)?.tagIds).toEqual([]);
    });
  });

  it('removes it when the call leaves mandatory tagging', () => {
    const { store, bus, storage } = taggingStore();
    store.actions.selectTags([1]);
    bus.push(callStatus('ended', 'regular'));
    expect(storage.items.has(TAG_SELECTION_KEY)).toBe(false);
  });

  it('keeps it while the bus frame reloads, and restores it when the bus re-sends the call being tagged', () => {
    const { store, bus, storage } = taggingStore();
    store.actions.selectTags([1]);
    bus.reset();
    expect(store.getState().call.status).toBe('idle');
    expect(readTagSelection(storage)?.tagIds).toEqual([1]);
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    bus.push(callStatus('mandatoryTagging', 'regular'));
    bus.push(sync());
    expect(store.getState().call.tagSelection).toEqual([1]);
    expect(readTagSelection(storage)).toEqual({ callUuid: CALL_UUID, tagIds: [1] });
  });

  it('ignores a malformed stored value', () => {
    const storage = memoryStorage();
    storage.setItem(TAG_SELECTION_KEY, '{"tagIds":["x"]}');
    expect(readTagSelection(storage)).toBeUndefined();
    storage.setItem(TAG_SELECTION_KEY, 'not json');
    expect(readTagSelection(storage)).toBeUndefined();
    const { store } = taggingStore(storage);
    expect(store.getState().call.tagSelection).toEqual([]);
  });

  it('carries on when the storage refuses to write', () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const { store } = taggingStore(storage);
    store.actions.selectTags([1]);
    expect(store.getState().call.tagSelection).toEqual([1]);
  });
});
