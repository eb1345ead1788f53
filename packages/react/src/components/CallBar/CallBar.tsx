import { type ComponentPropsWithoutRef, forwardRef, useRef } from 'react';
import { useBusConnection } from '../../hooks/useBusConnection';
import { useCallDetails } from '../../hooks/useCallDetails';
import { useCallFlow } from '../../hooks/useCallFlow';
import { useCallStatus } from '../../hooks/useCallStatus';
import { useCallSummary } from '../../hooks/useCallSummary';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { useMessages } from '../../messages';
import { BusText, formatBusText } from '../shared/BusText';
import { useComposedRefs } from '../shared/composeRefs';
import { cx, flag } from '../shared/domProps';
import { nameLabel } from '../shared/formatParty';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { useFocusRescue } from '../shared/useFocusRescue';
import { CallBarActions } from './CallBarActions';
import { CallBarNotice } from './CallBarNotice';
import { CallTimer } from './CallTimer';

/** Props of {@link CallBar}: any `<section>` prop; `className` is added to the kit's. */
export type CallBarProps = ComponentPropsWithoutRef<'section'>;

/**
 * The current call: a region named "Call" with the status in words (announced politely; while the dialer
 * is not ready, the connection instead), the other party, the line, the talk time, the last failure of its
 * own buttons (an alert) and the buttons the call allows now. `data-state` is the call status as the bus
 * said it, `data-connection` the link to the dialer, `data-dialing` a DIAL the bus has not answered yet.
 * @example <CallBar className="crm-call" />
 */
export const CallBar = /*#__PURE__*/ forwardRef<HTMLElement, CallBarProps>(function CallBar(
  { className, onFocus, onBlur, ...rest },
  ref,
) {
  const messages = useMessages();
  const status = useCallStatus();
  const flow = useCallFlow();
  const offered = useIncomingCall() !== undefined;
  const { muted, held, recordingState, line } = useCallDetails();
  const { state: connection } = useBusConnection();
  const { phase, aboutOffer, dialing, party } = useCallSummary();
  const rootRef = useRef<HTMLElement>(null);
  const rescue = useFocusRescue(rootRef, { onFocus, onBlur });
  const composedRef = useComposedRefs(ref, rootRef);

  const flowWord = flow === undefined || flow === 'regular' ? undefined : messages.flow[flow];
  let statusText = messages.format.callAnnouncement(
    aboutOffer ? messages.regions.incomingCall : messages.status[status],
    flowWord,
  );
  if (dialing) statusText = messages.labels.dialing;
  // Not ready, the call's words would mislead ("No call" while connecting, "Connected" once closed).
  if (connection !== 'ready') statusText = messages.connection[connection];
  const lineText = line === undefined ? undefined : messages.format.line(line.name, line.number);

  return (
    <section
      tabIndex={-1}
      aria-label={messages.regions.call}
      {...rest}
      ref={composedRef}
      className={cx('dk-call-bar', className)}
      data-state={status}
      data-flow={flow}
      data-phase={phase}
      data-connection={connection}
      data-dialing={flag(dialing)}
      data-incoming={flag(offered)}
      data-muted={flag(muted && phase === 'live')}
      data-held={flag(held && phase === 'live')}
      data-recording={flag(recordingState === 'recording')}
      onFocus={rescue.onFocus}
      onBlur={rescue.onBlur}
    >
      <div className="dk-call-bar__details">
        <LiveAnnouncer visible message={statusText} className="dk-call-bar__status" />
        {party !== undefined && (
          <p className="dk-call-bar__party">
            <BusText>{nameLabel(messages, party)}</BusText>
          </p>
        )}
        {line !== undefined && lineText !== '' && (
          <p className="dk-call-bar__line">{formatBusText(messages.format.line, line.name, line.number)}</p>
        )}
        {!dialing && <CallTimer />}
        <CallBarNotice />
      </div>
      <fieldset className="dk-actions dk-call-bar__actions">
        <legend className="dk-visually-hidden">{messages.regions.callControls}</legend>
        {/* A dial in flight has no button yet: Hang up comes with the first status, Done would be refused. */}
        <CallBarActions phase={dialing ? 'idle' : phase} offered={offered} />
      </fieldset>
    </section>
  );
});
