import type { Result } from '@dialer-kit/core';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CALL_UUID, CUSTOMER, LINE, script, TAGS } from '../../test/callScripts';
import { busEvent, createFakeBus, type FakeBus } from '../../test/fakeBus';
import { actOn, createMemoryStorage, probeHook, renderWithDialer } from '../../test/renderWithDialer';
import { useAfterCall } from './useAfterCall';

async function renderAfterCall(bus: FakeBus = createFakeBus(), storage = createMemoryStorage()) {
  const { result, element } = probeHook(useAfterCall);
  const rendered = await renderWithDialer(element, { bus, provider: { tags: TAGS, storage } });
  return { ...rendered, result };
}

describe('useAfterCall', () => {
  it('has no summary and cannot save before a call ended', async () => {
    const { bus, result } = await renderAfterCall();
    expect(result.current.summary).toBeUndefined();
    expect(result.current.saveControl).toMatchObject({ enabled: false, reason: 'no-call' });
    script.connected(bus);
    expect(result.current.summary).toBeUndefined();
  });

  it('sums up the call once it ended', async () => {
    const { bus, result } = await renderAfterCall();
    script.ended(bus);
    expect(result.current.summary).toMatchObject({
      line: LINE,
      party: { phoneNumber: CUSTOMER },
      direction: 'outgoing',
      recordingState: 'idle',
    });
    expect(result.current.summary?.talkTimeMs).toBeGreaterThanOrEqual(0);
    expect(result.current.catalogue).toBe(TAGS);
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
    script.ended(bus);
    actOn(() => result.current.toggleTag(2));
    actOn(() => result.current.toggleTag(3));
    actOn(() => result.current.toggleTag(2));
    expect(result.current.selectedTagIds).toEqual([3]);
    expect(result.current.hasChanges).toBe(true);

    let settled: Promise<Result<{ readonly payload: unknown }>> | undefined;
    act(() => {
      settled = result.current.save();
    });
    expect(bus.commands('API.UPDATE_CALL_TAGS')).toEqual([
      { type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [3], callUuid: CALL_UUID } },
    ]);
    expect(result.current.isSaving).toBe(true);
    expect(result.current.saveControl).toMatchObject({ enabled: false, pending: true });

    bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
    await expect(settled).resolves.toEqual({ ok: true, payload: undefined });
    expect(result.current).toMatchObject({
      savedTags: [{ id: 3 }],
      selectedTagIds: [3],
      hasChanges: false,
      isSaving: false,
    });
  });

  it('keeps the picks and reports the reason when the bus refuses the save', async () => {
    const bus = createFakeBus();
    bus.answer('API.UPDATE_CALL_TAGS', () => ({
      type: 'API.UPDATE_CALL_TAGS_REJECTED',
      payload: { error: { message: 'Tag 2 is archived' } },
    }));
    const { result } = await renderAfterCall(bus);
    script.ended(bus);
    actOn(() => result.current.toggleTag(2));
    let outcome: Result<{ readonly payload: unknown }> | undefined;
    await act(async () => {
      outcome = await result.current.save();
    });
    expect(outcome).toEqual({ ok: false, reason: 'rejected', message: 'Tag 2 is archived' });
    expect(result.current.failure).toMatchObject({
      operation: 'updateCallTags',
      reason: 'rejected',
      message: 'Tag 2 is archived',
      callUuid: CALL_UUID,
    });
    expect(result.current.selectedTagIds).toEqual([2]);
    expect(result.current.hasChanges).toBe(true);
    expect(result.current.saveControl.enabled).toBe(true);
  });

  it('edits the tags saved while tagging was required', async () => {
    const { bus, result } = await renderAfterCall();
    script.mandatoryTagging(bus);
    expect(result.current.summary).toBeUndefined();
    actOn(() => result.current.toggleTag(1));
    act(() => void result.current.save());
    bus.push(
      { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 1, name: 'Sales' }] },
      busEvent.callStatus('ended', 'regular'),
    );
    expect(result.current.summary).toBeDefined();
    expect(result.current).toMatchObject({ savedTags: [{ id: 1 }], selectedTagIds: [1], hasChanges: false });
    actOn(() => result.current.toggleTag(2));
    expect(result.current.hasChanges).toBe(true);
  });

  it('keeps the picks in the store: a panel mounted again finds them', async () => {
    const { result, element } = probeHook(useAfterCall);
    const { bus, rerender } = await renderWithDialer(element, { provider: { tags: TAGS } });
    script.ended(bus);
    actOn(() => result.current.toggleTag(2));
    rerender(<p>elsewhere</p>);
    rerender(element);
    expect(result.current.selectedTagIds).toEqual([2]);
    expect(result.current.hasChanges).toBe(true);
  });

  it('has nothing once the agent is done with the call', async () => {
    const { bus, result } = await renderAfterCall();
    script.ended(bus);
    bus.push(busEvent.callStatus('idle'));
    expect(result.current.summary).toBeUndefined();
    expect(result.current.selectedTagIds).toEqual([]);
  });

  describe('with a call named by its id', () => {
    async function renderNamed(callUuid = CALL_UUID) {
      const { result, element } = probeHook(() => useAfterCall({ callUuid }));
      const rendered = await renderWithDialer(element, { provider: { tags: TAGS } });
      return { ...rendered, result };
    }

    it('is the call that has just ended while it is that call', async () => {
      const { bus, result } = await renderNamed();
      script.ended(bus);
      expect(result.current).toMatchObject({ recent: false, summary: { callUuid: CALL_UUID } });
    });

    it('follows the call once the agent is done with it, from the recent calls the store keeps', async () => {
      const { bus, result } = await renderNamed();
      script.ended(bus);
      bus.push(busEvent.callStatus('idle'));
      expect(result.current).toMatchObject({
        recent: true,
        summary: { callUuid: CALL_UUID, party: { phoneNumber: CUSTOMER } },
        savedTags: [],
        selectedTagIds: [],
        hasChanges: false,
        saveControl: { enabled: true },
      });
    });

    it('keeps the picks of a recent call until they are saved, and saves them by its id', async () => {
      const { bus, result } = await renderNamed();
      script.ended(bus);
      bus.push(busEvent.callStatus('idle'));
      actOn(() => result.current.toggleTag(3));
      actOn(() => result.current.toggleTag(1));
      expect(result.current).toMatchObject({ selectedTagIds: [1, 3], hasChanges: true });
      let settled: Promise<Result<{ readonly payload: unknown }>> | undefined;
      act(() => {
        settled = result.current.save();
      });
      expect(bus.commands('API.UPDATE_CALL_TAGS')).toEqual([
        { type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [1, 3], callUuid: CALL_UUID } },
      ]);
      expect(result.current).toMatchObject({ isSaving: true, saveControl: { pending: true } });
      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      await act(async () => {
        await expect(settled).resolves.toMatchObject({ ok: true });
      });
      expect(result.current).toMatchObject({
        savedTags: [{ id: 1 }, { id: 3 }],
        selectedTagIds: [1, 3],
        hasChanges: false,
        isSaving: false,
      });
    });

    it('reports a refused change of a recent call and keeps the picks', async () => {
      const { bus, result } = await renderNamed();
      bus.answer('API.UPDATE_CALL_TAGS', () => ({ type: 'API.UPDATE_CALL_TAGS_REJECTED' }));
      script.ended(bus);
      bus.push(busEvent.callStatus('idle'));
      actOn(() => result.current.toggleTag(2));
      await act(async () => {
        await expect(result.current.save()).resolves.toEqual({ ok: false, reason: 'rejected' });
      });
      expect(result.current).toMatchObject({
        selectedTagIds: [2],
        hasChanges: true,
        failure: { operation: 'updateCallTags', reason: 'rejected', callUuid: CALL_UUID },
      });
    });

    it('has nothing for a call the store does not keep', async () => {
      const { bus, result } = await renderNamed('CA-unknown');
      script.ended(bus);
      expect(result.current).toMatchObject({
        summary: undefined,
        recent: false,
        saveControl: { enabled: false },
      });
    });
  });
});
