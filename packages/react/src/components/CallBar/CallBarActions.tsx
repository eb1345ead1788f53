import {
  type CallPhase,
  type Controls,
  type DialerState,
  getControls,
  selectHoldControl,
} from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useDialer } from '../../hooks/useDialer';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { useMessages } from '../../messages';
import { ControlButton, DISABLED } from '../shared/ControlButton';
import { CHECK, HANG_UP, MIC_OFF, PAUSE, RECORD } from '../shared/icons';
import { ReasonLine, useReasonLine } from '../shared/ReasonLine';
import type { ShownDetails } from './shownDetails';

type BarControls = Pick<Controls, 'hangUp' | 'mute' | 'hold' | 'record' | 'reset'>;

/** Stands in for a control whose button the phase does not show, so its changes cause no render. */
const HIDDEN = DISABLED;

/** The controls of the buttons a phase shows (`getControls` keeps a control's object while it stands). */
function barControls(state: DialerState, phase: CallPhase): BarControls {
  const all = getControls(state);
  const live = phase === 'live';
  return {
    hangUp: live || phase === 'setup' ? all.hangUp : HIDDEN,
    mute: live ? all.mute : HIDDEN,
    // Hold holds the party talked with: none in a conference, whose participants are held one by one.
    hold: live ? selectHoldControl(state) : HIDDEN,
    record: live ? all.record : HIDDEN,
    reset: phase === 'ended' ? all.reset : HIDDEN,
  };
}

/** Props of {@link CallBarActions}: the phase whose buttons show, and the call's toggles as the bar has them. */
export interface CallBarActionsProps extends Pick<ShownDetails, 'muted' | 'held' | 'recording'> {
  readonly phase: CallPhase;
}

/**
 * The call bar's buttons for a phase, and one line under them saying why any is disabled. Mute, Hold and
 * Record are toggles: their names stay, `aria-pressed` says whether muted, held, recording. While tagging
 * there is none: the tag dialog is the only way on, and Done comes once the bus says ended. An offered
 * call's Accept and Reject are the incoming-call banner's.
 */
export function CallBarActions({ phase, muted, held, recording }: CallBarActionsProps): ReactNode {
  const words = useMessages().controls;
  const controls = useDialerSelector((state) => barControls(state, phase), { equality: 'shallow' });
  const verbs = useDialer();
  const reasons = useReasonLine();
  // Each button: its control (and verb), icon, colour, words and, for a toggle, whether it is on (the verb is
  // then called with the opposite). The phase shows the buttons whose control is not hidden.
  const buttons = [
    ['hangUp', HANG_UP, 'danger', words.hangUp],
    ['mute', MIC_OFF, 'neutral', words.mute, muted],
    ['hold', PAUSE, 'neutral', words.hold, held],
    ['record', RECORD, 'neutral', words.record, recording],
    ['reset', CHECK, 'primary', words.done],
  ] as const;

  return (
    <>
      {buttons.map(
        ([name, icon, variant, word, on]) =>
          controls[name] !== HIDDEN && (
            <ControlButton
              key={name}
              control={controls[name]}
              variant={variant}
              aria-pressed={on}
              onActivate={() => verbs[name](!on)}
              {...reasons.describe(controls[name])}
              icon={icon}
            >
              {word}
            </ControlButton>
          ),
      )}
      <ReasonLine reasons={reasons} />
    </>
  );
}
