import type { DialerState } from '../state/DialerState';

/** The line to dial from: the current call's line, else the agent's first line; `undefined` when none. */
export function defaultLine(state: DialerState): string | undefined {
  const current = state.call.metadata?.line?.normalized;
  if (current) return current;
  const first = state.lines[0];
  return first?.normalized || first?.number || undefined;
}
