import { type ControlState, getControls, type Line, lineNumber, selectedLine } from '@dialer-kit/core';
import { useCallback, useMemo, useState } from 'react';
import { useDialerSelector } from './useDialerSelector';

const HOOK = 'useLineSelect';

/** Options of {@link useLineSelect}: the picked line, controlled (`value`) or not (`defaultValue`). */
export interface LineSelectOptions {
  /** The picked line's id (controlled); `undefined` leaves the pick to the hook. */
  readonly value?: number | undefined;
  /** The line picked at first (uncontrolled). Default: the agent's first line. */
  readonly defaultValue?: number | undefined;
  /** Called with the line's id when the agent picks one. */
  readonly onValueChange?: ((lineId: number) => void) | undefined;
}

/** What {@link useLineSelect} returns: the agent's lines, the one calls go out from, and `select`. */
export interface LineSelectView {
  /** The agent's lines as the bus reported them (`USER.LINES_CHANGED`), empty until it does. */
  readonly lines: readonly Line[];
  /** The line calls go out from: the pick while the bus lists it, else the first line with a number. */
  readonly line: Line | undefined;
  /** Its number, for `DialPad`'s `from` or `dial(to, { from })`. */
  readonly from: string | undefined;
  /**
   * Whether the line may be picked now: as long as a call may be dialled (not during a call, nor while the
   * last call waits for its tags, nor without a line), with the reason it may not.
   */
  readonly selectControl: ControlState;
  /** Picks the line `lineId` (ignored while the control is disabled or for a line without a number). */
  readonly select: (lineId: number) => void;
}

/**
 * The outgoing line: the agent's lines, the one picked, its number to dial from, and whether it may be
 * changed now. Pass `value` and `onValueChange` to hold the pick yourself.
 * @example const { from } = useLineSelect({ value: lineId }); <DialPad from={from} />
 */
export function useLineSelect(options: LineSelectOptions = {}): LineSelectView {
  const { value, defaultValue, onValueChange } = options;
  const lines = useDialerSelector((state) => state.lines, { hookName: HOOK });
  const control = useDialerSelector((state) => getControls(state).dial, {
    equality: 'shallow',
    hookName: HOOK,
  });
  const [own, setOwn] = useState<number | undefined>(defaultValue);
  const picked = value ?? own;
  const line = selectedLine(lines, picked);

  const select = useCallback(
    (lineId: number) => {
      if (!control.enabled) return;
      const next = lines.find((candidate) => candidate.id === lineId);
      if (next === undefined || lineNumber(next) === undefined) return;
      setOwn(lineId);
      onValueChange?.(lineId);
    },
    [control, lines, onValueChange],
  );

  return useMemo(
    () => ({
      lines,
      line,
      from: line === undefined ? undefined : lineNumber(line),
      selectControl: control,
      select,
    }),
    [lines, line, control, select],
  );
}
