import { createDialerStore } from '@dialer-kit/core';
import { act, render, renderHook, screen } from '@testing-library/react';
import { Activity, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUSTOMER, script } from '../../test/callScripts';
import { busEvent, createFakeBus } from '../../test/fakeBus';
import { createMemoryStorage, renderWithDialer } from '../../test/renderWithDialer';
import { useAgentAvailability } from '../hooks/useAgentAvailability';
import { useBusConnection } from '../hooks/useBusConnection';
import { useCallDetails } from '../hooks/useCallDetails';
import { useCallFlow } from '../hooks/useCallFlow';
import { useCallParticipants } from '../hooks/useCallParticipants';
import { useCallStatus } from '../hooks/useCallStatus';
import { useCallSummary } from '../hooks/useCallSummary';
import { useCallTimer } from '../hooks/useCallTimer';
import { useControlState } from '../hooks/useControlState';
import { useDiagnostics } from '../hooks/useDiagnostics';
import { useDialer } from '../hooks/useDialer';
import { useDialerControls } from '../hooks/useDialerControls';
import { useDialerSelector } from '../hooks/useDialerSelector';
import { useIncomingCall } from '../hooks/useIncomingCall';
import { useLastFailure } from '../hooks/useLastFailure';
import { useMandatoryTagging } from '../hooks/useMandatoryTagging';
import { useWarmTransfer } from '../hooks/useWarmTransfer';
import { useWrapUpCountdown } from '../hooks/useWrapUpCountdown';
import { useMessages } from '../messages';
import { DialerProvider } from './DialerProvider';
import { useDialerStore } from './useDialerStore';

afterEach(() => {
  vi.restoreAllMocks();
});

function Grab({ sink }: { readonly sink: unknown[] }): null {
  sink.push(useDialerStore());
  return null;
}

function Status() {
  return <p>{useCallStatus()}</p>;
}

describe('DialerProvider', () => {
  describe('under React StrictMode', () => {
    it('sends exactly one REGISTER and one INIT, and the connection stays live', async () => {
      const bus = createFakeBus();
      const { store } = await renderWithDialer(<Status />, { bus, strict: true });
      await act(async () => {});

      expect(bus.count('BUS.REGISTER')).toBe(1);
      expect(bus.count('BUS.INIT')).toBe(1);
      expect(bus.count('BUS.DESTROY')).toBe(0);
      expect(store.getState().connection).toBe('ready');
      expect(bus.listenerCount()).toBeGreaterThan(0);
    });

    it('keeps one INIT when the app itself wraps the provider', async () => {
      const bus = createFakeBus();
      const { unmount } = render(
        <StrictMode>
          <DialerProvider transport={bus.transport} appName="a" release="1" storage={null}>
            <Status />
          </DialerProvider>
        </StrictMode>,
      );
      await bus.flush();
      await act(async () => {});
      expect([bus.count('BUS.REGISTER'), bus.count('BUS.INIT'), bus.count('BUS.DESTROY')]).toEqual([1, 1, 0]);
      unmount();
      await act(async () => {});
      expect(bus.count('BUS.DESTROY')).toBe(1);
    });

    it('sends DESTROY once when the provider unmounts', async () => {
      const bus = createFakeBus();
      const { unmount } = await renderWithDialer(<Status />, { bus, strict: true });
      unmount();
      await act(async () => {});

      expect(bus.count('BUS.DESTROY')).toBe(1);
      expect(bus.count('BUS.INIT')).toBe(1);
    });
  });

  it('opens a new connection when shown again after <Activity> hid it', async () => {
    const bus = createFakeBus();
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
    await bus.flush();
    rerender(tree('hidden'));
    await act(async () => {});
    expect(bus.count('BUS.DESTROY')).toBe(1);

    rerender(tree('visible'));
    await bus.flush();
    expect([bus.count('BUS.REGISTER'), bus.count('BUS.INIT'), bus.count('BUS.DESTROY')]).toEqual([2, 2, 1]);
    expect(stores.at(-1)).not.toBe(stores[0]);
    expect((stores.at(-1) as ReturnType<typeof useDialerStore>).getState().connection).toBe('ready');
  });

  it('gives each provider its own store and bus connection', async () => {
    const first = createFakeBus();
    const second = createFakeBus();
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
    );
    await first.flush();
    await second.flush();

    expect(stores[0]).not.toBe(stores[1]);
    expect(first.commands('BUS.REGISTER')).toMatchObject([{ payload: { appName: 'a', release: '1' } }]);
    expect(second.commands('BUS.REGISTER')).toMatchObject([{ payload: { appName: 'b', release: '1' } }]);
  });

  it('merges message overrides over the English defaults', async () => {
    const { result } = renderHook(() => useMessages(), {
      wrapper: ({ children }) => (
        <DialerProvider
          transport={createFakeBus().transport}
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
      provider: {
        onIncomingCall: (record) => told.push(`incoming ${record.callId} ${record.party?.phoneNumber}`),
        onCallAnswered: (record) => told.push(`answered ${record.callId}`),
        onCallEnded: (record) => told.push(`ended ${record.callId} ${record.endedBy}`),
        onCallTagged: (tagged) => told.push(`tagged ${tagged.callId} ${tagged.tags.map((t) => t.id)}`),
      },
    });
    bus.push(busEvent.incoming({ from: CUSTOMER }));
    bus.push(busEvent.incoming({ from: CUSTOMER }));
    bus.push(busEvent.callStatus('accepting', 'regular'));
    script.mandatoryTagging(bus);
    bus.push({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 101, name: 'Sale' }] });
    bus.push(busEvent.callStatus('ended', 'regular'), busEvent.callStatus('ended', 'regular'));
    expect(told).toEqual([`incoming 1 ${CUSTOMER}`, 'answered 1', 'tagged 1 101', 'ended 1 other-party']);
  });

  it('reports diagnostics to the latest onDiagnostic', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    const bus = createFakeBus();
    const { rerender } = render(
      <DialerProvider transport={bus.transport} appName="a" release="1" storage={null} onDiagnostic={first}>
        <Status />
      </DialerProvider>,
    );
    await bus.flush();
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

describe('given a ready store', () => {
  /** A store a host created outside React, on a fake bus. */
  function hostStore() {
    const bus = createFakeBus();
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
    expect(bus.count('BUS.REGISTER')).toBe(0);
    store.start();
    await bus.flush();
    expect(store.getState().connection).toBe('ready');
    bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 'ringing', flow: 'regular' } });
    expect(screen.getByText('ringing')).toBeInTheDocument();
  });

  it('never disposes it: the store outlives the provider, whose host disposes it', async () => {
    const { bus, store } = hostStore();
    store.start();
    await bus.flush();
    const { unmount } = render(
      <StrictMode>
        <DialerProvider store={store}>
          <Status />
        </DialerProvider>
      </StrictMode>,
    );
    unmount();
    await act(async () => {});
    expect(bus.count('BUS.DESTROY')).toBe(0);
    expect(store.getState().connection).toBe('ready');
    render(
      <DialerProvider store={store}>
        <Status />
      </DialerProvider>,
    );
    expect(screen.getByText('idle')).toBeInTheDocument();
    expect(bus.count('BUS.INIT')).toBe(1);
    act(() => store.dispose());
    expect(bus.count('BUS.DESTROY')).toBe(1);
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

const HOOKS: ReadonlyArray<readonly [string, () => unknown]> = [
  ['useCallStatus', useCallStatus],
  ['useCallSummary', useCallSummary],
  ['useCallFlow', useCallFlow],
  ['useAgentAvailability', useAgentAvailability],
  ['useWarmTransfer', useWarmTransfer],
  ['useMandatoryTagging', useMandatoryTagging],
  ['useIncomingCall', useIncomingCall],
  ['useCallParticipants', useCallParticipants],
  ['useCallTimer', useCallTimer],
  ['useCallDetails', useCallDetails],
  ['useDialerControls', useDialerControls],
  ['useControlState', () => useControlState('dial')],
  ['useDialer', useDialer],
  ['useBusConnection', useBusConnection],
  ['useDiagnostics', useDiagnostics],
  ['useWrapUpCountdown', useWrapUpCountdown],
  ['useLastFailure', useLastFailure],
  ['useMessages', useMessages],
  ['useDialerStore', () => useDialerStore()],
  ['useDialerSelector', () => useDialerSelector((state) => state.connection)],
];

function AllHooks() {
  for (const [, hook] of HOOKS) hook();
  return <p>all hooks ran</p>;
}

describe('outside a DialerProvider', () => {
  it.each(HOOKS)('%s throws a clear error', (name, hook) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(hook)).toThrow(new Error(`${name} must be used inside <DialerProvider>`));
  });

  it('does not throw inside one', async () => {
    await renderWithDialer(<AllHooks />);
    expect(screen.getByText('all hooks ran')).toBeInTheDocument();
  });
});
