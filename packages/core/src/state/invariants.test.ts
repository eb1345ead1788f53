import { describe, expect, it } from 'vitest';
import type { RecentCall } from './CallState';
import { createInitialState } from './createInitialState';
import type { DialerState } from './DialerState';
import { checkInvariants } from './invariants';
import { NO_TEAMMATES } from './teammates';

const base = createInitialState();
const recent = (callUuid: string): RecentCall => ({
  callUuid,
  endedAt: 1,
  talkTimeMs: undefined,
  line: undefined,
  party: undefined,
  direction: undefined,
  recordingState: undefined,
  tags: [],
});
const withCall = (call: Partial<DialerState['call']>): DialerState => ({
  ...base,
  call: { ...base.call, ...call },
});

describe('checkInvariants', () => {
  it('accepts the initial state', () => {
    expect(checkInvariants(base)).toEqual([]);
  });

  it.each<[string, DialerState]>([
    ['a flow while idle', withCall({ flow: 'regular' })],
    ['no flow in a call', withCall({ status: 'connected', statusSince: 1, flowSince: 1 })],
    [
      'an end time during the call',
      withCall({ status: 'connected', flow: 'regular', statusSince: 1, flowSince: 1, endedAt: 1 }),
    ],
    [
      'a transition of another status',
      withCall({
        status: 'swapping',
        flow: 'regular',
        statusSince: 1,
        flowSince: 1,
        transition: { operation: 'merge', fromStatus: 'connected', fromFlow: 'regular' },
      }),
    ],
    ['metadata without synced', withCall({ metadata: {} })],
    [
      'an ended call remembered during a call',
      withCall({ status: 'connected', flow: 'regular', statusSince: 1, flowSince: 1, lastEndedCall: {} }),
    ],
    ['an unsorted tag selection', withCall({ tagSelection: [2, 1] })],
    ['a held party before any SYNC', withCall({ inactiveParticipant: { source: 'call', isHeld: true } })],
    ['a user while logged out', { ...base, connection: 'needs-login', user: { id: 1 } }],
    ['a pending MUTE', { ...base, pending: { type: 'DIALER.MUTE', sentAt: 0, deadline: 10_000 } }],
    ['a wrong deadline', { ...base, pending: { type: 'DIALER.DIAL', sentAt: 0, deadline: 5 } }],
    [
      'a gap in diagnostics',
      {
        ...base,
        diagnostics: { items: [{ seq: 1, at: 0, code: 'stale-event', message: '' }], total: 2, limit: 100 },
      },
    ],
    [
      'a wrap-up end outside after-call work',
      {
        ...base,
        availability: {
          self: { userId: 1, status: 'available', receivedAt: 0, wrapUpEndsAt: 1 },
          teammates: NO_TEAMMATES,
        },
      },
    ],
    [
      'more recent calls than kept',
      { ...base, recentCalls: ['CA1', 'CA2', 'CA3', 'CA4', 'CA5', 'CA6'].map(recent) },
    ],
    ['a recent call kept twice', { ...base, recentCalls: [recent('CA1'), recent('CA1')] }],
  ])('reports %s', (_name, state) => {
    expect(checkInvariants(state)).not.toEqual([]);
  });
});
