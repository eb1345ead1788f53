import type { DialerState } from '../state/DialerState';

/**
 * A selector that computes its result from a few inputs read off the state, and computes it again only
 * when one of them changes (`Object.is`). Equal inputs give the very same result object, so a hook that
 * selects it re-renders only when the result can differ. It remembers the last inputs only: right for a
 * selector read by every component of one provider, still correct (only slower) across providers.
 */
export function memoSelector<const I extends readonly unknown[], R>(
  inputs: (state: DialerState) => I,
  compute: (...inputs: I) => R,
): (state: DialerState) => R {
  let last: { readonly inputs: I; readonly result: R } | undefined;
  return (state) => {
    const next = inputs(state);
    if (last !== undefined && next.every((value, index) => Object.is(value, last?.inputs[index]))) {
      return last.result;
    }
    const result = compute(...next);
    last = { inputs: next, result };
    return result;
  };
}
