import type { DialerStore, TabRole } from '@dialer-kit/core';
import { useCallback, useSyncExternalStore } from 'react';

/** A tab's part in the bus: `single` when its store is not shared with other tabs. */
export type TabRoleView = 'single' | TabRole;

const NO_SUBSCRIPTION = () => () => undefined;

/** The role of this tab in its store's bus, and "Use this tab" (nothing to do for a single tab). */
export function useTabRole(store: DialerStore): {
  readonly role: TabRoleView;
  readonly takeOver: () => void;
} {
  const { tab } = store;
  const role = useSyncExternalStore<TabRoleView>(
    tab === undefined ? NO_SUBSCRIPTION : tab.subscribe,
    () => tab?.role() ?? 'single',
    () => tab?.role() ?? 'single',
  );
  const takeOver = useCallback(() => tab?.takeOver(), [tab]);
  return { role, takeOver };
}
