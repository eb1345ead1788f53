import { type CallPhase, selectHoldControl } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useCallDetails } from '../../hooks/useCallDetails';
import { useDialer } from '../../hooks/useDialer';
import { useDialerControls } from '../../hooks/useDialerControls';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { useMessages } from '../../messages';
import { ControlButton } from '../shared/ControlButton';

/** Props of {@link CallBarActions}. */
export interface CallBarActionsProps {
  readonly phase: CallPhase;
  /** An incoming call waits for Accept / Reject. */
  readonly offered: boolean;
}

/**
 * The call bar's buttons for a phase. Names change with the toggle (Mute ⇄ Unmute), never aria-pressed.
 * While tagging there is none: the tag dialog is the only way on, and Done comes once the bus says ended.
 */
export function CallBarActions({ phase, offered }: CallBarActionsProps): ReactNode {
  const messages = useMessages();
  const controls = useDialerControls();
  const verbs = useDialer();
  const { muted, held, recordingState } = useCallDetails();
  // Hold holds the party talked with: none in a conference, whose participants are held one by one.
  const holdControl = useDialerSelector(selectHoldControl);
  const { controls: words } = messages;

  const recordLabel =
    recordingState === 'recording'
      ? words.pauseRecording
      : recordingState === 'paused'
        ? words.resumeRecording
        : words.record;

  return (
    <>
      {offered && (
        <>
          <ControlButton control={controls.accept} variant="success" onActivate={() => verbs.accept()}>
            {words.accept}
          </ControlButton>
          <ControlButton control={controls.reject} variant="danger" onActivate={verbs.reject}>
            {words.reject}
          </ControlButton>
        </>
      )}
      {(phase === 'setup' || phase === 'live') && (
        <ControlButton control={controls.hangUp} variant="danger" onActivate={verbs.hangUp}>
          {words.hangUp}
        </ControlButton>
      )}
      {phase === 'live' && (
        <>
          <ControlButton control={controls.mute} onActivate={() => verbs.mute(!muted)}>
            {muted ? words.unmute : words.mute}
          </ControlButton>
          <ControlButton control={holdControl} onActivate={() => verbs.hold(!held)}>
            {held ? words.resume : words.hold}
          </ControlButton>
          <ControlButton
            control={controls.record}
            onActivate={() => verbs.record(recordingState !== 'recording')}
          >
            {recordLabel}
          </ControlButton>
        </>
      )}
      {phase === 'ended' && (
        <ControlButton control={controls.reset} variant="primary" onActivate={verbs.reset}>
          {words.done}
        </ControlButton>
      )}
    </>
  );
}
