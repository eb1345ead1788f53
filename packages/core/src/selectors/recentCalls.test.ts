import { describe, expect, it } from 'vitest';
import type { RecentCall } from '../state/CallState';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation } from '../state/SessionState';
import { selectCallTagsUpdate, selectRecentCall } from './recentCalls';

const recent = (callUuid: string): RecentCall => ({
  callUuid,
  endedAt: 1_000,
  talkTimeMs: 500,
  line: undefined,
  party: { source: 'call', phoneNumber: '+14155550199', isHeld: false },
  direction: 'outgoing',
  recordingState: undefined,
  tags: [{ id: 101 }],
});

const ready = (extra: Partial<DialerState> = {}): DialerState => ({
  ...createInitialState(),
  connection: 'ready',
  recentCalls: [recent('CA2'), recent('CA1')],
  ...extra,
});

describe('selectRecentCall', () => {
  it('finds a recent call by its id', () => {
    const state = ready();
    expect(selectRecentCall(state, 'CA1')).toBe(state.recentCalls[1]);
    expect(selectRecentCall(state, 'CA3')).toBeUndefined();
  });
});

describe('selectCallTagsUpdate', () => {
  it('is idle with the control enabled when nothing is under way', () => {
    expect(selectCallTagsUpdate(ready(), 'CA1')).toEqual({
      saving: false,
      updateCallTagsControl: { enabled: true, pending: false, reason: undefined },
      failure: undefined,
    });
  });

  it('is saving only for the call whose update awaits its answer', () => {
    const requests = { 'API.UPDATE_CALL_TAGS': { sentAt: 1, deadline: 2, callUuid: 'CA1', tagIds: [] } };
    expect(selectCallTagsUpdate(ready({ requests }), 'CA1').saving).toBe(true);
    expect(selectCallTagsUpdate(ready({ requests }), 'CA2')).toMatchObject({
      saving: false,
      updateCallTagsControl: { enabled: false, reason: 'request-pending' },
    });
  });

  it('reports the last failure only when it is an update of that call', () => {
    const failed: FailedOperation = {
      operation: 'updateCallTags',
      reason: 'timeout',
      callUuid: 'CA1',
      at: 5,
    };
    expect(selectCallTagsUpdate(ready({ lastFailure: failed }), 'CA1').failure).toBe(failed);
    expect(selectCallTagsUpdate(ready({ lastFailure: failed }), 'CA2').failure).toBeUndefined();
    const setTags: FailedOperation = { operation: 'setTags', reason: 'timeout', at: 5 };
    expect(selectCallTagsUpdate(ready({ lastFailure: setTags }), 'CA1').failure).toBeUndefined();
  });
});
