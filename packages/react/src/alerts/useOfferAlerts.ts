import { selectOfferedCall } from '@dialer-kit/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { stripBidiControls } from '../components/shared/BusText';
import { useContact } from '../hooks/useContact';
import { useDialerSelector } from '../hooks/useDialerSelector';
import { useTabRole } from '../hooks/useTabRole';
import { incomingTypeLabel, useMessages } from '../messages';
import { useDialerStore } from '../provider/useDialerStore';
import { type OfferAlertsEnvironment, useAlertsEnvironment } from './alertsEnvironment';
import { type OfferNotificationRegistration, useOfferNotification } from './useOfferNotification';
import { useRingtone } from './useRingtone';
import { useTitleFlash } from './useTitleFlash';

/** What the alerts of an offered call do; each is on unless turned off. */
export interface OfferAlertsOptions {
  /** Ring while a call is offered: `false` for silence, or the URL of the app's own sound (looped). Default: a generated ring tone. */
  readonly sound?: boolean | string | undefined;
  /** The ringtone's volume, from 0 to 1 (default 1). */
  readonly volume?: number | undefined;
  /** A system notification while the tab is hidden, once the agent allowed notifications. */
  readonly notifications?: boolean | undefined;
  /** The app's service-worker registration: its notifications have Accept and Reject (see `OfferAlerts`). */
  readonly registration?: OfferNotificationRegistration | undefined;
  /** The tab's title flashes "☎ Incoming call – …" while it is hidden. */
  readonly titleFlash?: boolean | undefined;
  /** The browser as the alerts use it (default the page's own); for tests. Pass a stable object. */
  readonly environment?: Partial<OfferAlertsEnvironment> | undefined;
}

/** The state of the alerts the agent can act on. */
export interface OfferAlertsView {
  /** The browser refused to play the ringtone (autoplay policy) until the agent enables sound. */
  readonly soundBlocked: boolean;
  /** Plays the ringtone in a click, which lets the page play sound from then on. */
  readonly enableSound: () => void;
  /** The browser's permission to notify, `unsupported` without the Notification API. */
  readonly notificationPermission: NotificationPermission | 'unsupported';
  /** Asks the browser for permission to notify: call it from a click, never on load. */
  readonly enableNotifications: () => void;
}

const NAME = 'useOfferAlerts';
const NO_SUBSCRIPTION = () => () => undefined;

/**
 * Makes an offered call hard to miss: a ringtone while it is offered, and, while the tab is hidden, a
 * flashing tab title and a system notification; all stop the moment the offer goes. When the tabs share
 * one bus, only the tab that owns it rings and notifies; every hidden tab flashes its title.
 * @example const { soundBlocked, enableSound } = useOfferAlerts({ sound: '/ring.mp3', volume: 0.5 });
 */
export function useOfferAlerts(options: OfferAlertsOptions = {}): OfferAlertsView {
  const { sound = true, volume = 1, notifications = true, registration, titleFlash = true } = options;
  const store = useDialerStore(NAME);
  const messages = useMessages();
  const offer = useDialerSelector(selectOfferedCall, { hookName: NAME });
  const { role } = useTabRole(store);
  const env = useAlertsEnvironment(options.environment);
  const doc = env?.document;
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc?.addEventListener('visibilitychange', onChange);
      return () => doc?.removeEventListener('visibilitychange', onChange);
    },
    [doc],
  );
  const hidden = useSyncExternalStore(
    doc === undefined ? NO_SUBSCRIPTION : subscribe,
    () => doc?.visibilityState === 'hidden',
    () => false,
  );
  // One tab alerts for the shared bus: its owner, which is always there (see docs/DECISIONS.md).
  const alerting = offer !== undefined && (role === 'owner' || role === 'single');
  // Named as the banner names the caller: the host's contact once it answered, else the number.
  const caller = useContact(offer?.from).label;
  const who = offer === undefined ? undefined : stripBidiControls(caller);
  const type = offer?.type;
  const text = useMemo(
    () =>
      alerting && hidden && notifications && who !== undefined && type !== undefined
        ? {
            title: messages.format.incomingFrom(who),
            body: incomingTypeLabel(messages, type),
            accept: messages.controls.accept,
            reject: messages.controls.reject,
          }
        : undefined,
    [alerting, hidden, notifications, who, type, messages],
  );
  const ringtone = useRingtone(
    env,
    alerting && sound !== false,
    typeof sound === 'string' ? sound : undefined,
    volume,
  );
  useTitleFlash(doc, titleFlash && hidden && who !== undefined ? messages.alerts.titleFlash(who) : undefined);
  const notification = useOfferNotification(
    env,
    store,
    alerting ? offer?.callUuid : undefined,
    text,
    registration,
  );
  const { blocked, enable } = ringtone;
  const { permission, enable: ask } = notification;
  return useMemo(
    () => ({
      soundBlocked: blocked,
      enableSound: enable,
      notificationPermission: permission,
      enableNotifications: ask,
    }),
    [blocked, enable, permission, ask],
  );
}
