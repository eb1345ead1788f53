import type { BusTransport, DialerStore } from '@dialer-kit/core';
import { DialerProvider, type DialerProviderProps, useDialerStore } from '@dialer-kit/react';
import { act, type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { JSXElementConstructor, ReactElement, ReactNode } from 'react';
import { bindAct } from './act';
import { createMemoryStorage } from './createMemoryStorage';
import type { ScriptedBus } from './createScriptedBus';
import { createTestBus, type TestBus } from './createTestBus';
import { TEST_TAGS } from './testData';

/** The props of a provider that makes its own store from a transport (the bus's, here). */
type ConnectionProps = Omit<
  Extract<DialerProviderProps, { readonly transport: BusTransport }>,
  'transport' | 'children' | 'store'
>;

/** Provider props `renderWithDialer` passes (all but the transport, which is the bus's). */
export type TestProviderProps = Partial<ConnectionProps>;

/** A bus `renderWithDialer` can render on: the simulated {@link TestBus} or a {@link ScriptedBus}. */
export type DialerTestBus = TestBus | ScriptedBus;

/** Options of {@link renderWithDialer}: Testing Library's render options, plus the bus and provider props. */
export interface RenderWithDialerOptions<B extends DialerTestBus = TestBus>
  extends Omit<RenderOptions, 'queries'> {
  /** The bus (default: a new {@link createTestBus}). */
  readonly bus?: B;
  /**
   * Provider props. Defaults: `tags` {@link TEST_TAGS}, `storage` a new {@link createMemoryStorage}, `now`
   * a test bus's clock (a scripted bus leaves the store its own), `appName` `"dialer-kit-testing"`,
   * `release` `"0.0.0"`.
   */
  readonly provider?: TestProviderProps;
}

/** What {@link renderWithDialer} returns: Testing Library's result, the bus and the provider's store. */
export type RenderWithDialerResult<B extends DialerTestBus = TestBus> = RenderResult & {
  readonly bus: B;
  /** The provider's store (read it with `getState()`; act through the UI or `bus.perform`). */
  readonly store: DialerStore;
};

function CaptureStore({ onStore }: { readonly onStore: (store: DialerStore) => void }): null {
  onStore(useDialerStore('renderWithDialer'));
  return null;
}

interface HarnessProps {
  readonly transport: BusTransport;
  readonly props: ConnectionProps;
  readonly onStore: (store: DialerStore) => void;
  /** The app's own wrapper (render's `wrapper` option), inside the provider. */
  readonly outer: JSXElementConstructor<{ readonly children: ReactNode }> | undefined;
  readonly children: ReactNode;
}

function TestProvider({ transport, props, onStore, outer: Outer, children }: HarnessProps): ReactNode {
  return (
    <DialerProvider transport={transport} {...props}>
      <CaptureStore onStore={onStore} />
      {Outer === undefined ? children : <Outer>{children}</Outer>}
    </DialerProvider>
  );
}

/**
 * Testing Library's `render` inside a `DialerProvider` connected to a test bus, once the kit is connected
 * (the bring-up has settled). Every delivery of the bus to the kit runs inside `act`.
 * @example
 * const { bus } = await renderWithDialer(<CallBar />);
 * await bus.incomingCall();
 * screen.getByRole('button', { name: 'Accept' });
 */
export async function renderWithDialer<B extends DialerTestBus = TestBus>(
  ui: ReactElement,
  options: RenderWithDialerOptions<B> = {},
): Promise<RenderWithDialerResult<B>> {
  const { bus = createTestBus() as B, provider, wrapper: Inner, ...renderOptions } = options;
  bindAct(bus, act);
  const providerProps: ConnectionProps = {
    appName: 'dialer-kit-testing',
    release: '0.0.0',
    tags: TEST_TAGS,
    storage: createMemoryStorage(),
    // A test bus's clock is the store's too; on a scripted bus the store keeps its own.
    ...('now' in bus ? { now: bus.now } : {}),
    ...provider,
  };
  const captured: { store?: DialerStore } = {};
  const onStore = (store: DialerStore): void => {
    captured.store = store;
  };
  const outer = Inner as JSXElementConstructor<{ readonly children: ReactNode }> | undefined;
  const wrapper = ({ children }: { readonly children: ReactNode }): ReactNode => (
    <TestProvider transport={bus.transport} props={providerProps} onStore={onStore} outer={outer}>
      {children}
    </TestProvider>
  );
  const result = render(ui, { ...renderOptions, wrapper });
  await bus.settle();
  const { store } = captured;
  if (store === undefined) throw new Error('renderWithDialer: the provider did not render');
  return { ...result, bus, store };
}

function HookProbe<T>({ hook, sink }: { readonly hook: () => T; readonly sink: { current: T } }): null {
  sink.current = hook();
  return null;
}

/**
 * An element that runs `hook` and keeps its latest result in `result.current`: render it with
 * {@link renderWithDialer}, alone or beside components, to test a hook (the kit's or the app's own).
 * @example
 * const { result, element } = probeHook(useCallStatus);
 * await renderWithDialer(element);
 * expect(result.current.status).toBe('idle');
 */
export function probeHook<T>(hook: () => T): {
  readonly result: { readonly current: T };
  readonly element: ReactElement;
} {
  const result = { current: undefined as T };
  return { result, element: <HookProbe hook={hook} sink={result} /> };
}

/**
 * Runs `fn` (a hook's or the store's verb) inside `act`, so the render it causes is applied, and returns
 * its result at once: to check what shows before the bus answers (`bus.perform` also waits for it).
 * @example const result = actOn(() => probe.result.current.hold()); expect(result).toEqual({ ok: true });
 */
export function actOn<T>(fn: () => T): T {
  let value: { readonly result: T } | undefined;
  act(() => {
    value = { result: fn() };
  });
  if (value === undefined) throw new Error('actOn: the callback did not run');
  return value.result;
}
