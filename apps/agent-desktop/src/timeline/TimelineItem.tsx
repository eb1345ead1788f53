import { memo, useState } from 'react';
import { timelineBody } from './timelineBody';
import { clipText, formatTime, isoTime, type TimelineEntry, TYPE_LIMIT, verdict } from './timelineEntry';

// A diagnostic's text may quote untrusted input; the full text stays in its JSON.
const TEXT_LIMIT = 500;

/** One timeline line: time, direction, type, verdict, and the JSON in a disclosure rendered when opened. */
export const TimelineItem = memo(function TimelineItem({ entry }: { readonly entry: TimelineEntry }) {
  const [open, setOpen] = useState(false);
  const said = verdict(entry);
  const rejected = entry.kind === 'message' && entry.accepted === false;
  return (
    <li className="desk-entry" data-kind={entry.kind} data-rejected={rejected ? '' : undefined}>
      <time className="desk-entry__time" dateTime={isoTime(entry.at)}>
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
      {said !== undefined && <span className="desk-entry__verdict">{clipText(said, TEXT_LIMIT)}</span>}
      {entry.kind === 'diagnostic' && (
        <span className="desk-entry__text">
          {entry.diagnostic.messageType === undefined
            ? ''
            : `${clipText(entry.diagnostic.messageType, TYPE_LIMIT)}: `}
          {clipText(entry.diagnostic.message, TEXT_LIMIT)}
        </span>
      )}{' '}
      <details className="desk-entry__details" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>JSON</summary>
        {open && <pre className="desk-entry__json">{timelineBody(entry)}</pre>}
      </details>
    </li>
  );
});
