import type { DialerActions } from '@dialer-kit/core';
import { useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';

/** The everyday verbs of the dialer; each goes through the store's guarded send path. */
export type DialerVerbs = Pick<
  DialerActions,
  | 'dial'
  | 'accept'
  | 'reject'
  | 'hangUp'
  | 'hold'
  | 'mute'
  | 'record'
  | 'reset'
  | 'updateAvailability'
  | 'startWarmTransfer'
  | 'swap'
  | 'merge'
>;

/**
 * Verbs with stable identities (safe in effect and memo deps), the warm transfer's included; never
 * re-renders on state changes.
 * @example const { dial } = useDialer(); dial('+14155550199');
 */
export function useDialer(): DialerVerbs {
  const store = useDialerStore('useDialer');
  return useMemo<DialerVerbs>(() => {
    // The store's actions are closures created once per store: already stable, and free of `this`.
    const { dial, accept, reject, hangUp, hold, mute, record, reset, updateAvailability } = store.actions;
    const { startWarmTransfer, swap, merge } = store.actions;
    return {
      dial,
      accept,
      reject,
      hangUp,
      hold,
      mute,
      record,
      reset,
      updateAvailability,
      startWarmTransfer,
      swap,
      merge,
    };
  }, [store]);
}
