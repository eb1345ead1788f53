import type { ConnectionState } from '@dialer-kit/core';
import { useDialerSlice } from '../../provider/useDialerStore';

/** What the call bar shows besides the call itself: the link to the dialer, a dial in flight, a transfer target. */
export interface CallBarSource {
  readonly connection: ConnectionState;
  /** A DIAL was sent and the bus has not answered it with a call status yet. */
  readonly dialPending: boolean;
  /** Who that DIAL calls, once the bus's DIALING named it. */
  readonly dialTo: string | undefined;
  /** Where the agent's warm transfer goes (the `to` it was started with). */
  readonly transferTo: string | undefined;
}

/** The call bar's extra slice; re-renders only when one of its fields changes. */
export function useCallBarSource(): CallBarSource {
  return useDialerSlice('CallBar', (state): CallBarSource => {
    const dialPending = state.pending?.type === 'DIALER.DIAL';
    return {
      connection: state.connection,
      dialPending,
      dialTo: dialPending ? state.call.dialing?.to : undefined,
      transferTo: state.call.transferTo,
    };
  });
}
