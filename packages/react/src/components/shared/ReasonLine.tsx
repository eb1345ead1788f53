import type { ControlState } from '@dialer-kit/core';
import { type ReactNode, useId } from 'react';
import { useMessages } from '../../messages';
import { isTransient } from './ControlButton';

/** One reason of a {@link ReasonLineCollector}: its text and the id the buttons it explains point at. */
interface ReasonEntry {
  readonly id: string;
  readonly text: string;
}

/**
 * Why the disabled buttons of one action row are disabled, said once per distinct reason in one line
 * under the row (so reasons never push buttons onto new rows). Made afresh at each render: the row's
 * buttons ask for their `reasonId` while it renders, then {@link ReasonLine} shows what they asked for.
 */
export interface ReasonLineCollector {
  /**
   * The props of a `ControlButton` driving `control`: the id of its reason in the line, when it is
   * disabled for a lasting reason (`text` overrides the reason's message, e.g. "Pick at least one tag").
   */
  describe(control: ControlState, text?: string): { readonly reasonId?: string };
  readonly entries: readonly ReasonEntry[];
}

/**
 * A {@link ReasonLineCollector} for one action row.
 * @example const reasons = useReasonLine(); <ControlButton control={c} {...reasons.describe(c)} /> <ReasonLine reasons={reasons} />
 */
export function useReasonLine(): ReasonLineCollector {
  const baseId = useId();
  const messages = useMessages();
  const entries: ReasonEntry[] = [];
  return {
    entries,
    describe(control, text) {
      const { reason } = control;
      if (control.enabled || reason === 'not-supported' || isTransient(reason)) return {};
      const words = text ?? (reason && messages.reasons[reason]);
      if (words === undefined) return {};
      let entry = entries.find((candidate) => candidate.text === words);
      if (entry === undefined) {
        entry = { id: `${baseId}-${entries.length}`, text: words };
        entries.push(entry);
      }
      return { reasonId: entry.id };
    },
  };
}

/** Props of {@link ReasonLine}. */
export interface ReasonLineProps {
  readonly reasons: ReasonLineCollector;
}

/** The reasons the row's buttons asked for, in one line (nothing when every button may be used). */
export function ReasonLine({ reasons }: ReasonLineProps): ReactNode {
  if (reasons.entries.length === 0) return null;
  return (
    <p className="dk-reasons">
      {reasons.entries.map((entry) => (
        <span key={entry.id} id={entry.id} className="dk-hint">
          {entry.text}
        </span>
      ))}
    </p>
  );
}
