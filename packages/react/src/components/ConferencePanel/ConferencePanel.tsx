import type { ConferenceParticipant } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useConference } from '../../hooks/useConference';
import { type DialerMessages, useMessages } from '../../messages';
import { DialTargetForm } from '../shared/DialTargetForm';
import { cx, flag } from '../shared/domProps';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { failureNotice, NoticeSlot, useDismissibleNotice } from '../shared/NoticeSlot';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';
import { ParticipantRow } from './ParticipantRow';

/** Props of {@link ConferencePanel}: any `<section>` prop; `className` is added to the kit's. */
export type ConferencePanelProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/** "Conference: 2 on the call, 1 ringing.": what the participants list says, for the live region. */
function summaryOf(messages: DialerMessages, participants: readonly ConferenceParticipant[]): string {
  const here = participants.filter((p) => p.state !== 'ended');
  if (here.length === 0) return '';
  return messages.conference.summary({
    onCall: here.filter((p) => p.state === 'answering').length,
    ringing: here.filter((p) => p.state === 'ringing').length,
    onHold: here.filter((p) => p.isHeld).length,
  });
}

/** A row's key: its leg id, made unique should the bus list a leg twice (a repeated key mixes rows up). */
function rowKey(participants: readonly ConferenceParticipant[], index: number): string {
  const legId = participants[index]?.legId ?? '';
  const repeats = participants.slice(0, index).filter((p) => p.legId === legId).length;
  return repeats === 0 ? legId : `${legId}#${repeats}`;
}

/**
 * A conference: on a connected call, "Invite to the call" and "Invite" (which starts the conference); in
 * the conference, every participant with their state in words (on the call, ringing, on hold, left), a
 * Hold toggle (`aria-pressed`) and "Remove", which asks to confirm first (Escape or "Keep" goes back),
 * then the invitation to grow it. A failed start, invitation or removal shows a dismissible notice; the
 * participants' changes are announced politely. Focus that was in the panel stays in it when its content
 * changes, and goes to the call bar when the panel goes. Renders nothing without a connected call.
 * `data-state` is the call status; `data-active` / `data-pending` flag the conference.
 * @example <ConferencePanel className="crm-conference" />
 */
export const ConferencePanel = /*#__PURE__*/ forwardRef<HTMLElement, ConferencePanelProps>(
  function ConferencePanel({ className, onFocus, onBlur, ...rest }, ref) {
    const messages = useMessages();
    const conference = useConference();
    const notice = useDismissibleNotice(failureNotice(messages, conference.failure));
    const rescue = useFocusRescue(ref, { toContainer: true, fallback: findCallBar, onFocus, onBlur });
    if (conference.phase === 'hidden') return null;
    const isActive = conference.phase === 'active';
    const { participants } = conference;

    return (
      <section
        aria-label={messages.conference.region}
        tabIndex={-1}
        {...rest}
        {...rescue}
        className={cx('dk-conference', className)}
        data-state={conference.status}
        data-active={flag(isActive)}
        data-pending={flag(conference.pending)}
      >
        <NoticeSlot {...notice} className="dk-conference__notice" />
        {isActive &&
          (participants.length === 0 ? (
            <p className="dk-conference__starting">{messages.conference.starting}</p>
          ) : (
            <ul aria-label={messages.conference.participants} className="dk-conference__participants">
              {participants.map((participant, index) => (
                <ParticipantRow
                  key={rowKey(participants, index)}
                  participant={participant}
                  onHold={conference.hold}
                  onKick={conference.kick}
                />
              ))}
            </ul>
          ))}
        <DialTargetForm
          className="dk-conference__invite"
          label={messages.conference.inviteTo}
          submitLabel={messages.conference.invite}
          control={conference.inviteControl}
          onSubmit={(to) => conference.invite(to).ok}
        />
        <LiveAnnouncer message={summaryOf(messages, participants)} />
      </section>
    );
  },
);
