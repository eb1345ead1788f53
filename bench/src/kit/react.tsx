// The bench's one touch point with @dialer-kit/react: the whole kit on one page (the provider and every
// component), each component in a Profiler, and the provider's store handed back as the agent's verbs.
import type { BusTransport, DialerStore } from '@dialer-kit/core';
import {
  AvailabilityBadge,
  CallBar,
  DialerProvider,
  DialPad,
  IncomingCallBanner,
  MandatoryTagModal,
  useDialerStore,
  WarmTransferControls,
} from '@dialer-kit/react';
import { type ComponentType, Profiler, type ReactNode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { type Agent, agentOf } from './core';
import { TAGS } from './simulator';

/** The components on the page, by name (each is profiled on its own). */
const PARTS: readonly (readonly [string, ComponentType])[] = [
  ['AvailabilityBadge', AvailabilityBadge],
  ['IncomingCallBanner', IncomingCallBanner],
  ['CallBar', CallBar],
  ['WarmTransferControls', WarmTransferControls],
  ['DialPad', DialPad],
  ['MandatoryTagModal', MandatoryTagModal],
];

/** Called after each React commit that rendered a component: its name, and its element on the page. */
export type OnCommit = (part: string, element: HTMLElement) => void;

function Part(props: { readonly name: string; readonly onCommit: OnCommit; readonly children: ReactNode }) {
  const element = useRef<HTMLDivElement>(null);
  const { name, onCommit } = props;
  return (
    <div data-part={name} ref={element}>
      <Profiler
        id={name}
        onRender={() => {
          if (element.current) onCommit(name, element.current);
        }}
      >
        {props.children}
      </Profiler>
    </div>
  );
}

/** Hands over the provider's store once it has started (the provider starts it in its own effect). */
function Started({ onStarted }: { readonly onStarted: (store: DialerStore) => void }): null {
  const store = useDialerStore();
  useEffect(() => {
    // A child's effects run before its parent's: the provider's runs in the same flush, before this task.
    queueMicrotask(() => onStarted(store));
  }, [store, onStarted]);
  return null;
}

/** The kit mounted in a container: the agent's verbs on its store, and how to take it down. */
export interface MountedKit {
  readonly agent: Agent;
  unmount(): void;
}

/**
 * Renders the provider on `transport` with every component into `container`, and resolves once the
 * provider's store has started. `onCommit` needs a build of React that runs Profilers (development or
 * profiling).
 */
export function mountKit(
  container: HTMLElement,
  transport: BusTransport,
  onCommit: OnCommit,
): Promise<MountedKit> {
  const root = createRoot(container);
  return new Promise((resolve) => {
    const onStarted = (store: DialerStore): void =>
      resolve({ agent: agentOf(store), unmount: () => root.unmount() });
    root.render(
      <DialerProvider transport={transport} appName="bench" release="0.0.0" tags={TAGS} storage={null}>
        <Started onStarted={onStarted} />
        {PARTS.map(([name, Component]) => (
          <Part key={name} name={name} onCommit={onCommit}>
            <Component />
          </Part>
        ))}
      </DialerProvider>,
    );
  });
}
