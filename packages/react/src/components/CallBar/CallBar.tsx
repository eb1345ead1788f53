import { type CallSummary, selectCallSummary } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { partyOfName } from '../../contacts/contactDirectory';
import { nameLabel } from '../../contacts/formatParty';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { type DialerMessages, useMessages } from '../../messages';
import { ContactName } from '../ContactName/ContactName';
import { formatBusText } from '../shared/BusText';
import { cx, flag } from '../shared/domProps';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { useFocusRescue } from '../shared/useFocusRescue';
import { CallBarActions } from './CallBarActions';
import { CallBarNotice } from './CallBarNotice';
import { CallStates } from './CallStates';
import { CallTimer } from './CallTimer';
import { selectShownDetails } from './shownDetails';

/**
 * What the bar shows of the call's summary. The party is compared by its words (`partyText`), so a SYNC
 * restating the same party (its source, leg or state changed, nothing shown) renders nothing; `party` rides
 * along for its contact.
 */
function shownSummary(messages: DialerMessages, { phase, aboutOffer, dialing, party }: CallSummary) {
  return {
    phase,
    aboutOffer,
    dialing,
    party,
    partyText: party === undefined ? undefined : nameLabel(messages, party),
  };
}

type ShownSummary = ReturnType<typeof shownSummary>;

const sameShownSummary = (a: ShownSummary, b: ShownSummary): boolean =>
  a.phase === b.phase &&
  a.aboutOffer === b.aboutOffer &&
  a.dialing === b.dialing &&
  a.partyText === b.partyText;

/** Props of {@link CallBar}: any `<section>` prop; `className` is added to the kit's. */
export type CallBarProps = ComponentPropsWithoutRef<'section'>;

/**
 * The current call: a region named "Call" with the status in words (announced politely; while the dialer
 * is not ready, the connection instead), the other party, the line, the talk time, the live call's states
 * as chips with words (on hold with its time, muted, recording), its news as dismissible polite notices (a
 * failure of its own buttons, how a call ended that the agent did not end, the tags saved) and the buttons
 * the call allows now, with one line under them saying why any is disabled. An offered call belongs to the
 * `IncomingCallBanner` (render both): while one is offered and no call is up, the bar only says so.
 * `data-state` is the call status as the bus said it, `data-connection` the link to the dialer,
 * `data-dialing` a DIAL the bus has not answered yet, `data-held` / `data-muted` / `data-recording` the
 * live call's states.
 * @example <CallBar className="crm-call" />
 */
export const CallBar = /*#__PURE__*/ forwardRef<HTMLElement, CallBarProps>(function CallBar(
  { className, onFocus, onBlur, ...rest },
  ref,
) {
  const messages = useMessages();
  const { status, flow, connection, offered, stale, muted, held, recording, hasLine, lineName, lineNumber } =
    useDialerSelector(selectShownDetails, { equality: 'shallow' });
  // The summary alone, not the call's record (`useCallSummary`), which changes with every call change.
  const { phase, aboutOffer, dialing, party, partyText } = useDialerSelector(
    (state) => shownSummary(messages, selectCallSummary(state)),
    { equality: sameShownSummary },
  );
  const rescue = useFocusRescue(ref, { onFocus, onBlur });

  // Not ready, the call's words would mislead ("No call" while connecting, "Connected" once closed).
  const statusText =
    connection !== 'ready'
      ? messages.connection[connection]
      : dialing
        ? messages.labels.dialing
        : messages.format.callAnnouncement(
            aboutOffer ? messages.regions.incomingCall : messages.status[status],
            flow === undefined || flow === 'regular' ? undefined : messages.flow[flow],
          );
  const lineNumberText = lineNumber ? messages.format.phoneNumber(lineNumber) : undefined;

  return (
    <section
      tabIndex={-1}
      aria-label={messages.regions.call}
      {...rest}
      {...rescue}
      className={cx('dk-call-bar', className)}
      data-state={status}
      data-flow={flow}
      data-phase={phase}
      data-connection={connection}
      data-dialing={flag(dialing)}
      data-incoming={flag(offered)}
      data-muted={flag(muted && phase === 'live')}
      data-held={flag(held && phase === 'live')}
      data-recording={flag(recording)}
    >
      <div className="dk-call-bar__details">
        <LiveAnnouncer visible message={statusText} className="dk-call-bar__status" />
        {/* The offer's caller and line are the banner's to show: the bar only says a call is offered. */}
        {partyText !== undefined && !aboutOffer && (
          <p className="dk-call-bar__party">
            <ContactName party={partyOfName(party)} />
          </p>
        )}
        {hasLine && !aboutOffer && messages.format.line(lineName, lineNumberText) !== '' && (
          <p className="dk-call-bar__line">{formatBusText(messages.format.line, lineName, lineNumberText)}</p>
        )}
        {!dialing && !aboutOffer && <CallTimer />}
        <CallStates />
      </div>
      <fieldset className="dk-actions dk-call-bar__actions">
        <legend className="dk-visually-hidden">{messages.regions.callControls}</legend>
        {/* A dial in flight has no button yet: Hang up comes with the first status, Done would be refused. */}
        {/* An offer while no call is up: Accept and Reject are the banner's, the last call's Done is moot. */}
        <CallBarActions
          phase={dialing || aboutOffer ? 'idle' : phase}
          muted={muted}
          held={held}
          recording={recording}
        />
      </fieldset>
      {/* Under the details and the buttons, the bar's full width: a long notice never pushes the buttons. */}
      <CallBarNotice />
      {/*
        "Phone may be out of date – reconnecting…" while the bus is silent: a polite live region, mounted
        before the news so that it is read out when it comes; it goes with the bus's next message. It blocks
        nothing: the controls that still work stay usable.
      */}
      <p className="dk-call-bar__stale" aria-live="polite" aria-atomic="true" data-empty={flag(!stale)}>
        {stale ? messages.labels.busStale : null}
      </p>
    </section>
  );
});
