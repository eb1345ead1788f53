import type { DiagnosticCode } from '../state/DialerState';
import type { DraftState } from './types';

/** Where a diagnostic points: the field and the message type, when known. */
export interface DiagnosticSource {
  readonly path?: string;
  readonly messageType?: string;
}

/** Appends a diagnostic to the ring buffer, dropping the oldest beyond its limit. */
export function addDiagnostic(
  draft: DraftState,
  at: number,
  code: DiagnosticCode,
  message: string,
  source: DiagnosticSource = {},
): void {
  const diagnostics = draft.diagnostics;
  diagnostics.total += 1;
  diagnostics.items.push({ seq: diagnostics.total, at, code, message, ...source });
  const excess = diagnostics.items.length - Math.max(0, diagnostics.limit);
  if (excess > 0) diagnostics.items.splice(0, excess);
}
