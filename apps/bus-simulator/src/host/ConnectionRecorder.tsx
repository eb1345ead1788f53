import type { ConnectionState } from '@dialer-kit/core';
import { useDialerStore } from '@dialer-kit/react';
import { useEffect } from 'react';

/** Reports every connection state the store goes through (a store subscription misses none). */
export function ConnectionRecorder({
  onConnection,
}: {
  readonly onConnection: (state: ConnectionState) => void;
}) {
  const store = useDialerStore();
  useEffect(() => {
    onConnection(store.getState().connection);
    return store.subscribe((state, previous) => {
      if (state.connection !== previous.connection) onConnection(state.connection);
    });
  }, [store, onConnection]);
  return null;
}
