import type { DialerActions } from '@dialer-kit/core';
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
 * re-renders on state changes. They are the store's own actions, made once per store.
 * @example const { dial } = useDialer(); dial('+14155550199');
 */
export function useDialer(): DialerVerbs {
  return useDialerStore('useDialer').actions;
}
