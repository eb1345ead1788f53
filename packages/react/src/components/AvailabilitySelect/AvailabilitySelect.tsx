import { AVAILABILITY_SETTINGS, type AvailabilitySetting, type FailedOperation } from '@dialer-kit/core';
import {
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactNode,
  useId,
  useRef,
} from 'react';
import { type AvailabilitySelectView, useAvailabilitySelect } from '../../hooks/useAvailabilitySelect';
import { availabilityLabel, type DialerMessages, useMessages } from '../../messages';
import { BusText, stripBidiControls } from '../shared/BusText';
import { cx, flag, joinIds } from '../shared/domProps';
import { failureText, NoticeSlot } from '../shared/NoticeSlot';

/** Props of {@link AvailabilitySelect}: any `<div>` prop; `className` is added to the kit's. */
export type AvailabilitySelectProps = Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange'>;

/**
 * The status beside the setting, in words that agree with it: "Taking calls" / "Not taking calls" for the
 * two statuses a setting gives ("On a break" shows as do not disturb), else the status itself; before the
 * bus reports it, the link to the dialer while not ready, else that it is not known yet.
 */
function statusWords(messages: DialerMessages, view: AvailabilitySelectView): string {
  const { status, connection } = view;
  if (status === undefined) {
    return connection === 'ready' ? messages.labels.availabilityUnknown : messages.connection[connection];
  }
  if (status === 'available') return messages.labels.takingCalls;
  if (status === 'do_not_disturb') return messages.labels.notTakingCalls;
  return availabilityLabel(messages, status);
}

/** Why the setting cannot change now, in words; `undefined` while it can (or only waits for the bus). */
function blockedReason(messages: DialerMessages, view: AvailabilitySelectView): string | undefined {
  const { updateAvailabilityControl: control, busy, status } = view;
  if (control.reason === undefined || busy) return undefined;
  if (control.reason === 'in-call' && status === 'after_call_work') {
    return messages.labels.availabilityAfterCallWork;
  }
  return messages.reasons[control.reason];
}

/** "Availability could not change. The dialer refused it. Not allowed now": the bus's own words isolated. */
function refusalText(messages: DialerMessages, failure: FailedOperation): ReactNode {
  return (
    <>
      {failureText(messages, failure)}
      {failure.message !== undefined && (
        <>
          {' '}
          <BusText>{failure.message}</BusText>
        </>
      )}
    </>
  );
}

/**
 * A select labelled "Availability" with the agent's setting, and beside it the bus's status in words that
 * agree with it ("On a break" · "Not taking calls"), announced politely when it changes. While a change is
 * on its way the select stays focusable but busy; while the setting cannot change (a call, after-call work
 * with its countdown, not connected) it says why in words; a change the bus refuses comes back as a
 * polite notice with its reason (it takes no focus), which the agent dismisses. `data-state` is the bus's
 * status (`unknown` before it is reported), `data-setting` the setting shown.
 * @example <AvailabilitySelect className="crm-presence" />
 */
export const AvailabilitySelect = /*#__PURE__*/ forwardRef<HTMLDivElement, AvailabilitySelectProps>(
  function AvailabilitySelect({ className, ...rest }, ref) {
    const messages = useMessages();
    const view = useAvailabilitySelect();
    const { status, setting, busy, failure, wrapUpSecondsLeft } = view;
    const { updateAvailabilityControl: control, updateAvailability, dismissFailure } = view;
    const id = useId();
    const selectRef = useRef<HTMLSelectElement>(null);
    const words = statusWords(messages, view);
    const reason = blockedReason(messages, view);
    const blocked = reason !== undefined;
    const wrappingUp = wrapUpSecondsLeft !== undefined && wrapUpSecondsLeft > 0;
    // While blocked only the setting shown is listed: the select stays focusable (its reason can be read)
    // but offers nothing to pick.
    const settings: readonly AvailabilitySetting[] = blocked
      ? AVAILABILITY_SETTINGS.filter((candidate) => candidate === setting)
      : AVAILABILITY_SETTINGS;

    const change = (event: ChangeEvent<HTMLSelectElement>): void => {
      // Refused while blocked or busy: the select is controlled, so React puts the shown value back.
      if (blocked || busy) return;
      void updateAvailability(event.target.value as AvailabilitySetting);
    };

    return (
      <div
        {...rest}
        ref={ref}
        className={cx('dk-availability-select', className)}
        data-state={status ?? 'unknown'}
        data-setting={setting}
        data-busy={flag(busy)}
        data-disabled={flag(blocked)}
        data-reason={control.reason}
      >
        <div className="dk-availability-select__row">
          <label htmlFor={`${id}-select`}>{messages.regions.availability}</label>
          <select
            ref={selectRef}
            id={`${id}-select`}
            className="dk-input"
            value={setting ?? ''}
            aria-disabled={blocked || busy || undefined}
            aria-busy={busy || undefined}
            aria-describedby={joinIds(blocked && `${id}-reason`, failure !== undefined && `${id}-failure`)}
            onChange={change}
          >
            {setting === undefined && (
              <option value="" disabled>
                {stripBidiControls(words)}
              </option>
            )}
            {settings.map((candidate) => (
              <option key={candidate} value={candidate}>
                {messages.availabilitySettings[candidate]}
              </option>
            ))}
          </select>
          {/* When no setting fits, the select itself shows these words: said once on screen, still announced. */}
          <span
            role="status"
            className={setting === undefined ? 'dk-visually-hidden' : 'dk-availability-select__status'}
          >
            <span className="dk-visually-hidden">{messages.regions.availability}: </span>
            {/* A status the kit does not know is the bus's own text (Decision 8). */}
            <BusText>{words}</BusText>
            {busy && <span className="dk-availability-select__updating"> ({messages.labels.updating})</span>}
          </span>
          {/* Outside the live region: a countdown announced every second would drown the reader. */}
          {wrappingUp && (
            <span className="dk-availability-select__countdown">
              {messages.format.wrapUpEndsIn(wrapUpSecondsLeft)}
            </span>
          )}
        </div>
        {blocked && (
          <span id={`${id}-reason`} className="dk-hint">
            {reason}
          </span>
        )}
        <NoticeSlot
          notice={
            failure === undefined
              ? undefined
              : { text: refusalText(messages, failure), tone: 'error', about: failure }
          }
          dismiss={dismissFailure}
          textId={`${id}-failure`}
          onDismissed={() => selectRef.current?.focus()}
          className="dk-availability-select__notice"
        />
      </div>
    );
  },
);
