import type { ConferenceParticipant, Result } from '@dialer-kit/core';
import { type KeyboardEvent, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useContact } from '../../hooks/useContact';
import { useMessages } from '../../messages';
import { ContactName } from '../ContactName/ContactName';
import { BusText, formatBusText } from '../shared/BusText';
import { ControlButton } from '../shared/ControlButton';
import { flag } from '../shared/domProps';
import { PAUSE } from '../shared/icons';

/** Props of {@link ParticipantRow}. */
export interface ParticipantRowProps {
  readonly participant: ConferenceParticipant;
  readonly onHold: (legId: string, shouldHold: boolean) => Result;
  readonly onKick: (legId: string) => Result;
}

/**
 * One participant: who, their state in words, and (while on the call) Hold and Remove. Remove asks first;
 * the question takes the focus to "Keep", and going back (Keep, Escape) or confirming returns it to Remove.
 */
export function ParticipantRow({ participant, onHold, onKick }: ParticipantRowProps): ReactNode {
  const messages = useMessages();
  // UI state: whether this row asks to confirm a removal, and where the focus goes next.
  const [confirming, setConfirming] = useState(false);
  const focusNext = useRef<'keep' | 'remove' | undefined>(undefined);
  const keepRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const here = participant.state !== 'ended';
  // The contact's name once known: it ends the buttons' names and asks the question.
  const who = useContact(participant).label;

  useLayoutEffect(() => {
    const target = focusNext.current === 'keep' ? keepRef.current : removeRef.current;
    if (focusNext.current === undefined || target === null) return;
    focusNext.current = undefined;
    target.focus();
  });

  const ask = (open: boolean): void => {
    focusNext.current = open ? 'keep' : 'remove';
    setConfirming(open);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    ask(false);
  };
  // The participant's name ends each button's name: "Hold +1415…", "Remove +1415…" (the space outside the
  // hidden part, where every name computation keeps it).
  const whoHidden = (
    <>
      {' '}
      <span className="dk-visually-hidden">
        <BusText>{who}</BusText>
      </span>
    </>
  );

  return (
    <li
      className="dk-conference__participant"
      data-state={participant.state}
      data-held={flag(here && participant.isHeld)}
    >
      <span className="dk-conference__info">
        <span className="dk-conference__who">
          <ContactName party={participant} />
        </span>
        <span className="dk-conference__chip" data-tone={participant.state}>
          {messages.conference.states[participant.state]}
        </span>
        {here && participant.isHeld && (
          <span className="dk-conference__chip" data-tone="held">
            {messages.labels.onHold}
          </span>
        )}
      </span>
      {here && !confirming && (
        <span className="dk-actions dk-conference__actions">
          <ControlButton
            control={participant.holdControl}
            aria-pressed={participant.isHeld}
            onActivate={() => onHold(participant.legId, !participant.isHeld)}
            icon={PAUSE}
          >
            {messages.controls.hold}
            {whoHidden}
          </ControlButton>
          <ControlButton ref={removeRef} control={participant.kickControl} onActivate={() => ask(true)}>
            {messages.conference.remove}
            {whoHidden}
          </ControlButton>
        </span>
      )}
      {here && confirming && (
        <fieldset className="dk-conference__confirm" onKeyDown={onKeyDown}>
          <legend className="dk-conference__question">
            {formatBusText(messages.conference.confirmRemove, who)}
          </legend>
          <span className="dk-actions">
            <ControlButton
              control={participant.kickControl}
              variant="danger"
              onActivate={() => {
                onKick(participant.legId);
                ask(false);
              }}
            >
              {messages.conference.remove}
            </ControlButton>
            <button ref={keepRef} type="button" className="dk-button" onClick={() => ask(false)}>
              {messages.conference.keep}
            </button>
          </span>
        </fieldset>
      )}
    </li>
  );
}
