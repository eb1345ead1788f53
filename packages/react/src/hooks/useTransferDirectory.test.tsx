import type { BusCommand } from '@dialer-kit/core';
import {
  actOn,
  busEvent,
  callMetadata,
  callScripts,
  createScriptedBus,
  probeHook,
  renderWithDialer,
  type ScriptedBus,
  TEST_AGENT,
  TEST_LINE,
} from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type TransferDirectoryOptions, useTransferDirectory } from './useTransferDirectory';

const SELF = TEST_AGENT.id ?? 42;
const fetched = (status: string, version = 1) => ({ status, version });
const ALL = {
  [String(SELF)]: fetched('available'),
  '654321': fetched('available'),
  '777001': fetched('offline'),
};

/** A bus answering FETCH_AVAILABILITIES with `payload` (default: the agent and two teammates). */
function busAnswering(payload: unknown = ALL): ScriptedBus {
  const bus = createScriptedBus();
  bus.answer('API.FETCH_AVAILABILITIES', () => ({ type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload }));
  return bus;
}

async function renderDirectory(bus = busAnswering(), options?: TransferDirectoryOptions) {
  const { result, element } = probeHook(() => useTransferDirectory(options));
  const rendered = await renderWithDialer(element, { bus });
  await bus.settle();
  return { ...rendered, result };
}

const summary = (teammates: readonly { userId: number; label: string; status: string }[]) =>
  teammates.map(({ userId, label, status }) => ({ userId, label, status }));

describe('useTransferDirectory', () => {
  it('fetches the availabilities once the dialer is ready, once under StrictMode', async () => {
    const { bus, result } = await renderDirectory();
    expect(bus.sent('API.FETCH_AVAILABILITIES').length).toBe(1);
    expect(summary(result.current.teammates)).toEqual([
      { userId: 654321, label: 'Teammate 654321', status: 'available' },
      { userId: 777001, label: 'Teammate 777001', status: 'offline' },
    ]);
    expect(result.current.isLoading).toBe(false);
  });

  it('is loading until the bus answers', async () => {
    const bus = createScriptedBus();
    const { result } = await renderDirectory(bus);
    expect(bus.sent('API.FETCH_AVAILABILITIES').length).toBe(1);
    expect(result.current.isLoading).toBe(true);
    bus.push({ type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: ALL });
    expect(result.current.isLoading).toBe(false);
    expect(result.current.teammates).toHaveLength(2);
  });

  it('does not fetch when told not to, and still shows pushed presence', async () => {
    const { bus, result } = await renderDirectory(busAnswering(), { fetchOnMount: false });
    expect(bus.sent('API.FETCH_AVAILABILITIES').length).toBe(0);
    bus.push({
      type: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
      payload: { userId: 5, status: 'available', updatedAt: 1 },
    });
    expect(summary(result.current.teammates)).toEqual([
      { userId: 5, label: 'Teammate 5', status: 'available' },
    ]);
  });

  it('fetches again once the dialer is ready again after the bus restarted', async () => {
    const { bus } = await renderDirectory();
    bus.restart();
    await bus.settle();
    await bus.settle();
    expect(bus.sent('API.FETCH_AVAILABILITIES').length).toBe(2);
  });

  it('follows live presence', async () => {
    const { bus, result } = await renderDirectory();
    bus.push({
      type: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
      payload: { userId: 777001, status: 'available', updatedAt: Date.now() * 1000 },
    });
    expect(result.current.teammates.find((t) => t.userId === 777001)?.status).toBe('available');
  });

  it("names teammates by the host's names, else the bus's, and sorts by name", async () => {
    const bus = busAnswering();
    const { result } = await renderDirectory(bus, { names: [{ id: 777001, name: 'Alex Supervisor' }] });
    callScripts.connected(bus, {
      activeParticipant: {
        user: { id: 654321, name: 'Sam Teammate' },
        legId: 'l',
        isHeld: false,
        state: 'answering',
      },
    });
    expect(result.current.teammates.map((t) => t.label)).toEqual(['Alex Supervisor', 'Sam Teammate']);
  });

  it('searches by name or id, and keeps a pick only while the search shows it', async () => {
    const { result } = await renderDirectory(busAnswering(), {
      names: [{ id: 654321, name: 'Sam Teammate' }],
    });
    actOn(() => result.current.select(777001));
    expect(result.current.selected?.userId).toBe(777001);
    actOn(() => result.current.setQuery('sam'));
    expect(result.current.results.map((t) => t.userId)).toEqual([654321]);
    expect(result.current.selected).toBeUndefined();
    actOn(() => result.current.setQuery('7770'));
    expect(result.current.selected?.userId).toBe(777001);
  });

  describe('with no call', () => {
    it('calls the teammate picked, as a teammate dial', async () => {
      const bus = busAnswering();
      const { result } = await renderDirectory(bus);
      bus.push(busEvent.linesChanged());
      expect(result.current.action).toBe('call');
      expect(result.current.startControl.enabled).toBe(true);
      expect(actOn(() => result.current.start(654321))).toEqual({ ok: true });
      expect(bus.sent('DIALER.DIAL')).toEqual([
        {
          type: 'DIALER.DIAL',
          payload: { from: TEST_LINE.normalized, to: 'client:654321' },
          meta: { tracking: { dialing_mode: 'teammate' } },
        } satisfies BusCommand,
      ]);
    });

    it('says why calling is refused without a line', async () => {
      const { result } = await renderDirectory();
      expect(result.current.startControl).toEqual({ enabled: false, pending: false, reason: 'no-line' });
    });
  });

  describe('during a call', () => {
    it('starts a warm transfer to the teammate picked', async () => {
      const bus = busAnswering();
      const { result } = await renderDirectory(bus);
      callScripts.connected(bus);
      expect(result.current.action).toBe('transfer');
      expect(actOn(() => result.current.start(654321))).toEqual({ ok: true });
      expect(bus.sent('DIALER.START_WARM_TRANSFER')).toEqual([
        { type: 'DIALER.START_WARM_TRANSFER', payload: { to: 'client:654321' } },
      ]);
      expect(result.current.startControl.enabled).toBe(false);
    });

    it('says why a transfer is refused on a call with a teammate', async () => {
      const bus = busAnswering();
      const { result } = await renderDirectory(bus);
      callScripts.connected(bus, {
        activeParticipant: { user: { id: 7 }, legId: 'leg-7', isHeld: false, state: 'answering' },
      });
      expect(result.current.startControl.reason).toBe('internal-call');
      expect(actOn(() => result.current.start(654321))).toEqual({ ok: false, reason: 'internal-call' });
      expect(bus.sent('DIALER.START_WARM_TRANSFER').length).toBe(0);
    });
  });

  describe('when the fetch fails', () => {
    it('keeps the reason until a retry succeeds', async () => {
      const bus = createScriptedBus();
      bus.answer('API.FETCH_AVAILABILITIES', () => ({
        type: 'API.FETCH_AVAILABILITIES_REJECTED',
        payload: { error: { message: 'Directory offline' } },
      }));
      const { result } = await renderDirectory(bus);
      expect(result.current.failure).toEqual({ ok: false, reason: 'rejected', message: 'Directory offline' });
      bus.answer('API.FETCH_AVAILABILITIES', () => ({
        type: 'API.FETCH_AVAILABILITIES_FULFILLED',
        payload: ALL,
      }));
      let retried: unknown;
      await act(async () => {
        retried = await result.current.fetchAvailabilities();
      });
      expect(retried).toMatchObject({ ok: true });
      expect(result.current.failure).toBeUndefined();
      expect(result.current.teammates).toHaveLength(2);
    });

    it('can be dismissed', async () => {
      const bus = createScriptedBus();
      bus.answer('API.FETCH_AVAILABILITIES', () => ({
        type: 'API.FETCH_AVAILABILITIES_REJECTED',
        payload: { error: 'nope' },
      }));
      const { result } = await renderDirectory(bus);
      expect(result.current.failure).toMatchObject({ reason: 'rejected', message: 'nope' });
      actOn(() => result.current.dismissFailure());
      expect(result.current.failure).toBeUndefined();
    });
  });

  it('ignores a SYNC whose user name is not text, and never throws on it', async () => {
    const bus = busAnswering();
    const { result } = await renderDirectory(bus);
    bus.push(
      busEvent.sync(
        callMetadata({
          activeParticipant: {
            user: { id: 654321, name: 42 },
            legId: 'l',
            isHeld: false,
            state: 'answering',
          } as never,
        }),
      ),
    );
    expect(result.current.teammates.map((t) => t.label)).toEqual(['Teammate 654321', 'Teammate 777001']);
  });
});
