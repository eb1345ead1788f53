import type { Diagnostic, DialerState } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

const selectDiagnostics = (state: DialerState): readonly Diagnostic[] => state.diagnostics.items;

/** The most recent diagnostics, oldest first (the store keeps a bounded number). */
export function useDiagnostics(): readonly Diagnostic[] {
  return useDialerSelector(selectDiagnostics, { hookName: 'useDiagnostics' });
}
