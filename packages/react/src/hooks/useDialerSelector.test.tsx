import { type DialerState, selectOfferedCall } from '@dialer-kit/core';
import { busEvent, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDialerSelector } from './useDialerSelector';

/** A probe that counts its renders. */
function counted<T>(hook: () => T) {
  const renders = { count: 0 };
  const probe = probeHook(() => {
    renders.count += 1;
    return hook();
  });
  return { ...probe, renders };
}

const statusAndFlow = (state: DialerState) => ({ status: state.call.status, flow: state.call.flow });

describe('useDialerSelector', () => {
  it('gives what a core selector derives from the state, and follows it', async () => {
    const { result, element } = probeHook(() => useDialerSelector(selectOfferedCall));
    const { bus } = await renderWithDialer(element, { bus: createScriptedBus() });
    expect(result.current).toBeUndefined();
    bus.push(busEvent.incoming({ callUuid: 'CA42' }));
    expect(result.current).toMatchObject({ callUuid: 'CA42', answer: 'offered' });
  });

  it("with shallow equality, re-renders only when one of the object's fields changes", async () => {
    const { result, element, renders } = counted(() =>
      useDialerSelector(statusAndFlow, { equality: 'shallow' }),
    );
    const { bus } = await renderWithDialer(element, { bus: createScriptedBus(), reactStrictMode: false });
    const before = renders.count;
    const first = result.current;
    bus.push(busEvent.availability('available'));
    expect(renders.count).toBe(before);
    expect(result.current).toBe(first);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(result.current).toEqual({ status: 'connected', flow: 'regular' });
    expect(renders.count).toBe(before + 1);
  });

  it('takes an equality function of its own', async () => {
    const sameStatus = vi.fn((a: { status: string }, b: { status: string }) => a.status === b.status);
    const { result, element, renders } = counted(() =>
      useDialerSelector(statusAndFlow, { equality: sameStatus }),
    );
    const { bus } = await renderWithDialer(element, { bus: createScriptedBus(), reactStrictMode: false });
    const before = renders.count;
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(sameStatus).toHaveBeenCalled();
    expect(result.current.status).toBe('connected');
    expect(renders.count).toBe(before + 1);
  });

  it('names the hook built on it in the error thrown outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useDialerSelector(statusAndFlow, { hookName: 'useMyCall' }))).toThrow(
      new Error('useMyCall must be used inside <DialerProvider>'),
    );
    vi.restoreAllMocks();
  });
});
