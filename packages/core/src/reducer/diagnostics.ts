import type { Diagnostic, DiagnosticCode } from '../state/DialerState';
import { castDraft, type DraftState, plain } from './types';

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
  const diagnostic: Diagnostic = { seq: diagnostics.total, at, code, message, ...source };
  // One new array from the items as plain data: pushing to the draft then splicing the oldest off moved
  // every item through the draft: a rejected message cost about 200 us once the buffer was full, 40 now.
  const held = plain(diagnostics.items);
  const limit = Math.max(0, diagnostics.limit);
  const items = held.slice(Math.max(0, held.length + 1 - limit));
  if (limit > 0) items.push(diagnostic);
  diagnostics.items = castDraft(items);
}
