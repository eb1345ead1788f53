import { createScriptedBus, renderWithDialer, TEST_CUSTOMER } from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { OfferAlertsEnvironment, RingtonePlayer } from '../../alerts/alertsEnvironment';
import type { OfferNotificationRegistration } from '../../alerts/useOfferNotification';

/** A ringtone player that records what it was asked; `refuse` makes `play()` fail like autoplay blocking. */
export interface FakePlayer extends RingtonePlayer {
  readonly src: string | undefined;
  playing: boolean;
}

/** A notification of the page, as the fake `Notification` made it. */
export interface FakeNotification {
  readonly title: string;
  readonly options: NotificationOptions | undefined;
  closed: boolean;
  onclick: ((this: Notification, event: Event) => unknown) | null;
  close(): void;
}

/** A page for the offer alerts: a document, players, notifications and a service worker, all fakes. */
export function fakeEnvironment(
  options: { hidden?: boolean; permission?: NotificationPermission; refuse?: boolean } = {},
) {
  const doc = Object.assign(new EventTarget(), {
    title: 'Agent desk',
    visibilityState: (options.hidden === false ? 'visible' : 'hidden') as DocumentVisibilityState,
  });
  const players: FakePlayer[] = [];
  const notifications: FakeNotification[] = [];
  let refuse = options.refuse ?? false;
  const createAudio = (src: string | undefined): FakePlayer => {
    const player: FakePlayer = {
      src,
      loop: false,
      volume: 1,
      playing: false,
      play: vi.fn(async () => {
        if (refuse) throw new DOMException('play() needs a user gesture', 'NotAllowedError');
        player.playing = true;
      }),
      pause: vi.fn(() => {
        player.playing = false;
      }),
    };
    players.push(player);
    return player;
  };
  class PageNotification implements FakeNotification {
    static permission: NotificationPermission = options.permission ?? 'granted';
    static requestPermission = vi.fn(async () => {
      PageNotification.permission = 'granted';
      return PageNotification.permission;
    });
    closed = false;
    onclick: FakeNotification['onclick'] = null;
    readonly title: string;
    readonly options: NotificationOptions | undefined;
    constructor(title: string, options?: NotificationOptions) {
      this.title = title;
      this.options = options;
      notifications.push(this);
    }
    close() {
      this.closed = true;
    }
  }
  const serviceWorker = new EventTarget();
  const environment: Partial<OfferAlertsEnvironment> = {
    document: doc,
    createAudio,
    Notification: PageNotification,
    focus: vi.fn(),
    serviceWorker,
  };
  return {
    environment,
    doc,
    players,
    notifications,
    Notification: PageNotification,
    /** The player now playing, if any. */
    playing: () => players.filter((player) => player.playing),
    allowAutoplay: () => {
      refuse = false;
    },
    setVisibility: (state: DocumentVisibilityState) =>
      act(() => {
        doc.visibilityState = state;
        doc.dispatchEvent(new Event('visibilitychange'));
      }),
    /** What the app's service worker posts when an action of the notification is clicked. */
    postFromWorker: (data: unknown) =>
      act(() => {
        serviceWorker.dispatchEvent(new MessageEvent('message', { data }));
      }),
  };
}

/** A service-worker registration that keeps the notifications it shows. */
export function fakeRegistration() {
  const shown: { title: string; options: Record<string, unknown>; closed: boolean }[] = [];
  const registration: OfferNotificationRegistration = {
    showNotification: vi.fn(async (title: string, options?: NotificationOptions) => {
      shown.push({ title, options: { ...options }, closed: false });
    }),
    getNotifications: vi.fn(async ({ tag }: { tag?: string } = {}) =>
      shown
        .filter((entry) => !entry.closed && (tag === undefined || entry.options.tag === tag))
        .map((entry) => ({
          close: () => {
            entry.closed = true;
          },
        })),
    ),
  };
  return { registration, shown };
}

/** The alerts on a bus the test scripts message by message, with a user to click. */
export async function renderAlerts(ui: ReactElement) {
  const rendered = await renderWithDialer(ui, { bus: createScriptedBus() });
  return { ...rendered, user: userEvent.setup() };
}

/** The title a hidden tab flashes while the test customer's call is offered. */
export const FLASH = `☎ Incoming call – ${TEST_CUSTOMER}`;
