import { busEvent, callMetadata, callScripts, externalParty, TEST_CUSTOMER } from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useHoldTimer } from './useHoldTimer';

const held = (isHeld: boolean) =>
  busEvent.sync(callMetadata({ activeParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', isHeld) }));

describe('useHoldTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is zero while the party is talked with', async () => {
    const { result } = await probeOnScript(useHoldTimer, callScripts.connected);
    act(() => vi.advanceTimersByTime(3_000));
    expect(result.current).toEqual({ heldMs: 0, held: false });
  });

  it('counts from the SYNC that showed the hold, and stops when the party is back', async () => {
    const { result, bus } = await probeOnScript(useHoldTimer, callScripts.connected);
    act(() => vi.advanceTimersByTime(10_000));
    bus.push(held(true));
    expect(result.current).toEqual({ heldMs: 0, held: true });
    act(() => vi.advanceTimersByTime(42_000));
    expect(result.current).toEqual({ heldMs: 42_000, held: true });
    bus.push(held(false));
    expect(result.current).toEqual({ heldMs: 0, held: false });
  });
});
