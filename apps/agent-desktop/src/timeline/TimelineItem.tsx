import { memo, useState } from 'react';
import { formatTime, type TimelineEntry, verdict } from './timelineEntry';

/** The entry's body as pretty JSON (a diagnostic shows itself). */
const bodyOf = (entry: TimelineEntry): string =>
  JSON.stringify(entry.kind === 'message' ? entry.message : entry.diagnostic, null, 2) ?? String(entry);

/** One timeline line: time, direction, type, verdict, and the JSON in a disclosure rendered when opened. */
export const TimelineItem = memo(function TimelineItem({ entry }: { readonly entry: TimelineEntry }) {
  const [open, setOpen] = useState(false);
  const said = verdict(entry);
  const rejected = entry.kind === 'message' && entry.accepted === false;
  return (
    <li className="desk-entry" data-kind={entry.kind} data-rejected={rejected ? '' : undefined}>
      <time className="desk-entry__time" dateTime={new Date(entry.at).toISOString()}>
        {formatTime(entry.at)}
      </time>{' '}
      <span
        className="desk-entry__direction"
        data-direction={entry.kind === 'message' ? entry.direction : 'diag'}
      >
        {entry.kind === 'message' ? entry.direction : 'diag'}
      </span>{' '}
      <code className="desk-entry__type">
        {entry.kind === 'message' ? entry.type : entry.diagnostic.code}
      </code>{' '}
      {said !== undefined && <span className="desk-entry__verdict">{said}</span>}
      {entry.kind === 'diagnostic' && (
        <span className="desk-entry__text">
          {entry.diagnostic.messageType === undefined ? '' : `${entry.diagnostic.messageType}: `}
          {entry.diagnostic.message}
        </span>
      )}{' '}
      <details className="desk-entry__details" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>JSON</summary>
        {open && <pre className="desk-entry__json">{bodyOf(entry)}</pre>}
      </details>
    </li>
  );
});
