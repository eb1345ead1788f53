import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useContact } from '../../hooks/useContact';
import { useSecondCall } from '../../hooks/useSecondCall';
import { useMessages } from '../../messages';
import { stripBidiControls } from '../shared/BusText';
import { DialTargetForm } from '../shared/DialTargetForm';
import { cx, flag } from '../shared/domProps';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { failureNotice, NoticeSlot, useDismissibleNotice } from '../shared/NoticeSlot';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';
import { SecondCallParties } from './SecondCallParties';

/** Props of {@link SecondCallControls}: any `<section>` prop; `className` is added to the kit's. */
export type SecondCallControlsProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * A second call during a call (the bus's concurrent flow): on a connected call, "Second call to" and
 * "Start second call"; then who the agent talks with (or calls, while it rings) and who is on hold, with
 * "Swap" to change over. A failed start or swap shows a dismissible notice. Who the agent talks with is
 * announced politely when it changes; focus that was in the panel stays in it when its content changes,
 * and goes to the call bar when the panel goes. Renders nothing without a connected call.
 * `data-state` is the call status; `data-active` / `data-pending` flag the second call.
 * @example <SecondCallControls className="crm-second-call" />
 */
export const SecondCallControls = /*#__PURE__*/ forwardRef<HTMLElement, SecondCallControlsProps>(
  function SecondCallControls({ className, onFocus, onBlur, ...rest }, ref) {
    const messages = useMessages();
    const second = useSecondCall();
    const notice = useDismissibleNotice(failureNotice(messages, second.failure));
    const rescue = useFocusRescue(ref, { toContainer: true, fallback: findCallBar, onFocus, onBlur });
    // The parties' words for the announcement, by the contacts' names once known.
    const contact = useContact(second.current).label;
    const current = second.current === undefined ? messages.secondCall.unknownParty : contact;
    const held = useContact(second.held).label;
    if (second.phase === 'hidden') return null;
    const isActive = second.phase === 'active';
    const announcement = !isActive
      ? ''
      : stripBidiControls(
          second.ringing
            ? messages.secondCall.announceCalling(current, held)
            : messages.secondCall.announceTalking(current, held),
        );

    return (
      <section
        aria-label={messages.secondCall.region}
        tabIndex={-1}
        {...rest}
        {...rescue}
        className={cx('dk-second-call', className)}
        data-state={second.status}
        data-active={flag(isActive)}
        data-pending={flag(second.pending)}
      >
        <NoticeSlot {...notice} className="dk-second-call__notice" />
        {isActive ? (
          <SecondCallParties
            current={second.current}
            held={second.held}
            ringing={second.ringing}
            swapControl={second.swapControl}
            onSwap={second.swap}
          />
        ) : (
          <DialTargetForm
            className="dk-second-call__form"
            label={messages.secondCall.callTo}
            submitLabel={messages.secondCall.start}
            control={second.startConcurrentControl}
            onSubmit={(to) => second.startConcurrent(to).ok}
          />
        )}
        <LiveAnnouncer message={announcement} />
      </section>
    );
  },
);
