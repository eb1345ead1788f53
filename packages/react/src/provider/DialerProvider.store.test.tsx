import { createDialerStore } from '@dialer-kit/core';
import { createScriptedBus } from '@dialer-kit/testing';
import { act, render, renderHook, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { useMessages } from '../messages';
import { DialerProvider } from './DialerProvider';
import { Grab, Status } from './providerProbes';

// A host that creates the store outside React (as TanStack Query's provider takes a client) gives it ready.

describe('given a ready store', () => {
  /** A store a host created outside React, on a fake bus. */
  function hostStore() {
    const bus = createScriptedBus({ act });
    const store = createDialerStore({
      transport: bus.transport,
      appName: 'host',
      release: '1',
      origin: 'https://host.example',
    });
    return { bus, store };
  }

  it('gives its descendants that store, and leaves starting it to the host', async () => {
    const { bus, store } = hostStore();
    const seen: unknown[] = [];
    render(
      <StrictMode>
        <DialerProvider store={store}>
          <Grab sink={seen} />
          <Status />
        </DialerProvider>
      </StrictMode>,
    );
    await act(async () => {});
    expect(seen.every((given) => given === store)).toBe(true);
    expect(bus.sent('BUS.REGISTER').length).toBe(0);
    store.start();
    await bus.settle();
    expect(store.getState().connection).toBe('ready');
    bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 'ringing', flow: 'regular' } });
    expect(screen.getByText('ringing')).toBeInTheDocument();
  });

  it('never disposes it: the store outlives the provider, whose host disposes it', async () => {
    const { bus, store } = hostStore();
    store.start();
    await bus.settle();
    const { unmount } = render(
      <StrictMode>
        <DialerProvider store={store}>
          <Status />
        </DialerProvider>
      </StrictMode>,
    );
    unmount();
    await act(async () => {});
    expect(bus.sent('BUS.DESTROY').length).toBe(0);
    expect(store.getState().connection).toBe('ready');
    render(
      <DialerProvider store={store}>
        <Status />
      </DialerProvider>,
    );
    expect(screen.getByText('idle')).toBeInTheDocument();
    expect(bus.sent('BUS.INIT').length).toBe(1);
    act(() => store.dispose());
    expect(bus.sent('BUS.DESTROY').length).toBe(1);
  });

  it('takes the tags and messages as with its own store', async () => {
    const { store } = hostStore();
    const { result } = renderHook(() => useMessages(), {
      wrapper: ({ children }) => (
        <DialerProvider store={store} messages={{ controls: { accept: 'Décrocher' } }}>
          {children}
        </DialerProvider>
      ),
    });
    expect(result.current.controls.accept).toBe('Décrocher');
  });
});
