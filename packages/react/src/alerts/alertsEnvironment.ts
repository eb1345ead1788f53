import { useMemo } from 'react';
import { ringToneUrl } from './ringTone';

/** What the ringtone plays on: an `HTMLAudioElement` in a page. */
export type RingtonePlayer = Pick<HTMLMediaElement, 'play' | 'pause' | 'loop' | 'volume'>;

/** What a notification of the page is to the kit: something to close, and to click. */
export type PageNotification = Pick<Notification, 'close' | 'onclick'>;

/** The page's `Notification`: its permission, the request for it, and the constructor. */
export interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): PageNotification;
}

/**
 * The browser as the offer alerts use it; each part defaults to the page's own, and tests pass fakes
 * (`OfferAlerts`' `environment`). Pass a stable object.
 */
export interface OfferAlertsEnvironment {
  /** The page: whether it is hidden (`visibilitychange`) and its `title`. */
  readonly document: Pick<Document, 'title' | 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  /** A looping player of `src` (the app's sound URL), or of the kit's ring tone when `undefined`. */
  readonly createAudio: (src: string | undefined) => RingtonePlayer;
  /** The Notification API, where the browser has one. */
  readonly Notification: NotificationApi | undefined;
  /** Brings this tab to the front (a click on a page notification). */
  readonly focus: () => void;
  /** Where the app's service worker posts the notification's actions (`navigator.serviceWorker`). */
  readonly serviceWorker:
    | Pick<ServiceWorkerContainer, 'addEventListener' | 'removeEventListener'>
    | undefined;
}

/** The page's environment merged with `overrides`; `undefined` where there is no page (server rendering). */
export function useAlertsEnvironment(
  overrides: Partial<OfferAlertsEnvironment> | undefined,
): OfferAlertsEnvironment | undefined {
  return useMemo(() => {
    if (typeof document === 'undefined') return undefined;
    return {
      document,
      createAudio: (src: string | undefined) => new Audio(src ?? ringToneUrl()),
      Notification: typeof Notification === 'undefined' ? undefined : Notification,
      focus: () => window.focus(),
      serviceWorker: navigator.serviceWorker,
      ...overrides,
    };
  }, [overrides]);
}
