import {
  busEvent,
  callScripts,
  createMemoryStorage,
  createScriptedBus,
  renderWithDialer,
  TEST_CUSTOMER,
} from '@dialer-kit/testing';
import { act, render, renderHook, screen } from '@testing-library/react';
import { Activity, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMessages } from '../messages';
import { DialerProvider } from './DialerProvider';
import { Grab, Status } from './providerProbes';
import type { useDialerStore } from './useDialerStore';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DialerProvider', () => {
  describe('under React StrictMode', () => {
    it('sends exactly one REGISTER and one INIT, and the connection stays live', async () => {
      const bus = createScriptedBus({ act });
      const { store } = await renderWithDialer(<Status />, { bus, reactStrictMode: true });
      await act(async () => {});

      expect(bus.sent('BUS.REGISTER').length).toBe(1);
      expect(bus.sent('BUS.INIT').length).toBe(1);
      expect(bus.sent('BUS.DESTROY').length).toBe(0);
      expect(store.getState().connection).toBe('ready');
      expect(bus.listenerCount()).toBeGreaterThan(0);
    });

    it('keeps one INIT when the app itself wraps the provider', async () => {
      const bus = createScriptedBus({ act });
      const { unmount } = render(
        <StrictMode>
          <DialerProvider transport={bus.transport} appName="a" release="1" storage={null}>
            <Status />
          </DialerProvider>
        </StrictMode>,
      );
      await bus.settle();
      await act(async () => {});
      expect([
        bus.sent('BUS.REGISTER').length,
        bus.sent('BUS.INIT').length,
        bus.sent('BUS.DESTROY').length,
      ]).toEqual([1, 1, 0]);
      unmount();
      await act(async () => {});
      expect(bus.sent('BUS.DESTROY').length).toBe(1);
    });

    it('sends DESTROY once when the provider unmounts', async () => {
      const bus = createScriptedBus({ act });
      const { unmount } = await renderWithDialer(<Status />, { bus, reactStrictMode: true });
      unmount();
      await act(async () => {});

      expect(bus.sent('BUS.DESTROY').length).toBe(1);
      expect(bus.sent('BUS.INIT').length).toBe(1);
    });
  });

  it('opens a new connection when shown again after <Activity> hid it', async () => {
    const bus = createScriptedBus({ act });
    const stores: unknown[] = [];
    const tree = (mode: 'visible' | 'hidden') => (
      <Activity mode={mode}>
        <DialerProvider transport={bus.transport} appName="a" release="1" storage={null}>
          <Grab sink={stores} />
          <Status />
        </DialerProvider>
      </Activity>
    );
    const { rerender } = render(tree('visible'));
    await bus.settle();
    rerender(tree('hidden'));
    await act(async () => {});
    expect(bus.sent('BUS.DESTROY').length).toBe(1);

    rerender(tree('visible'));
    await bus.settle();
    expect([
      bus.sent('BUS.REGISTER').length,
      bus.sent('BUS.INIT').length,
      bus.sent('BUS.DESTROY').length,
    ]).toEqual([2, 2, 1]);
    expect(stores.at(-1)).not.toBe(stores[0]);
    expect((stores.at(-1) as ReturnType<typeof useDialerStore>).getState().connection).toBe('ready');
  });

  it('gives each provider its own store and bus connection', async () => {
    const first = createScriptedBus({ act });
    const second = createScriptedBus({ act });
    const stores: unknown[] = [];
    render(
      <>
        <DialerProvider transport={first.transport} appName="a" release="1" storage={null}>
          <Grab sink={stores} />
        </DialerProvider>
        <DialerProvider transport={second.transport} appName="b" release="1" storage={null}>
          <Grab sink={stores} />
        </DialerProvider>
      </>,
      // Outside StrictMode: each provider renders Grab once, so the sink holds one store per provider.
      { reactStrictMode: false },
    );
    await first.settle();
    await second.settle();

    expect(stores[0]).not.toBe(stores[1]);
    expect(first.sent('BUS.REGISTER')).toMatchObject([{ payload: { appName: 'a', release: '1' } }]);
    expect(second.sent('BUS.REGISTER')).toMatchObject([{ payload: { appName: 'b', release: '1' } }]);
  });

  it('merges message overrides over the English defaults', async () => {
    const { result } = renderHook(() => useMessages(), {
      wrapper: ({ children }) => (
        <DialerProvider
          transport={createScriptedBus({ act }).transport}
          appName="a"
          release="1"
          storage={createMemoryStorage()}
          messages={{ controls: { accept: 'Décrocher' } }}
        >
          {children}
        </DialerProvider>
      ),
    });

    expect(result.current.controls.accept).toBe('Décrocher');
    expect(result.current.controls.reject).toBe('Reject');
    expect(result.current.status.ringing).toBe('Ringing');
  });

  it('passes the call lifecycle callbacks to its store: the caller popped, the call logged, once each', async () => {
    const told: string[] = [];
    const { bus } = await renderWithDialer(<p>desk</p>, {
      bus: createScriptedBus({ act }),
      provider: {
        onIncomingCall: (record) => told.push(`incoming ${record.callId} ${record.party?.phoneNumber}`),
        onCallAnswered: (record) => told.push(`answered ${record.callId}`),
        onCallEnded: (record) => told.push(`ended ${record.callId} ${record.endedBy}`),
        onCallTagged: (tagged) => told.push(`tagged ${tagged.callId} ${tagged.tags.map((t) => t.id)}`),
      },
    });
    bus.push(busEvent.incoming({ from: TEST_CUSTOMER }));
    bus.push(busEvent.incoming({ from: TEST_CUSTOMER }));
    bus.push(busEvent.callStatus('accepting', 'regular'));
    callScripts.mandatoryTagging(bus);
    bus.push({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 101, name: 'Sale' }] });
    bus.push(busEvent.callStatus('ended', 'regular'), busEvent.callStatus('ended', 'regular'));
    expect(told).toEqual([
      `incoming 1 ${TEST_CUSTOMER}`,
      'answered 1',
      'tagged 1 101',
      'ended 1 other-party',
    ]);
  });

  it('reports diagnostics to the latest onDiagnostic', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    const bus = createScriptedBus({ act });
    const { rerender } = render(
      <DialerProvider transport={bus.transport} appName="a" release="1" storage={null} onDiagnostic={first}>
        <Status />
      </DialerProvider>,
    );
    await bus.settle();
    rerender(
      <DialerProvider transport={bus.transport} appName="a" release="1" storage={null} onDiagnostic={latest}>
        <Status />
      </DialerProvider>,
    );
    bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 'teleporting', flow: 'regular' } });

    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid-message' }));
    expect(screen.getByText('idle')).toBeInTheDocument();
  });
});
