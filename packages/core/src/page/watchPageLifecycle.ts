import { isCallUnderWay } from '../selectors/statusGroups';
import type { DialerState } from '../state/DialerState';
import type { DialerStore } from '../store/types';

/** The part of `window` the page watch uses (injectable for tests). */
export interface PageWindow {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

/** The part of `document` the page watch uses (injectable for tests). */
export interface PageDocument extends PageWindow {
  readonly visibilityState: string;
}

/** Options of {@link watchPageLifecycle}. Both behaviours are on unless turned off. */
export interface PageLifecycleOptions {
  /** Asks the bus for fresh state when the page is shown again, back online or resumed (default `true`). */
  readonly resync?: boolean;
  /** Asks the agent to confirm leaving the page while a call is live or must be tagged (default `true`). */
  readonly leaveGuard?: boolean;
  /** Default `globalThis.window`. */
  readonly window?: PageWindow;
  /** Default `globalThis.document`. */
  readonly document?: PageDocument;
}

/** Leaving would cut the call (its audio lives in this page) or leave it untagged. */
const leavingHurts = (state: DialerState): boolean =>
  isCallUnderWay(state.call.status) || state.call.status === 'mandatoryTagging';

/**
 * The page's part in keeping the dialer fresh, for a page with a DOM: `store.actions.resync()` when the
 * page becomes visible (`visibilitychange`), comes back online (`online`), is resumed after being frozen
 * (`resume`, Page Lifecycle) or is restored from the back/forward cache (`pageshow`); the store collapses
 * triggers that come together into one resync and refuses it in a tab that does not own a shared bus. And
 * a `beforeunload` guard, installed only while a call is live or must be tagged (and not in a follower
 * tab, whose closing ends nothing). Returns the function that removes every listener.
 * @example const stop = watchPageLifecycle(store); // later: stop();
 */
export function watchPageLifecycle(store: DialerStore, options: PageLifecycleOptions = {}): () => void {
  const win = options.window ?? (globalThis.window as PageWindow | undefined);
  const doc = options.document ?? (globalThis.document as PageDocument | undefined);
  if (win === undefined || doc === undefined) return () => undefined;
  const stops: (() => void)[] = [];
  const listen = (target: PageWindow, type: string, listener: (event: Event) => void): void => {
    target.addEventListener(type, listener);
    stops.push(() => target.removeEventListener(type, listener));
  };

  if (options.resync !== false) {
    const resync = (): void => {
      store.actions.resync();
    };
    listen(doc, 'visibilitychange', () => {
      if (doc.visibilityState === 'visible') resync();
    });
    listen(doc, 'resume', resync);
    listen(win, 'online', resync);
    listen(win, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) resync();
    });
  }

  if (options.leaveGuard !== false) {
    const confirmLeaving = (event: Event): void => {
      event.preventDefault();
      try {
        // Older browsers ask only when `returnValue` is set (a plain Event's is read-only).
        (event as BeforeUnloadEvent).returnValue = true;
      } catch {
        // preventDefault() asked already.
      }
    };
    let guarded = false;
    const follow = (): void => {
      const due = leavingHurts(store.getState()) && store.tab?.role() !== 'follower';
      if (due === guarded) return;
      guarded = due;
      if (due) win.addEventListener('beforeunload', confirmLeaving);
      else win.removeEventListener('beforeunload', confirmLeaving);
    };
    stops.push(store.subscribe(follow));
    const stopRole = store.tab?.subscribe(follow);
    if (stopRole !== undefined) stops.push(stopRole);
    stops.push(() => {
      if (guarded) win.removeEventListener('beforeunload', confirmLeaving);
      guarded = false;
    });
    follow();
  }

  return () => {
    for (const stop of stops.splice(0)) stop();
  };
}
