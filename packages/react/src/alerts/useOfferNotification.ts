import type { DialerStore } from '@dialer-kit/core';
import { useCallback, useEffect, useState } from 'react';
import type { OfferAlertsEnvironment } from './alertsEnvironment';

/** The one notification of an offer: a later one replaces it, in this tab and in the others. */
const TAG = 'dialer-kit-offer';
/** What the app's service worker posts to its pages when an action of the offer's notification is clicked. */
const ACTION_MESSAGE = 'dialer-kit:offer-action';

/** A notification's action button (service-worker notifications only). */
interface NotificationAction {
  readonly action: string;
  readonly title: string;
}

/** The app's service-worker registration, as far as the kit uses it (a `ServiceWorkerRegistration`). */
export interface OfferNotificationRegistration {
  showNotification(
    title: string,
    options?: NotificationOptions & { actions?: NotificationAction[] },
  ): Promise<void>;
  getNotifications(filter?: { tag?: string }): Promise<readonly Pick<Notification, 'close'>[]>;
}

/** What a notification says: who calls, the offer's kind, and the titles of its two actions. */
export interface OfferNotificationText {
  readonly title: string;
  readonly body: string;
  readonly accept: string;
  readonly reject: string;
}

const ignore = (): void => undefined;

/**
 * Shows a system notification of the offered call `callUuid` while `text` is given, and closes it when the
 * offer goes (or `text` does: the tab is visible again). With the app's service-worker `registration` it
 * has Accept and Reject actions, which the worker posts back (`{ type: 'dialer-kit:offer-action', action,
 * callUuid }`); without one it is a page notification, whose click brings the tab to the front.
 */
export function useOfferNotification(
  env: OfferAlertsEnvironment | undefined,
  store: DialerStore,
  callUuid: string | undefined,
  text: OfferNotificationText | undefined,
  registration: OfferNotificationRegistration | undefined,
): { readonly permission: NotificationPermission | 'unsupported'; readonly enable: () => void } {
  const api = env?.Notification;
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported'>(
    () => api?.permission ?? 'unsupported',
  );
  const enable = useCallback(() => {
    api?.requestPermission().then(setPermission, ignore);
  }, [api]);

  useEffect(() => {
    // The live permission: the agent may have granted or revoked it in the browser's settings meanwhile.
    if (api?.permission !== 'granted' || text === undefined) return;
    const { title, body, accept, reject } = text;
    const options = { body, tag: TAG, requireInteraction: true, data: { callUuid } };
    if (registration !== undefined) {
      const actions = [
        { action: 'accept', title: accept },
        { action: 'reject', title: reject },
      ];
      const shown = registration.showNotification(title, { ...options, actions });
      return () => {
        shown
          .then(() => registration.getNotifications({ tag: TAG }))
          .then((list) => {
            for (const notification of list) notification.close();
          })
          .catch(ignore);
      };
    }
    try {
      const notification = new api(title, options);
      notification.onclick = () => {
        env?.focus();
        notification.close();
      };
      return () => notification.close();
    } catch {
      // Some browsers have the constructor but only allow service-worker notifications (Android).
      return undefined;
    }
  }, [api, env, text, callUuid, registration]);

  useEffect(() => {
    const worker = env?.serviceWorker;
    if (worker === undefined || registration === undefined || callUuid === undefined) return;
    const onMessage = (event: MessageEvent<unknown>) => {
      // Posted by the app's worker; read defensively all the same.
      const data = event.data as { type?: unknown; action?: unknown; callUuid?: unknown } | null;
      if (data?.type !== ACTION_MESSAGE || data.callUuid !== callUuid) return;
      if (data.action === 'accept') store.actions.accept('notification');
      else if (data.action === 'reject') store.actions.reject();
    };
    worker.addEventListener('message', onMessage);
    return () => worker.removeEventListener('message', onMessage);
  }, [env, store, callUuid, registration]);

  return { permission, enable };
}
