import { selectCallIndicators } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { useHoldTimer } from '../../hooks/useHoldTimer';
import { useMessages } from '../../messages';
import { Icon, MIC_OFF, PAUSE, RECORD, RING } from '../shared/icons';
import { formatDuration, isoDuration } from './formatDuration';

/** The time on hold inside the held chip: its own component, so the tick re-renders nothing else. */
function HoldTimer(): ReactNode {
  const { heldMs, held } = useHoldTimer();
  if (!held) return null;
  return (
    <time className="dk-chip__time" dateTime={isoDuration(heldMs)}>
      {formatDuration(heldMs)}
    </time>
  );
}

/**
 * The live call's states as chips with words ("On hold 0:42", "Muted", "Recording" or "Recording
 * paused"), never colour alone, in a list named "Call state"; a change of them is read out politely (the
 * words only: the hold timer would speak every second). Nothing is shown while none applies.
 */
export function CallStates(): ReactNode {
  const messages = useMessages();
  const { held, muted, recording } = useDialerSelector(selectCallIndicators, { equality: 'shallow' });
  const { labels } = messages;
  const recordingWord =
    recording === 'recording'
      ? labels.recording
      : recording === 'paused'
        ? labels.recordingPaused
        : undefined;
  const words: string[] = [];
  if (held) words.push(labels.onHold);
  if (muted) words.push(labels.muted);
  if (recordingWord !== undefined) words.push(recordingWord);
  return (
    <>
      <div aria-live="polite" aria-atomic="true" className="dk-visually-hidden">
        {messages.format.callStates(words)}
      </div>
      {words.length > 0 && (
        <ul aria-label={messages.regions.callState} className="dk-call-bar__states">
          {held && (
            <li className="dk-chip" data-chip="held">
              <Icon d={PAUSE} />
              {labels.onHold} <HoldTimer />
            </li>
          )}
          {muted && (
            <li className="dk-chip" data-chip="muted">
              <Icon d={MIC_OFF} />
              {labels.muted}
            </li>
          )}
          {recordingWord !== undefined && (
            <li className="dk-chip" data-chip={recording}>
              <Icon d={recording === 'recording' ? RECORD : RING} />
              {recordingWord}
            </li>
          )}
        </ul>
      )}
    </>
  );
}
