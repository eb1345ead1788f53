import type { DialerState } from '../state/DialerState';
import { repeatsStatus } from './callStatus';
import { repeatsSync } from './sync';
import type { DialerEventOf, DialerEventType } from './types';

type Unchanged = {
  readonly [K in DialerEventType]?: (state: DialerState, event: DialerEventOf<K>) => boolean;
};

/**
 * Events known to change nothing, told on the plain state before any draft is made (a draft costs more
 * than most reductions): repeats, which a bus sends often (Decision 3), and events the state ignores. Each
 * test agrees with its handler: when it holds, the handler would leave the state as it is and imply no
 * effect (`test/reducer.property.test.ts` checks it on repeated events).
 */
export const UNCHANGED: Unchanged = {
  'AUTH.TOKEN_REFRESHED': () => true,
  'DIALER.CALL_STATUS': (state, event) => repeatsStatus(state.call, event.payload),
  'DIALER.SYNC': (state, event) => repeatsSync(state, event.payload),
};
