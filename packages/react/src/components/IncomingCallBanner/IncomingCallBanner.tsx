import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { incomingTypeLabel, useMessages } from '../../messages';
import { ControlButton } from '../shared/ControlButton';
import { cx } from '../shared/domProps';
import { addressLabel } from '../shared/formatParty';

/** Props of {@link IncomingCallBanner}: any `<section>` prop; `className` is added to the kit's. */
export type IncomingCallBannerProps = ComponentPropsWithoutRef<'section'>;

/**
 * While a call is offered: a region named "Incoming call" with its kind, the caller, the teammate who
 * transferred it (cold transfer) or the customer handed over (warm transfer), and Accept / Reject.
 * Renders nothing otherwise. `data-state="offered"`, `data-type` is the incoming type.
 * @example <IncomingCallBanner className="crm-toast" />
 */
export const IncomingCallBanner = forwardRef<HTMLElement, IncomingCallBannerProps>(
  function IncomingCallBanner({ className, ...rest }, ref) {
    const messages = useMessages();
    const incoming = useIncomingCall();
    if (incoming === undefined) return null;
    const { call, accept, reject, acceptControl, rejectControl } = incoming;

    return (
      <section
        aria-label={messages.regions.incomingCall}
        {...rest}
        ref={ref}
        className={cx('dk-incoming-call', className)}
        data-state="offered"
        data-type={call.type}
      >
        <div>
          <p className="dk-incoming-call__title">{incomingTypeLabel(messages, call.type)}</p>
          <p className="dk-incoming-call__caller">
            {messages.format.incomingFrom(addressLabel(messages, call.from))}
          </p>
          {call.type === 'cold-transfer' && call.transferer !== undefined && (
            <p className="dk-incoming-call__via">
              {messages.format.transferredBy(addressLabel(messages, call.transferer))}
            </p>
          )}
          {call.type === 'warm-transfer' && call.external !== undefined && (
            <p className="dk-incoming-call__via">
              {messages.format.customer(addressLabel(messages, call.external))}
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
    );
  },
);
