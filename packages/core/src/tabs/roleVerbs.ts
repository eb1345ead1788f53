import type { DialerActions } from '../store/types';

/**
 * Verbs that act as the tab's role has them when called: the owner's store's own (`owned()`), else the
 * follower's (`follower`). Frozen: the same verbs reach every component.
 */
export function roleVerbs(follower: DialerActions, owned: () => DialerActions | undefined): DialerActions {
  const verbs = Object.fromEntries(
    Object.keys(follower).map((verb) => [
      verb,
      (...args: unknown[]) =>
        ((owned() ?? follower) as unknown as Record<string, (...a: unknown[]) => unknown>)[verb]?.(...args),
    ]),
  );
  return Object.freeze(verbs) as unknown as DialerActions;
}
