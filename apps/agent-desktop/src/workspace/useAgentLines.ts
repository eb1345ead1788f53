import type { Line } from '@dialer-kit/core';
import { useDialerStore } from '@dialer-kit/react';
import { useStore } from 'zustand';

/** The agent's phone lines as the bus reported them (empty until it does). */
export function useAgentLines(): readonly Line[] {
  const store = useDialerStore();
  return useStore(store, (state) => state.lines);
}
