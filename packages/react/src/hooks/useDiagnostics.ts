import type { Diagnostic } from '@dialer-kit/core';
import { useStore } from 'zustand';
import { useDialerStore } from '../provider/useDialerStore';

/** The most recent diagnostics, oldest first (the store keeps a bounded number). */
export function useDiagnostics(): readonly Diagnostic[] {
  const store = useDialerStore('useDiagnostics');
  return useStore(store.api, (state) => state.diagnostics.items);
}
