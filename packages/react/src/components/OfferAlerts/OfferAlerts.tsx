import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type OfferAlertsOptions, useOfferAlerts } from '../../alerts/useOfferAlerts';
import { useMessages } from '../../messages';
import { cx } from '../shared/domProps';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';

/** Props of {@link OfferAlerts}: what the alerts do, and any `<div>` prop. */
export interface OfferAlertsProps
  extends OfferAlertsOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children'> {}

/**
 * Turns the alerts of an offered call on (`useOfferAlerts`): a ringtone, and while the tab is hidden a
 * flashing title and a system notification. Render it once inside `DialerProvider`. It shows what needs the
 * agent: "The browser blocked the ringtone." with an "Enable sound" button when autoplay is refused, and
 * an "Enable notifications" button until the browser is asked (never on load). A page notification has no
 * actions (a click brings the tab to the front); pass the app's service-worker `registration` for Accept and
 * Reject, and have its `notificationclick` post `{ type: 'dialer-kit:offer-action', action, callUuid }`
 * (`action` and `data.callUuid` of the notification) to its window clients.
 * `data-sound="blocked"` while the ringtone is blocked.
 * @example <OfferAlerts sound="/sounds/ring.mp3" volume={0.6} />
 */
export const OfferAlerts = /*#__PURE__*/ forwardRef<HTMLDivElement, OfferAlertsProps>(function OfferAlerts(
  { sound, volume, notifications, registration, titleFlash, environment, className, ...rest },
  ref,
) {
  const messages = useMessages();
  const { soundBlocked, enableSound, notificationPermission, enableNotifications } = useOfferAlerts({
    sound,
    volume,
    notifications,
    registration,
    titleFlash,
    environment,
  });
  const askToNotify = notifications !== false && notificationPermission === 'default';
  return (
    <div
      {...rest}
      ref={ref}
      className={cx('dk-alerts', className)}
      data-sound={soundBlocked ? 'blocked' : undefined}
    >
      {/* Mounted before the refusal: screen readers only read changes of a region already on the page. */}
      <LiveAnnouncer visible message={soundBlocked ? messages.alerts.soundBlocked : ''} className="dk-hint" />
      {soundBlocked && (
        <button type="button" className="dk-button" onClick={enableSound}>
          {messages.alerts.enableSound}
        </button>
      )}
      {askToNotify && (
        <button type="button" className="dk-button" onClick={enableNotifications}>
          {messages.alerts.enableNotifications}
        </button>
      )}
    </div>
  );
});
