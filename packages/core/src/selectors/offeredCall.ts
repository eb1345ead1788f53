import type { Line } from '../protocol/entities';
import type { IncomingCall } from '../state/CallState';
import type { DialerState } from '../state/DialerState';

/**
 * The call of the last `DIALER.INCOMING` while it is still offered (neither accepted nor rejected, nor
 * ended before anyone answered: the caller gave up), else `undefined`. An offer may come during another
 * call: it is not the agent's call until accepted.
 * @example const offer = selectOfferedCall(store.getState());
 */
export function selectOfferedCall(state: DialerState): IncomingCall | undefined {
  const { incoming, endedAt, connectedAt, dialing } = state.call;
  if (incoming?.answer !== 'offered') return undefined;
  // The offer is the call that ended: nothing was dialled or connected, and it ended after it was offered.
  const gaveUp = endedAt !== undefined && endedAt >= incoming.offeredAt && connectedAt === undefined;
  return gaveUp && dialing === undefined ? undefined : incoming;
}

/** The line an offered call came in on, as far as the kit can name it. */
export type OfferedLine = Pick<Line, 'name' | 'number'>;

/**
 * The line the offered call was made to: the agent's line whose number is the offer's `to`, else that
 * number as sent; `undefined` without an offer, or for an offer to the agent themself (`client:<id>`: a
 * teammate's call or a transfer, which comes on no line).
 * @example selectOfferedLine(state)?.name === 'Support line'
 */
export function selectOfferedLine(state: DialerState): OfferedLine | undefined {
  const to = selectOfferedCall(state)?.to;
  if (to === undefined || to === '' || to.startsWith('client:')) return undefined;
  return state.lines.find((line) => line.normalized === to || line.number === to) ?? { number: to };
}
