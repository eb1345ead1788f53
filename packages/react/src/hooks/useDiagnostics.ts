import type { Diagnostic } from '@dialer-kit/core';
import { useDialerSelector } from '../provider/useDialerStore';

/** The most recent diagnostics, oldest first (the store keeps a bounded number). */
export function useDiagnostics(): readonly Diagnostic[] {
  return useDialerSelector('useDiagnostics', (state) => state.diagnostics.items);
}
