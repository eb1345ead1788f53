import { type Line, lineNumber } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { type LineSelectOptions, useLineSelect } from '../../hooks/useLineSelect';
import { type DialerMessages, useMessages } from '../../messages';
import { formatBusText, stripBidiControls } from '../shared/BusText';
import { isTransient } from '../shared/ControlButton';
import { cx, flag, joinIds } from '../shared/domProps';
import { lineNumberLabel } from '../shared/formatLine';

/**
 * Props of {@link LineSelect}: the pick, controlled (`value`, `onValueChange`) or not (`defaultValue`), and
 * any `<div>` prop; `className` is added to the kit's.
 */
export interface LineSelectProps
  extends LineSelectOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue' | 'onChange'> {}

/** A line's name in the select: its name, else its number, else "Line <id>"; "(no number)" if it has none. */
function optionText(messages: DialerMessages, line: Line): string {
  const name = stripBidiControls(
    line.name || lineNumberLabel(messages, line) || messages.format.unnamedLine(line.id),
  );
  return lineNumber(line) === undefined ? `${name} (${messages.labels.noLineNumber})` : name;
}

/**
 * A select labelled "Line" listing the agent's lines by name, with the caller ID the called party will see
 * beneath it. While no call may be dialled (a call in progress, the last call waiting for its tags, not
 * connected, no line) it stays focusable, offers only the line shown and says why in words. `data-state` is
 * `ready` or `disabled`. Pair it with `useLineSelect({ value })` to pass the line's number to `DialPad`.
 * @example <LineSelect value={lineId} onValueChange={setLineId} />
 */
export const LineSelect = /*#__PURE__*/ forwardRef<HTMLDivElement, LineSelectProps>(function LineSelect(
  { value, defaultValue, onValueChange, className, ...rest },
  ref,
) {
  const messages = useMessages();
  const {
    lines,
    line,
    selectControl: control,
    select,
  } = useLineSelect({ value, defaultValue, onValueChange });
  const id = useId();
  const reason = control.reason;
  const transient = isTransient(reason);
  const shown = control.enabled ? lines : lines.filter((candidate) => candidate === line);
  const number = line === undefined ? undefined : lineNumberLabel(messages, line);

  return (
    <div
      {...rest}
      ref={ref}
      className={cx('dk-field dk-line-select', className)}
      data-state={control.enabled ? 'ready' : 'disabled'}
      data-disabled={flag(!control.enabled)}
      data-reason={reason}
    >
      <label htmlFor={`${id}-select`}>{messages.labels.line}</label>
      <select
        id={`${id}-select`}
        className="dk-input"
        value={line?.id ?? ''}
        aria-disabled={control.enabled ? undefined : true}
        aria-busy={control.pending || undefined}
        aria-describedby={joinIds(
          number !== undefined && `${id}-number`,
          reason !== undefined && `${id}-reason`,
        )}
        onChange={(event) => select(Number(event.target.value))}
      >
        {line === undefined && (
          <option value="" disabled>
            {messages.labels.noLines}
          </option>
        )}
        {shown.map((candidate) => (
          <option key={candidate.id} value={candidate.id} disabled={lineNumber(candidate) === undefined}>
            {optionText(messages, candidate)}
          </option>
        ))}
      </select>
      {number !== undefined && (
        <span id={`${id}-number`} className="dk-hint">
          {formatBusText(messages.format.callerId, number)}
        </span>
      )}
      {reason !== undefined && (
        <span id={`${id}-reason`} className={transient ? 'dk-visually-hidden' : 'dk-hint'}>
          {messages.reasons[reason]}
        </span>
      )}
    </div>
  );
});
