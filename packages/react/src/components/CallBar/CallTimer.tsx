import type { ReactNode } from 'react';
import { useCallTimer } from '../../hooks/useCallTimer';
import { useMessages } from '../../messages';
import { formatDuration, isoDuration } from './formatDuration';

/**
 * The call's talk time (`1:05`), rendered only once the call has connected. Its own component so the
 * once-a-second tick re-renders nothing else. Deliberately not a live region: it would speak every second.
 */
export function CallTimer(): ReactNode {
  const messages = useMessages();
  const { elapsedMs, running } = useCallTimer();
  if (!running && elapsedMs === 0) return null;
  return (
    <span className="dk-call-bar__timer" data-state={running ? 'running' : 'stopped'}>
      <span className="dk-visually-hidden">{messages.labels.callDuration} </span>
      <time dateTime={isoDuration(elapsedMs)}>{formatDuration(elapsedMs)}</time>
    </span>
  );
}
