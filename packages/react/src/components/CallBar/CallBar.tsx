import { type ComponentPropsWithoutRef, forwardRef, useRef } from 'react';
import { useCallDetails } from '../../hooks/useCallDetails';
import { useCallFlow } from '../../hooks/useCallFlow';
import { useCallParticipants } from '../../hooks/useCallParticipants';
import { useCallStatus } from '../../hooks/useCallStatus';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { useMessages } from '../../messages';
import { useComposedRefs } from '../shared/composeRefs';
import { cx, flag } from '../shared/domProps';
import { addressLabel, partyLabel } from '../shared/formatParty';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { useFocusRescue } from '../shared/useFocusRescue';
import { CallBarActions } from './CallBarActions';
import { CallTimer } from './CallTimer';
import { callBarPhase } from './callBarPhase';
import { useCallLine } from './useCallLine';

/** Props of {@link CallBar}: any `<section>` prop; `className` is added to the kit's. */
export type CallBarProps = ComponentPropsWithoutRef<'section'>;

/**
 * The current call: a region named "Call" with the status in words (announced politely), the other party,
 * the line, the talk time and the buttons the call allows now. `data-state` is the call status.
 * @example <CallBar className="crm-call" />
 */
export const CallBar = forwardRef<HTMLElement, CallBarProps>(function CallBar(
  { className, onFocus, onBlur, ...rest },
  ref,
) {
  const messages = useMessages();
  const status = useCallStatus();
  const flow = useCallFlow();
  const incoming = useIncomingCall();
  const { active } = useCallParticipants();
  const { muted, held, recordingState } = useCallDetails();
  const line = useCallLine();
  const rootRef = useRef<HTMLElement>(null);
  const rescue = useFocusRescue(rootRef);
  const composedRef = useComposedRefs(ref, rootRef);

  const phase = callBarPhase(status, flow);
  const offered = incoming !== undefined;
  // An offer can arrive while the bus still says idle or ended: then the offer is what the bar is about.
  const aboutOffer = offered && (phase === 'idle' || phase === 'ended');
  const statusText = messages.format.callAnnouncement(
    aboutOffer ? messages.regions.incomingCall : messages.status[status],
    flow === undefined || flow === 'regular' ? undefined : messages.flow[flow],
  );
  const party = aboutOffer
    ? addressLabel(messages, incoming?.call.from)
    : phase === 'idle'
      ? undefined
      : partyLabel(messages, active);
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
      data-incoming={flag(offered)}
      data-muted={flag(muted && phase === 'live')}
      data-held={flag(held && phase === 'live')}
      data-recording={flag(recordingState === 'recording')}
      onFocus={(event) => {
        onFocus?.(event);
        rescue.onFocus();
      }}
      onBlur={(event) => {
        onBlur?.(event);
        rescue.onBlur(event);
      }}
    >
      <div className="dk-call-bar__details">
        <LiveAnnouncer visible message={statusText} className="dk-call-bar__status" />
        {party !== undefined && <p className="dk-call-bar__party">{party}</p>}
        {lineText !== undefined && lineText !== '' && <p className="dk-call-bar__line">{lineText}</p>}
        <CallTimer />
      </div>
      <fieldset className="dk-actions dk-call-bar__actions">
        <legend className="dk-visually-hidden">{messages.regions.callControls}</legend>
        <CallBarActions phase={phase} offered={offered} />
      </fieldset>
    </section>
  );
});
