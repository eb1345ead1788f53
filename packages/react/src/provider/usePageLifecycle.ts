import { type DialerStore, watchPageLifecycle } from '@dialer-kit/core';
import { useEffect } from 'react';

/**
 * What the provider does with the page (`DialerProvider`'s `pageLifecycle`): `resync` asks the bus for
 * fresh state when the page is shown again, back online or resumed; `leaveGuard` asks the agent to confirm
 * leaving while a call is live or must be tagged. Both on by default; `false` turns both off.
 */
export type PageLifecycleOption = false | { readonly resync?: boolean; readonly leaveGuard?: boolean };

/** Installs `watchPageLifecycle` for `store` in an effect (nothing on a server), removed on unmount. */
export function usePageLifecycle(store: DialerStore, option: PageLifecycleOption | undefined): void {
  const resync = option !== false && option?.resync !== false;
  const leaveGuard = option !== false && option?.leaveGuard !== false;
  useEffect(() => {
    if (!resync && !leaveGuard) return undefined;
    return watchPageLifecycle(store, { resync, leaveGuard });
  }, [store, resync, leaveGuard]);
}
