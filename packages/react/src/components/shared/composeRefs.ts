import { type Ref, type RefCallback, useCallback } from 'react';

/** One ref callback that sets every given ref (callback or object) to the node. */
function composeRefs<T>(...refs: readonly (Ref<T> | undefined)[]): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      // @types/react 18 types an object ref's `current` read-only; React itself sets it, as this does.
      else if (ref !== null && ref !== undefined) (ref as { current: T | null }).current = node;
    }
  };
}

/** {@link composeRefs} with a stable identity while the refs stay the same. */
export function useComposedRefs<T>(...refs: readonly (Ref<T> | undefined)[]): RefCallback<T> {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the refs themselves are the dependencies.
  return useCallback(composeRefs(...refs), refs);
}
