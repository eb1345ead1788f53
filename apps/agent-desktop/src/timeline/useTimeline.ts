import { useMemo, useState, useSyncExternalStore } from 'react';
import type { Timeline } from './createTimeline';
import { filterTimeline, NO_FILTER, type TimelineFilter, timelineTypes } from './filterTimeline';
import type { TimelineEntry } from './timelineEntry';

/** What the timeline panel renders and changes. */
export interface TimelineView {
  /** Every entry kept, oldest first. */
  readonly all: readonly TimelineEntry[];
  /** The entries the filter lets through. */
  readonly shown: readonly TimelineEntry[];
  /** The types the filter offers. */
  readonly types: readonly string[];
  readonly filter: TimelineFilter;
  readonly setFilter: (filter: TimelineFilter) => void;
}

/** Subscribes to `timeline` and applies the panel's filter. */
export function useTimeline(timeline: Timeline): TimelineView {
  const all = useSyncExternalStore(timeline.subscribe, timeline.getSnapshot);
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const shown = useMemo(() => filterTimeline(all, filter), [all, filter]);
  const types = useMemo(() => timelineTypes(all, filter.type), [all, filter.type]);
  return { all, shown, types, filter, setFilter };
}
