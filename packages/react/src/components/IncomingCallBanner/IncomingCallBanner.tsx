import { type ComponentPropsWithoutRef, forwardRef, useRef } from 'react';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { incomingTypeLabel, useMessages } from '../../messages';
import { formatBusText, stripBidiControls } from '../shared/BusText';
import { ControlButton } from '../shared/ControlButton';
import { useComposedRefs } from '../shared/composeRefs';
import { cx } from '../shared/domProps';
import { addressLabel } from '../shared/formatParty';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';

/** Props of {@link IncomingCallBanner}: any `<section>` prop; `className` is added to the kit's. */
export type IncomingCallBannerProps = ComponentPropsWithoutRef<'section'>;

/**
 * While a call is offered: a region named "Incoming call" with its kind, the caller, the teammate who
 * transferred it (cold transfer) or the customer handed over (warm transfer), and Accept / Reject.
 * The offer is announced politely ("Incoming call from …") by a hidden live region that stays mounted, so
 * otherwise only that empty region renders. Once the offer goes (Accept, Reject) focus that was in the
 * banner moves to the call bar. `data-state="offered"`, `data-type` is the incoming type.
 * @example <IncomingCallBanner className="crm-toast" />
 */
export const IncomingCallBanner = /*#__PURE__*/ forwardRef<HTMLElement, IncomingCallBannerProps>(
  function IncomingCallBanner({ className, onFocus, onBlur, ...rest }, ref) {
    const messages = useMessages();
    const incoming = useIncomingCall();
    const rootRef = useRef<HTMLElement>(null);
    const composedRef = useComposedRefs(ref, rootRef);
    const rescue = useFocusRescue(rootRef, { fallback: findCallBar, onFocus, onBlur });
    // Mounted before the offer arrives: screen readers only read changes of a region already on the page.
    const announcer = (
      <LiveAnnouncer
        message={
          incoming === undefined
            ? ''
            : messages.format.incomingFrom(stripBidiControls(addressLabel(messages, incoming.call.from)))
        }
      />
    );
    if (incoming === undefined) return <>{announcer}</>;
    const { call, accept, reject, acceptControl, rejectControl } = incoming;

    return (
      <>
        {announcer}
        <section
          aria-label={messages.regions.incomingCall}
          {...rest}
          ref={composedRef}
          className={cx('dk-incoming-call', className)}
          data-state="offered"
          data-type={call.type}
          onFocus={rescue.onFocus}
          onBlur={rescue.onBlur}
        >
          <div>
            <p className="dk-incoming-call__title">{incomingTypeLabel(messages, call.type)}</p>
            <p className="dk-incoming-call__caller">
              {formatBusText(messages.format.incomingFrom, addressLabel(messages, call.from))}
            </p>
            {call.type === 'cold-transfer' && call.transferer !== undefined && (
              <p className="dk-incoming-call__via">
                {formatBusText(messages.format.transferredBy, addressLabel(messages, call.transferer))}
              </p>
            )}
            {call.type === 'warm-transfer' && call.external !== undefined && (
              <p className="dk-incoming-call__via">
                {formatBusText(messages.format.customer, addressLabel(messages, call.external))}
              </p>
            )}
          </div>
          <div className="dk-actions">
            <ControlButton control={acceptControl} variant="success" onActivate={() => accept()}>
              {messages.controls.accept}
            </ControlButton>
            <ControlButton control={rejectControl} variant="danger" onActivate={reject}>
              {messages.controls.reject}
            </ControlButton>
          </div>
        </section>
      </>
    );
  },
);
