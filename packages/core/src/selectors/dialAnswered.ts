import type { DialerState } from '../state/DialerState';
import { callPhase } from './statusGroups';

/**
 * Whether the call the agent dialled to `to` (the bus's DIALING names it) is answered: media flows. A dial
 * pad keeps the number typed until then, so that a dial that fails or is not answered can be tried again.
 * @example selectDialAnswered(state, '+14155550199')
 */
export function selectDialAnswered(state: DialerState, to: string): boolean {
  const { call } = state;
  return call.dialing?.to === to && callPhase(call.status, call.flow) === 'live';
}
