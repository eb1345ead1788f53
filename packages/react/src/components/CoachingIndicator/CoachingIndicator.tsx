import type { CallStatus } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef, useState } from 'react';
import { type CoachingView, useCoaching } from '../../hooks/useCoaching';
import { useContact } from '../../hooks/useContact';
import { type DialerMessages, useMessages } from '../../messages';
import { ContactName, PartyPhrase } from '../ContactName/ContactName';
import { formatPartyNode, stripBidiControls } from '../shared/BusText';
import { cx, flag } from '../shared/domProps';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { failureNotice, NoticeSlot, useDismissibleNotice } from '../shared/NoticeSlot';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';
import { type CoachableCallOption, CoachJoinList } from './CoachJoinList';

/** Props of {@link CoachingIndicator}: any `<section>` prop, and the calls the agent may coach. */
export interface CoachingIndicatorProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * Teammates' calls the agent may join as a coach, from the app (the bus tells neither which calls run
   * nor who may coach: it lets admins only). Leave it out for agents who may not coach.
   */
  readonly coachableCalls?: readonly CoachableCallOption[];
  /** Whether "Join incognito" starts checked (default false). */
  readonly defaultIncognito?: boolean;
}

const NO_CALLS: readonly CoachableCallOption[] = [];
/** Once the call is over, a supervisor who was on it is no longer news. */
const CALL_OVER: ReadonlySet<CallStatus> = new Set<CallStatus>(['idle', 'ended', 'mandatoryTagging']);

/** What the live region says: a supervisor joined or left the agent's call, or the coach's call joined. */
function announcementOf(
  messages: DialerMessages,
  coaching: CoachingView,
  coachLeft: boolean,
  who: string,
): string {
  if (coaching.role === 'coached') return messages.coaching.listeningAnnouncement(who);
  if (coaching.role === 'coach' && coaching.status === 'joined') return messages.coaching.coachingWho(who);
  return coachLeft ? messages.coaching.left : '';
}

/**
 * Coaching from both sides. On the agent's call: "A supervisor is listening", naming who, for as long as
 * the bus reports a coach on it. For a coach: "You are coaching …" with the customer, "Joining the call"
 * while it starts, and, from idle, the `coachableCalls` the app passes with "Join as coach" (and "Join
 * incognito"); joining is possible from idle only, and the buttons say why not otherwise. A failed join
 * shows a dismissible notice. A supervisor joining or leaving, and the join, are announced politely.
 * Renders only its live region while there is nothing to show. `data-role` is `coach`, `coached` or
 * `none`; `data-state` the call status.
 * @example <CoachingIndicator coachableCalls={[{ callUuid: 'CA7c…', label: 'Sam, with +1 415…' }]} />
 */
export const CoachingIndicator = /*#__PURE__*/ forwardRef<HTMLElement, CoachingIndicatorProps>(
  function CoachingIndicator(
    { coachableCalls = NO_CALLS, defaultIncognito = false, className, onFocus, onBlur, ...rest },
    ref,
  ) {
    const messages = useMessages();
    const coaching = useCoaching();
    const notice = useDismissibleNotice(failureNotice(messages, coaching.failure));
    // UI state: whether a supervisor was on this call, so that their leaving is announced too.
    const [hadCoach, setHadCoach] = useState(false);
    const rescue = useFocusRescue(ref, { toContainer: true, fallback: findCallBar, onFocus, onBlur });
    const coached = coaching.role === 'coached';
    if (coached && !hadCoach) setHadCoach(true);
    if (!coached && hadCoach && CALL_OVER.has(coaching.status)) setHadCoach(false);
    const coachLeft = hadCoach && !coached;
    const offering = coaching.role === 'none' && coachableCalls.length > 0;
    const shown = coaching.role !== 'none' || offering || notice.notice !== undefined;
    // The coach (coached) or the coachee (coach), by the contact's name once known.
    const whoParty = coaching.role === 'coached' ? coaching.coach : coaching.coachee;
    const who = useContact(whoParty).label;
    const announcement = stripBidiControls(announcementOf(messages, coaching, coachLeft, who));

    return (
      <>
        <LiveAnnouncer message={announcement} />
        {shown && (
          <section
            aria-label={messages.coaching.region}
            tabIndex={-1}
            {...rest}
            {...rescue}
            className={cx('dk-coaching', className)}
            data-role={coaching.role}
            data-state={coaching.status}
            data-joining={flag(coaching.joining)}
          >
            <NoticeSlot {...notice} className="dk-coaching__notice" />
            {coached && (
              <p className="dk-coaching__listening">
                <strong>{messages.coaching.listening}</strong>{' '}
                <span className="dk-coaching__who">
                  <ContactName party={coaching.coach} />
                </span>
              </p>
            )}
            {coaching.role === 'coach' && (
              <>
                <p className="dk-coaching__title">
                  {coaching.joining
                    ? messages.coaching.joining
                    : formatPartyNode(messages.coaching.coachingWho, who, <ContactName party={whoParty} />)}
                </p>
                {!coaching.joining && coaching.customer !== undefined && (
                  <p className="dk-coaching__customer">
                    <PartyPhrase format={messages.format.customer} party={coaching.customer} />
                  </p>
                )}
              </>
            )}
            {offering && (
              <CoachJoinList
                calls={coachableCalls}
                control={coaching.joinCoachingControl}
                defaultIncognito={defaultIncognito}
                onJoin={coaching.joinCoaching}
              />
            )}
          </section>
        )}
      </>
    );
  },
);
