import type { RecordingState } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { type AfterCallOptions, useAfterCall } from '../../hooks/useAfterCall';
import { type DialerMessages, useMessages } from '../../messages';
import { formatDuration, isoDuration } from '../CallBar/formatDuration';
import { ContactName } from '../ContactName/ContactName';
import { formatBusText } from '../shared/BusText';
import { cx, flag } from '../shared/domProps';
import { lineNumberLabel } from '../shared/formatLine';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';
import { AfterCallTags } from './AfterCallTags';

/**
 * Props of {@link AfterCallPanel}: `callUuid` (which call, see `useAfterCall`) and any `<section>` prop;
 * `className` is added to the kit's.
 */
export type AfterCallPanelProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'> & AfterCallOptions;

function recordingText(messages: DialerMessages, state: RecordingState): string {
  const words = messages.afterCall;
  return state === 'recording'
    ? words.recorded
    : state === 'paused'
      ? words.recordingPaused
      : words.notRecorded;
}

/**
 * The call that has just ended (status `ended`), or with `callUuid` that call even once the agent is done
 * with it (one of the recent calls the store keeps), else nothing: a region named "Call summary" with the
 * talk time (or "Not connected"), the party, the line, the direction and the recording in words, then the
 * call's tags, optional on a line that does not require them and editable once saved. "Save tags" sends the
 * picks (`API.UPDATE_CALL_TAGS` once the call's id is known, else `DIALER.SET_TAGS`); the save is announced
 * ("Saving", "Tags saved: …"), a refusal shows a dismissible alert and keeps the picks. `data-state` is
 * `ended`, or `recent` for a call no longer current; `data-saving`, `data-changed` and `data-error` are flags.
 * @example
 * <AfterCallPanel className="crm-wrap-up" />
 * // The last call, while no call is up: its tags can still be corrected.
 * const last = useDialerSelector((s) => (s.call.status === 'idle' ? s.recentCalls[0]?.callUuid : undefined));
 * <AfterCallPanel {...(last === undefined ? {} : { callUuid: last })} />
 */
export const AfterCallPanel = /*#__PURE__*/ forwardRef<HTMLElement, AfterCallPanelProps>(
  function AfterCallPanel({ callUuid, className, onFocus, onBlur, ...rest }, ref) {
    const messages = useMessages();
    const view = useAfterCall(callUuid === undefined ? {} : { callUuid });
    const titleId = useId();
    // A Dismiss that goes keeps focus in the panel; the panel going (Done, a new call) sends it to the call bar.
    const rescue = useFocusRescue(ref, { fallback: findCallBar, onFocus, onBlur });
    const { summary } = view;
    if (summary === undefined) return null;
    const words = messages.afterCall;
    const { talkTimeMs, line, direction, recordingState } = summary;

    return (
      <section
        aria-labelledby={titleId}
        {...rest}
        {...rescue}
        className={cx('dk-after-call', className)}
        data-state={view.recent ? 'recent' : 'ended'}
        data-saving={flag(view.isSaving)}
        data-changed={flag(view.hasChanges)}
        data-error={flag(view.failure !== undefined)}
      >
        <h2 id={titleId} className="dk-after-call__title">
          {words.title}
        </h2>
        <dl className="dk-after-call__summary">
          <dt>{words.party}</dt>
          <dd>
            <ContactName party={summary.party} />
          </dd>
          <dt>{words.talkTime}</dt>
          <dd>
            {talkTimeMs === undefined ? (
              words.notConnected
            ) : (
              <time dateTime={isoDuration(talkTimeMs)}>{formatDuration(talkTimeMs)}</time>
            )}
          </dd>
          {line !== undefined && (
            <>
              <dt>{words.line}</dt>
              <dd>{formatBusText(messages.format.line, line.name, lineNumberLabel(messages, line))}</dd>
            </>
          )}
          {direction !== undefined && (
            <>
              <dt>{words.direction}</dt>
              <dd>{direction === 'incoming' ? words.incoming : words.outgoing}</dd>
            </>
          )}
          {recordingState !== undefined && (
            <>
              <dt>{words.recording}</dt>
              <dd data-state={recordingState}>{recordingText(messages, recordingState)}</dd>
            </>
          )}
        </dl>
        <AfterCallTags view={view} />
      </section>
    );
  },
);
