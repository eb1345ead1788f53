import type { Line } from '../protocol/entities';

/** The number calls on `line` go out from (`DIALER.DIAL`'s `from`): its E.164 form, else its number as sent. */
export function lineNumber(line: Line): string | undefined {
  return line.normalized || line.number || undefined;
}

/**
 * The line calls go out from: the one picked (`pickedId`) while the bus still lists it with a number, else
 * the first line with one; `undefined` when no line has a number.
 * @example const line = selectedLine(state.lines, pickedId); const from = line && lineNumber(line);
 */
export function selectedLine(lines: readonly Line[], pickedId: number | undefined): Line | undefined {
  const dialable = lines.filter((line) => lineNumber(line) !== undefined);
  return dialable.find((line) => line.id === pickedId) ?? dialable[0];
}
