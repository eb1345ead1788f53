import type { Result } from '@dialer-kit/core';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, LINE, script, TAGS } from '../../test/callScripts';
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
    expect(result.current.setTagsControl).toMatchObject({ enabled: false, reason: 'no-call' });
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
    expect(result.current.setTagsControl.enabled).toBe(true);
  });

  it('toggles picks, saves them with SET_TAGS and settles with the confirmed tags', async () => {
    const { bus, result } = await renderAfterCall();
    script.ended(bus);
    actOn(() => result.current.toggleTag(2));
    actOn(() => result.current.toggleTag(3));
    actOn(() => result.current.toggleTag(2));
    expect(result.current.selectedTagIds).toEqual([3]);
    expect(result.current.hasChanges).toBe(true);

    let settled: Promise<Result<{ readonly payload: unknown }>> | undefined;
    act(() => {
      settled = result.current.setTags();
    });
    expect(bus.commands('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [3] } }]);
    expect(result.current.isSaving).toBe(true);
    expect(result.current.setTagsControl).toMatchObject({ enabled: false, pending: true });

    bus.push({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 3, name: 'Billing' }] });
    await expect(settled).resolves.toEqual({ ok: true, payload: [{ id: 3, name: 'Billing' }] });
    expect(result.current).toMatchObject({
      savedTags: [{ id: 3, name: 'Billing' }],
      selectedTagIds: [3],
      hasChanges: false,
      isSaving: false,
    });
  });

  it('keeps the picks and reports the reason when the bus refuses the save', async () => {
    const bus = createFakeBus();
    bus.answer('DIALER.SET_TAGS', () => ({
      type: 'DIALER.SET_TAGS_REJECTED',
      payload: { error: { message: 'Tag 2 is archived' } },
    }));
    const { result } = await renderAfterCall(bus);
    script.ended(bus);
    actOn(() => result.current.toggleTag(2));
    let outcome: Result<{ readonly payload: unknown }> | undefined;
    await act(async () => {
      outcome = await result.current.setTags();
    });
    expect(outcome).toEqual({ ok: false, reason: 'rejected', message: 'Tag 2 is archived' });
    expect(result.current.failure).toMatchObject({
      operation: 'setTags',
      reason: 'rejected',
      message: 'Tag 2 is archived',
    });
    expect(result.current.selectedTagIds).toEqual([2]);
    expect(result.current.hasChanges).toBe(true);
    expect(result.current.setTagsControl.enabled).toBe(true);
  });

  it('edits the tags saved while tagging was required', async () => {
    const { bus, result } = await renderAfterCall();
    script.mandatoryTagging(bus);
    expect(result.current.summary).toBeUndefined();
    actOn(() => result.current.toggleTag(1));
    act(() => void result.current.setTags());
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
});
