import {
  type FocusEvent,
  type FocusEventHandler,
  type Ref,
  type RefCallback,
  useLayoutEffect,
  useRef,
} from 'react';
import { useComposedRefs } from './composeRefs';

/** The props of the container {@link useFocusRescue} watches: spread them on it. */
export interface FocusRescueProps<T extends HTMLElement> {
  readonly ref: RefCallback<T>;
  readonly onFocus: (event: FocusEvent<T>) => void;
  readonly onBlur: (event: FocusEvent<T>) => void;
}

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/** Where {@link useFocusRescue} sends focus. */
export interface FocusRescueOptions {
  /** Focus the container itself (it needs `tabIndex={-1}`), not its first control. */
  readonly toContainer?: boolean;
  /** Where focus goes once the container itself is gone (the component renders nothing). */
  readonly fallback?: (doc: Document) => HTMLElement | null;
  /** The consumer's own handlers (the component's `onFocus` / `onBlur` props), run first. */
  readonly onFocus?: FocusEventHandler<HTMLElement> | undefined;
  readonly onBlur?: FocusEventHandler<HTMLElement> | undefined;
}

/** The kit's call bar in `doc`, the sensible home for focus when a call-related panel goes away. */
export function findCallBar(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>('.dk-call-bar');
}

// `instanceof Node` fails for nodes of another realm (the kit rendered into an iframe's document).
function isNode(target: EventTarget | null): target is Node {
  return target !== null && typeof (target as Partial<Node>).nodeType === 'number';
}

/**
 * Keeps keyboard focus in the container (the element the returned props are spread on; `forwardedRef`, the
 * component's own ref, gets it too) when a re-render removes the control that had it (Accept gives way
 * to Hang up, Hang up to Done): focus moves to the first control left, else to the container itself,
 * else (the container is gone) to `options.fallback`, instead of falling back to the page's body.
 * Works in the container's own document (an iframe or popup window), not only the global one.
 */
export function useFocusRescue<T extends HTMLElement>(
  forwardedRef: Ref<T> | undefined,
  options: FocusRescueOptions = {},
): FocusRescueProps<T> {
  const container = useRef<T>(null);
  const ref = useComposedRefs(forwardedRef, container);
  const hadFocus = useRef(false);
  // Remembered so the fallback still finds the right document once the container is gone.
  const ownerDocument = useRef<Document | null>(null);
  const { toContainer = false, fallback, onFocus, onBlur } = options;

  useLayoutEffect(() => {
    const element = container.current;
    if (element !== null) ownerDocument.current = element.ownerDocument;
    const doc = ownerDocument.current;
    if (!hadFocus.current || doc === null) return;
    const active = doc.activeElement;
    if (active !== null && active !== doc.body) return;
    if (element === null) {
      hadFocus.current = false;
      fallback?.(doc)?.focus();
      return;
    }
    ((toContainer ? null : element.querySelector<HTMLElement>(FOCUSABLE)) ?? element).focus();
  });

  return {
    ref,
    onFocus: (event) => {
      onFocus?.(event);
      hadFocus.current = true;
    },
    onBlur: (event) => {
      onBlur?.(event);
      const next = event.relatedTarget;
      if (isNode(next) && event.currentTarget.contains(next)) return;
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
