import { useDialerStore } from '@dialer-kit/react';
import { useEffect } from 'react';
import type { HostHooks } from './exposeHostHooks';

/** Reports every connection state the store goes through, and the tab's roles (a subscription misses none). */
export function ConnectionRecorder({
  hooks,
}: {
  readonly hooks: Pick<HostHooks, 'recordConnection' | 'recordRole'>;
}) {
  const store = useDialerStore();
  useEffect(() => {
    hooks.recordConnection(store.getState().connection);
    const { tab } = store;
    if (tab !== undefined) hooks.recordRole(tab.role());
    const stops = [
      store.subscribe((state, previous) => {
        if (state.connection !== previous.connection) hooks.recordConnection(state.connection);
      }),
      tab?.subscribe(() => hooks.recordRole(tab.role())),
    ];
    return () => {
      for (const stop of stops) stop?.();
    };
  }, [store, hooks]);
  return null;
}
