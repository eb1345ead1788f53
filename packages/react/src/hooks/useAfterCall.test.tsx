import type { Result } from '@dialer-kit/core';
import {
  actOn,
  busEvent,
  callScripts,
  createMemoryStorage,
  createScriptedBus,
  probeHook,
  renderWithDialer,
  type ScriptedBus,
  TEST_CALL_UUID,
  TEST_CUSTOMER,
  TEST_LINE,
  TEST_TAGS,
} from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterCall } from './useAfterCall';

async function renderAfterCall(bus: ScriptedBus = createScriptedBus(), storage = createMemoryStorage()) {
  const { result, element } = probeHook(useAfterCall);
  const rendered = await renderWithDialer(element, { bus, provider: { tags: TEST_TAGS, storage } });
  return { ...rendered, result };
}

describe('useAfterCall', () => {
  it('has no summary and cannot save before a call ended', async () => {
    const { bus, result } = await renderAfterCall();
    expect(result.current.summary).toBeUndefined();
    expect(result.current.saveControl).toMatchObject({ enabled: false, reason: 'no-call' });
    callScripts.connected(bus);
    expect(result.current.summary).toBeUndefined();
  });

  it('sums up the call once it ended', async () => {
    const { bus, result } = await renderAfterCall();
    callScripts.ended(bus);
    expect(result.current.summary).toMatchObject({
      line: TEST_LINE,
      party: { phoneNumber: TEST_CUSTOMER },
      direction: 'outgoing',
      recordingState: 'idle',
    });
    expect(result.current.summary?.talkTimeMs).toBeGreaterThanOrEqual(0);
    expect(result.current.catalogue).toBe(TEST_TAGS);
    expect(result.current).toMatchObject({
      savedTags: [],
      selectedTagIds: [],
      hasChanges: false,
      isSaving: false,
    });
    expect(result.current.saveControl.enabled).toBe(true);
  });

  it('toggles picks, saves them by the call’s id and settles with the confirmed tags', async () => {
    const { bus, result } = await renderAfterCall();
    callScripts.ended(bus);
    actOn(() => result.current.toggleTag(102));
    actOn(() => result.current.toggleTag(103));
    actOn(() => result.current.toggleTag(102));
    expect(result.current.selectedTagIds).toEqual([103]);
    expect(result.current.hasChanges).toBe(true);

    let settled: Promise<Result<{ readonly payload: unknown }>> | undefined;
    act(() => {
      settled = result.current.save();
    });
    expect(bus.sent('API.UPDATE_CALL_TAGS')).toEqual([
      { type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [103], callUuid: TEST_CALL_UUID } },
    ]);
    expect(result.current.isSaving).toBe(true);
    expect(result.current.saveControl).toMatchObject({ enabled: false, pending: true });

    bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
    await expect(settled).resolves.toEqual({ ok: true, payload: undefined });
    expect(result.current).toMatchObject({
      savedTags: [{ id: 103 }],
      selectedTagIds: [103],
      hasChanges: false,
      isSaving: false,
    });
  });

  it('keeps the picks and reports the reason when the bus refuses the save', async () => {
    const bus = createScriptedBus();
    bus.answer('API.UPDATE_CALL_TAGS', () => ({
      type: 'API.UPDATE_CALL_TAGS_REJECTED',
      payload: { error: { message: 'Tag 2 is archived' } },
    }));
    const { result } = await renderAfterCall(bus);
    callScripts.ended(bus);
    actOn(() => result.current.toggleTag(102));
    let outcome: Result<{ readonly payload: unknown }> | undefined;
    await act(async () => {
      outcome = await result.current.save();
    });
    expect(outcome).toEqual({ ok: false, reason: 'rejected', message: 'Tag 2 is archived' });
    expect(result.current.failure).toMatchObject({
      operation: 'updateCallTags',
      reason: 'rejected',
      message: 'Tag 2 is archived',
      callUuid: TEST_CALL_UUID,
    });
    expect(result.current.selectedTagIds).toEqual([102]);
    expect(result.current.hasChanges).toBe(true);
    expect(result.current.saveControl.enabled).toBe(true);
  });

  it('edits the tags saved while tagging was required', async () => {
    const { bus, result } = await renderAfterCall();
    callScripts.mandatoryTagging(bus);
    expect(result.current.summary).toBeUndefined();
    actOn(() => result.current.toggleTag(101));
    act(() => void result.current.save());
    bus.push(
      { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 101, name: 'Qualified lead' }] },
      busEvent.callStatus('ended', 'regular'),
    );
    expect(result.current.summary).toBeDefined();
    expect(result.current).toMatchObject({
      savedTags: [{ id: 101 }],
      selectedTagIds: [101],
      hasChanges: false,
    });
    actOn(() => result.current.toggleTag(102));
    expect(result.current.hasChanges).toBe(true);
  });

  it('keeps the picks in the store: a panel mounted again finds them', async () => {
    const { result, element } = probeHook(useAfterCall);
    const { bus, rerender } = await renderWithDialer(element, {
      bus: createScriptedBus(),
      provider: { tags: TEST_TAGS },
    });
    callScripts.ended(bus);
    actOn(() => result.current.toggleTag(102));
    rerender(<p>elsewhere</p>);
    rerender(element);
    expect(result.current.selectedTagIds).toEqual([102]);
    expect(result.current.hasChanges).toBe(true);
  });

  it('has nothing once the agent is done with the call', async () => {
    const { bus, result } = await renderAfterCall();
    callScripts.ended(bus);
    bus.push(busEvent.callStatus('idle'));
    expect(result.current.summary).toBeUndefined();
    expect(result.current.selectedTagIds).toEqual([]);
  });

  describe('with a call named by its id', () => {
    async function renderNamed(callUuid = TEST_CALL_UUID) {
      const { result, element } = probeHook(() => useAfterCall({ callUuid }));
      const rendered = await renderWithDialer(element, {
        bus: createScriptedBus(),
        provider: { tags: TEST_TAGS },
      });
      return { ...rendered, result };
    }

    it('is the call that has just ended while it is that call', async () => {
      const { bus, result } = await renderNamed();
      callScripts.ended(bus);
      expect(result.current).toMatchObject({ recent: false, summary: { callUuid: TEST_CALL_UUID } });
    });

    it('follows the call once the agent is done with it, from the recent calls the store keeps', async () => {
      const { bus, result } = await renderNamed();
      callScripts.ended(bus);
      bus.push(busEvent.callStatus('idle'));
      expect(result.current).toMatchObject({
        recent: true,
        summary: { callUuid: TEST_CALL_UUID, party: { phoneNumber: TEST_CUSTOMER } },
        savedTags: [],
        selectedTagIds: [],
        hasChanges: false,
        saveControl: { enabled: true },
      });
    });

    it('keeps the picks of a recent call until they are saved, and saves them by its id', async () => {
      const { bus, result } = await renderNamed();
      callScripts.ended(bus);
      bus.push(busEvent.callStatus('idle'));
      actOn(() => result.current.toggleTag(103));
      actOn(() => result.current.toggleTag(101));
      expect(result.current).toMatchObject({ selectedTagIds: [101, 103], hasChanges: true });
      let settled: Promise<Result<{ readonly payload: unknown }>> | undefined;
      act(() => {
        settled = result.current.save();
      });
      expect(bus.sent('API.UPDATE_CALL_TAGS')).toEqual([
        { type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [101, 103], callUuid: TEST_CALL_UUID } },
      ]);
      expect(result.current).toMatchObject({ isSaving: true, saveControl: { pending: true } });
      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      await act(async () => {
        await expect(settled).resolves.toMatchObject({ ok: true });
      });
      expect(result.current).toMatchObject({
        savedTags: [{ id: 101 }, { id: 103 }],
        selectedTagIds: [101, 103],
        hasChanges: false,
        isSaving: false,
      });
    });

    it('reports a refused change of a recent call and keeps the picks', async () => {
      const { bus, result } = await renderNamed();
      bus.answer('API.UPDATE_CALL_TAGS', () => ({ type: 'API.UPDATE_CALL_TAGS_REJECTED' }));
      callScripts.ended(bus);
      bus.push(busEvent.callStatus('idle'));
      actOn(() => result.current.toggleTag(102));
      await act(async () => {
        await expect(result.current.save()).resolves.toEqual({ ok: false, reason: 'rejected' });
      });
      expect(result.current).toMatchObject({
        selectedTagIds: [102],
        hasChanges: true,
        failure: { operation: 'updateCallTags', reason: 'rejected', callUuid: TEST_CALL_UUID },
      });
    });

    it('has nothing for a call the store does not keep', async () => {
      const { bus, result } = await renderNamed('CA-unknown');
      callScripts.ended(bus);
      expect(result.current).toMatchObject({
        summary: undefined,
        recent: false,
        saveControl: { enabled: false },
      });
    });
  });
});
