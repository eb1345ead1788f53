import { useCallStatus } from '../hooks/useCallStatus';
import { useDialerStore } from './useDialerStore';

// What the provider's tests render inside it: the store each child is given, and the call status shown.

/** Adds the store it is given to `sink` on every render. */
export function Grab({ sink }: { readonly sink: unknown[] }): null {
  sink.push(useDialerStore());
  return null;
}

/** The call's status, as text. */
export function Status() {
  return <p>{useCallStatus()}</p>;
}
