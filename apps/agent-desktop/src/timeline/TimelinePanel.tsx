import './timeline.css';
import { useLayoutEffect, useRef, useState } from 'react';
import { copiedNotice, copyText } from './copyText';
import type { Timeline } from './createTimeline';
import { timelineToJson } from './filterTimeline';
import { TimelineItem } from './TimelineItem';
import { TimelineToolbar } from './TimelineToolbar';
import { useTimeline } from './useTimeline';

/** The event timeline: every bus message and diagnostic, newest last, filterable and copyable. */
export function TimelinePanel({ timeline }: { readonly timeline: Timeline }) {
  const { all, shown, types, filter, setFilter } = useTimeline(timeline);
  const [notice, setNotice] = useState('');
  const log = useRef<HTMLDivElement>(null);
  // Follow new entries only while the reader is at the bottom, so scrolling back to read is not undone.
  const atBottom = useRef(true);

  useLayoutEffect(() => {
    const element = log.current;
    if (element !== null && atBottom.current && shown.length > 0) element.scrollTop = element.scrollHeight;
  }, [shown]);

  const copy = async () => {
    const copied = await copyText(timelineToJson(shown));
    setNotice(copied ? copiedNotice(shown.length) : 'Copy failed: the browser refused the clipboard');
  };
  const clear = () => {
    timeline.clear();
    setNotice('');
  };

  return (
    <section aria-labelledby="timeline-title" className="desk-card desk-timeline">
      <div className="desk-timeline__head">
        <h2 id="timeline-title" className="desk-card__title">
          Event timeline
        </h2>
        <span className="dk-hint">
          {shown.length} shown of {all.length} (newest {timeline.limit} kept)
        </span>
      </div>
      <TimelineToolbar
        types={types}
        filter={filter}
        onFilter={setFilter}
        onCopy={() => void copy()}
        onClear={clear}
        notice={notice}
      />
      <div
        ref={log}
        role="log"
        aria-label="Bus messages"
        aria-live="off"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls, so the keyboard must reach it
        tabIndex={0}
        className="desk-timeline__log"
        onScroll={(event) => {
          const element = event.currentTarget;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
        }}
      >
        <ol className="desk-timeline__list">
          {shown.map((entry) => (
            <TimelineItem key={entry.id} entry={entry} />
          ))}
        </ol>
      </div>
    </section>
  );
}
