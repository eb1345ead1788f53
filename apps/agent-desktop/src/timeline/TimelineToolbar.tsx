import { useId } from 'react';
import type { TimelineFilter } from './filterTimeline';

/** Props of {@link TimelineToolbar}. */
export interface TimelineToolbarProps {
  readonly types: readonly string[];
  readonly filter: TimelineFilter;
  readonly onFilter: (filter: TimelineFilter) => void;
  readonly onCopy: () => void;
  readonly onClear: () => void;
  /** The result of the last copy, announced. */
  readonly notice: string;
}

/** The timeline's filter (type, only rejected) and its Copy as JSON / Clear timeline buttons. */
export function TimelineToolbar({ types, filter, onFilter, onCopy, onClear, notice }: TimelineToolbarProps) {
  const id = useId();
  return (
    <div className="desk-timeline__toolbar">
      <div className="desk-inline-field">
        <label htmlFor={`${id}-type`}>Filter by type</label>
        <select
          id={`${id}-type`}
          className="dk-input"
          value={filter.type}
          onChange={(event) => onFilter({ ...filter, type: event.target.value })}
        >
          <option value="all">All</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <label className="desk-inline-field">
        <input
          type="checkbox"
          className="dk-checkbox"
          checked={filter.onlyRejected}
          onChange={(event) => onFilter({ ...filter, onlyRejected: event.target.checked })}
        />
        Only rejected
      </label>
      <button type="button" className="dk-button" onClick={onCopy}>
        Copy as JSON
      </button>
      <button type="button" className="dk-button" onClick={onClear}>
        Clear timeline
      </button>
      <p role="status" className="desk-timeline__notice">
        {notice}
      </p>
    </div>
  );
}
