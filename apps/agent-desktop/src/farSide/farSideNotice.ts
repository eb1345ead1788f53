import type { FaultableOperation } from '@dialer-kit/simulator';

/** The Far side panel's status line: its text and a count that changes with every notice. */
export interface FarSideNotice {
  readonly text: string;
  /** Keys the text's node: a new node per notice makes the live region speak the same words again. */
  readonly seq: number;
}

/** The status line before anything happened. */
export const NO_NOTICE: FarSideNotice = { text: '', seq: 0 };

/** The notice following `previous` saying `text` (a new one even when the words repeat). */
export function nextNotice(previous: FarSideNotice, text: string): FarSideNotice {
  return { text, seq: previous.seq + 1 };
}

/** What the status line says when an action is refused. */
export const refusalNotice = (label: string): string => `${label}: nothing to do (see the log)`;

/** What the status line says once a failure is armed. */
export const faultNotice = (operation: FaultableOperation): string => `Next ${operation} will fail`;
