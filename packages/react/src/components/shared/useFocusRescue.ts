import { type FocusEvent, type RefObject, useLayoutEffect, useRef } from 'react';

/** Focus handlers for the container passed to {@link useFocusRescue}. */
export interface FocusRescueHandlers {
  readonly onFocus: () => void;
  readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
}

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Keeps keyboard focus in `container` when a re-render removes the control that had it (Accept gives way
 * to Hang up, Hang up to Done): focus moves to the first control left, else to the container itself,
 * instead of falling back to the page's body.
 */
export function useFocusRescue(container: RefObject<HTMLElement | null>): FocusRescueHandlers {
  const hadFocus = useRef(false);

  useLayoutEffect(() => {
    const element = container.current;
    if (!hadFocus.current || element === null) return;
    const active = element.ownerDocument.activeElement;
    if (active !== null && active !== element.ownerDocument.body) return;
    (element.querySelector<HTMLElement>(FOCUSABLE) ?? element).focus();
  });

  return {
    onFocus: () => {
      hadFocus.current = true;
    },
    onBlur: (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && event.currentTarget.contains(next)) return;
      if (next !== null) {
        hadFocus.current = false;
        return;
      }
      // Focus went nowhere: either the agent clicked outside, or the control was removed (keep rescuing).
      const left = event.target;
      queueMicrotask(() => {
        if (left.isConnected) hadFocus.current = false;
      });
    },
  };
}
