import type { Line } from '@dialer-kit/core';
import { useId } from 'react';

/** Props of {@link LineSelect}. */
export interface LineSelectProps {
  readonly lines: readonly Line[];
  /** The chosen line's id. */
  readonly value: number | undefined;
  readonly onChange: (lineId: number) => void;
}

/** The line to call from: a select labelled "Line" listing the agent's lines by name, with the number shown. */
export function LineSelect({ lines, value, onChange }: LineSelectProps) {
  const id = useId();
  const line = lines.find((candidate) => candidate.id === value);
  return (
    <div className="dk-field desk-line">
      <label htmlFor={id}>Line</label>
      <select
        id={id}
        className="dk-input"
        value={value ?? ''}
        disabled={lines.length === 0}
        aria-describedby={`${id}-number`}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {lines.length === 0 && <option value="">No lines yet</option>}
        {lines.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name ?? candidate.number ?? `Line ${candidate.id}`}
          </option>
        ))}
      </select>
      <span id={`${id}-number`} className="dk-hint">
        {line?.number === undefined ? '' : `Caller ID ${line.number}`}
      </span>
    </div>
  );
}
