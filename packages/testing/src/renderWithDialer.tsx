import type { BusTransport, DialerStore } from '@dialer-kit/core';
import { DialerProvider, type DialerProviderProps, useDialerStore } from '@dialer-kit/react';
import { act, type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { JSXElementConstructor, ReactElement, ReactNode } from 'react';
import { createMemoryStorage } from './createMemoryStorage';
import { bindAct, createTestBus, type TestBus } from './createTestBus';
import { TEST_TAGS } from './testData';

/** The props of a provider that makes its own store from a transport (the bus's, here). */
type ConnectionProps = Omit<
  Extract<DialerProviderProps, { readonly transport: BusTransport }>,
  'transport' | 'children' | 'store'
>;

/** Provider props `renderWithDialer` passes (all but the transport, which is the bus's). */
export type TestProviderProps = Partial<ConnectionProps>;

/** Options of {@link renderWithDialer}: Testing Library's render options, plus the bus and provider props. */
export interface RenderWithDialerOptions extends Omit<RenderOptions, 'queries'> {
  /** The bus (default: a new {@link createTestBus}). */
  readonly bus?: TestBus;
  /**
   * Provider props. Defaults: `tags` {@link TEST_TAGS}, `storage` a new {@link createMemoryStorage}, `now`
   * the bus's clock, `appName` `"dialer-kit-testing"`, `release` `"0.0.0"`.
   */
  readonly provider?: TestProviderProps;
}

/** What {@link renderWithDialer} returns: Testing Library's result, the bus and the provider's store. */
export type RenderWithDialerResult = RenderResult & {
  readonly bus: TestBus;
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
export async function renderWithDialer(
  ui: ReactElement,
  options: RenderWithDialerOptions = {},
): Promise<RenderWithDialerResult> {
  const { bus = createTestBus(), provider, wrapper: Inner, ...renderOptions } = options;
  bindAct(bus, act);
  const providerProps: ConnectionProps = {
    appName: 'dialer-kit-testing',
    release: '0.0.0',
    tags: TEST_TAGS,
    storage: createMemoryStorage(),
    now: bus.now,
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
