import type { DialerState } from '@dialer-kit/core';
import { useRef } from 'react';
import { useStore } from 'zustand';
import { shallow } from 'zustand/shallow';
import { useDialerStore } from '../provider/useDialerStore';

/** How {@link useDialerSelector} compares a new result with the last one. */
export interface DialerSelectorOptions<T> {
  /**
   * When a new result counts as the same, so the component does not re-render: `Object.is` by default,
   * `'shallow'` for an object or array of such values, or a function of the two results.
   */
  readonly equality?: 'shallow' | ((previous: T, next: T) => boolean);
  /** The hook named in the error thrown outside a provider, for hooks built on this one. */
  readonly hookName?: string;
}

/**
 * A value derived from the nearest provider's state by `selector` (pure, such as the `select*` selectors
 * of `@dialer-kit/core`); re-renders only when it changes. Every hook of the kit is built on it.
 * @example const offer = useDialerSelector(selectOfferedCall);
 */
export function useDialerSelector<T>(
  selector: (state: DialerState) => T,
  options: DialerSelectorOptions<T> = {},
): T {
  const { equality, hookName = 'useDialerSelector' } = options;
  const store = useDialerStore(hookName);
  const last = useRef<{ readonly value: T } | undefined>(undefined);
  const same = equality === 'shallow' ? shallow : equality;
  // Hands back the previous result when the new one counts as the same, so the store sees no change.
  const select =
    same === undefined
      ? selector
      : (state: DialerState): T => {
          const next = selector(state);
          if (last.current !== undefined && same(last.current.value, next)) return last.current.value;
          last.current = { value: next };
          return next;
        };
  return useStore(store, select);
}
