import { useBusConnection } from '@dialer-kit/react';
import { useEffect, useState } from 'react';

/** How long the kit may stay `connecting` before the page suggests the bus page is not running. */
export const NO_ANSWER_MS = 5_000;

/** Whether the kit has been `connecting` for `delayMs` or more; false again as soon as the bus answers. */
export function useNoAnswer(delayMs = NO_ANSWER_MS): boolean {
  const { state } = useBusConnection();
  const connecting = state === 'connecting';
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!connecting) return undefined;
    const timer = setTimeout(() => setLate(true), delayMs);
    return () => clearTimeout(timer);
  }, [connecting, delayMs]);
  return connecting && late;
}
