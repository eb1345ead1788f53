import type { DialerStore } from '@dialer-kit/core';
import { createMemoryStorage } from '@dialer-kit/testing';
import { act, type RenderOptions, type RenderResult, render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { DialerProvider, type DialerProviderConnectionProps } from '../src/provider/DialerProvider';
import { useDialerStore } from '../src/provider/useDialerStore';
import { createFakeBus, type FakeBus } from './fakeBus';

/** Options of {@link renderWithDialer}. */
export interface RenderWithDialerOptions extends Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** The bus to talk to (default: a fresh {@link createFakeBus}). */
  readonly bus?: FakeBus;
  /** Wrap in `<StrictMode>` (default true: the kit must survive double mounting). */
  readonly strict?: boolean;
  /** Extra provider props (the default storage is a fresh in-memory one). */
  readonly provider?: Partial<Omit<DialerProviderConnectionProps, 'transport' | 'children'>>;
  /** Options of `userEvent.setup` (pass `advanceTimers` with fake timers). */
  readonly userEvent?: Parameters<typeof userEvent.setup>[0];
  /** Wait for the bring-up answers before returning (default true). */
  readonly settle?: boolean;
}

/** What {@link renderWithDialer} returns: RTL's result plus the bus, the provider's store and a user. */
export type RenderWithDialerResult = RenderResult & {
  readonly bus: FakeBus;
  readonly store: DialerStore;
  readonly user: UserEvent;
};

// The kit's tests use the public test kit's in-memory storage (one per test, so selections do not leak).
export { createMemoryStorage };

function Capture({ onStore }: { readonly onStore: (store: DialerStore) => void }): null {
  onStore(useDialerStore());
  return null;
}

interface HarnessProps {
  readonly bus: FakeBus;
  readonly providerProps: Omit<DialerProviderConnectionProps, 'transport' | 'children'>;
  readonly onStore: (store: DialerStore) => void;
  readonly children: ReactNode;
}

function DialerHarness({ bus, providerProps, onStore, children }: HarnessProps): ReactNode {
  return (
    <DialerProvider transport={bus.transport} {...providerProps}>
      <Capture onStore={onStore} />
      {children}
    </DialerProvider>
  );
}

/**
 * Renders `ui` inside a {@link DialerProvider} wired to a fake bus that answers the bring-up, and waits
 * for it. The one render helper of the React tests.
 */
export async function renderWithDialer(
  ui: ReactElement,
  options: RenderWithDialerOptions = {},
): Promise<RenderWithDialerResult> {
  const {
    bus = createFakeBus(),
    strict = true,
    provider,
    userEvent: userOptions,
    settle = true,
    ...rest
  } = options;
  const captured: { store?: DialerStore } = {};
  const providerProps = {
    appName: 'dialer-kit-tests',
    release: '0.0.0-test',
    storage: createMemoryStorage(),
    ...provider,
  };
  const onStore = (store: DialerStore): void => {
    captured.store = store;
  };
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <DialerHarness bus={bus} providerProps={providerProps} onStore={onStore}>
      {children}
    </DialerHarness>
  );

  const user = userEvent.setup(userOptions);
  // StrictMode must be the root: React double-mounts only trees placed inside an existing StrictMode.
  const result = render(ui, { ...rest, wrapper, reactStrictMode: strict });
  if (settle) await bus.flush();
  const { store } = captured;
  if (store === undefined) throw new Error('renderWithDialer: the provider did not render');
  return { ...result, bus, store, user };
}

function HookProbe<T>({ hook, sink }: { readonly hook: () => T; readonly sink: { current: T } }): null {
  sink.current = hook();
  return null;
}

/**
 * An element that runs `hook` and keeps its latest result, for hook tests through {@link renderWithDialer}.
 * @example const { result, element } = probeHook(useCallStatus); await renderWithDialer(element);
 */
export function probeHook<T>(hook: () => T): {
  readonly result: { readonly current: T };
  readonly element: ReactElement;
} {
  const result = { current: undefined as T };
  return { result, element: <HookProbe hook={hook} sink={result} /> };
}

/** Runs `fn` (a verb call) inside `act` so the re-render it causes is applied, and returns its result. */
export function actOn<T>(fn: () => T): T {
  let value: { readonly result: T } | undefined;
  act(() => {
    value = { result: fn() };
  });
  if (value === undefined) throw new Error('actOn: the callback did not run');
  return value.result;
}
