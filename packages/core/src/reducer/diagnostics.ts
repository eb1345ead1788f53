import type { DiagnosticCode, DialerState } from '../state/DialerState';
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

/** {@link addDiagnostic} for a handler without a draft: the next state, its new objects frozen. */
export function withDiagnostic(
  state: DialerState,
  at: number,
  code: DiagnosticCode,
  message: string,
  source: DiagnosticSource = {},
): DialerState {
  const { diagnostics } = state;
  const total = diagnostics.total + 1;
  const items = [...diagnostics.items, Object.freeze({ seq: total, at, code, message, ...source })];
  const kept = Object.freeze(items.slice(Math.max(0, items.length - Math.max(0, diagnostics.limit))));
  return Object.freeze({ ...state, diagnostics: Object.freeze({ ...diagnostics, total, items: kept }) });
}
