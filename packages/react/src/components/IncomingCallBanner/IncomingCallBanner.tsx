import type { Operation } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useContact } from '../../hooks/useContact';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { useLastFailure } from '../../hooks/useLastFailure';
import { incomingTypeLabel, useMessages } from '../../messages';
import { ContactName, PartyPhrase } from '../ContactName/ContactName';
import { formatBusText, formatPartyNode, stripBidiControls } from '../shared/BusText';
import { ControlButton } from '../shared/ControlButton';
import { cx } from '../shared/domProps';
import { lineNumberLabel } from '../shared/formatLine';
import { HANG_UP, PHONE } from '../shared/icons';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { NoticeSlot, useDismissibleNotice } from '../shared/NoticeSlot';
import { ReasonLine, useReasonLine } from '../shared/ReasonLine';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';

/** The offer's own operations: their failures are the banner's news. */
const OFFER_FAILURES = { operations: ['accept', 'reject'] as readonly Operation[] };

/** Props of {@link IncomingCallBanner}: any `<section>` prop; `className` is added to the kit's. */
export type IncomingCallBannerProps = ComponentPropsWithoutRef<'section'>;

/**
 * While a call is offered: a region named "Incoming call" with its kind, the caller, the line called, the
 * teammate who transferred it (cold transfer) or the customer handed over (warm transfer), and Accept /
 * Reject, with one line under them saying why one is disabled. It owns the offer: the call bar only says a
 * call is offered. An Accept or Reject that failed shows as a dismissible polite notice.
 * The offer is announced politely ("Incoming call from …") by a hidden live region that stays mounted, so
 * otherwise only that empty region renders. Once the offer goes (Accept, Reject) focus that was in the
 * banner moves to the call bar. `data-state="offered"`, `data-type` is the incoming type.
 * @example <IncomingCallBanner className="crm-toast" />
 */
export const IncomingCallBanner = /*#__PURE__*/ forwardRef<HTMLElement, IncomingCallBannerProps>(
  function IncomingCallBanner({ className, onFocus, onBlur, ...rest }, ref) {
    const messages = useMessages();
    const incoming = useIncomingCall();
    const failure = useLastFailure(OFFER_FAILURES);
    const failureNotice =
      failure === undefined
        ? undefined
        : {
            text: messages.format.failureNotice(
              messages.failures[failure.operation],
              messages.failureReasons[failure.reason],
            ),
            tone: 'error' as const,
            about: failure,
          };
    const notice = useDismissibleNotice(failureNotice);
    const reasons = useReasonLine();
    const rescue = useFocusRescue(ref, { fallback: findCallBar, onFocus, onBlur });
    // The caller by the contact's name once known (the announcement waits for no lookup).
    const caller = useContact(incoming?.call.from).label;
    // Mounted before the offer arrives: screen readers only read changes of a region already on the page.
    const announcer = (
      <LiveAnnouncer
        message={incoming === undefined ? '' : messages.format.incomingFrom(stripBidiControls(caller))}
      />
    );
    if (incoming === undefined) return <>{announcer}</>;
    const { call, line, accept, reject, acceptControl, rejectControl } = incoming;

    return (
      <>
        {announcer}
        <section
          aria-label={messages.regions.incomingCall}
          {...rest}
          {...rescue}
          className={cx('dk-incoming-call', className)}
          data-state="offered"
          data-type={call.type}
        >
          <div>
            <p className="dk-incoming-call__title">{incomingTypeLabel(messages, call.type)}</p>
            <p className="dk-incoming-call__caller">
              {formatPartyNode(messages.format.incomingFrom, caller, <ContactName party={call.from} />)}
            </p>
            {line !== undefined && (
              <p className="dk-incoming-call__line">
                {formatBusText(
                  (name, number) => messages.format.lineCalled(messages.format.line(name, number)),
                  line.name,
                  lineNumberLabel(messages, line),
                )}
              </p>
            )}
            {call.type === 'cold-transfer' && call.transferer !== undefined && (
              <p className="dk-incoming-call__via">
                <PartyPhrase format={messages.format.transferredBy} party={call.transferer} />
              </p>
            )}
            {call.type === 'warm-transfer' && call.external !== undefined && (
              <p className="dk-incoming-call__via">
                <PartyPhrase format={messages.format.customer} party={call.external} />
              </p>
            )}
          </div>
          <div className="dk-actions">
            <ControlButton
              control={acceptControl}
              variant="success"
              onActivate={() => accept()}
              {...reasons.describe(acceptControl)}
              icon={PHONE}
            >
              {messages.controls.accept}
            </ControlButton>
            <ControlButton
              control={rejectControl}
              variant="danger"
              onActivate={reject}
              {...reasons.describe(rejectControl)}
              icon={HANG_UP}
            >
              {messages.controls.reject}
            </ControlButton>
            <ReasonLine reasons={reasons} />
          </div>
          <NoticeSlot {...notice} className="dk-incoming-call__notice" />
        </section>
      </>
    );
  },
);
