import { describe, expect, it } from 'vitest';
import { getControls } from '../controls/getControls';
import { CALL_FLOWS, CALL_STATUSES, type CallFlow, type CallStatus } from '../protocol/enums';
import { createInitialState, INITIAL_CALL } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import {
  callPhase,
  isCallOver,
  isCallUnderWay,
  isConversationOver,
  TRANSITIONAL_STATUSES,
} from './statusGroups';

const statuses = (...names: CallStatus[]): CallStatus[] => names;
const FLOWS: readonly (CallFlow | undefined)[] = [undefined, ...CALL_FLOWS];

describe('callPhase', () => {
  it.each([
    ['idle', 'idle'],
    ['ended', 'ended'],
    ['mandatoryTagging', 'tagging'],
    ['connecting', 'setup'],
    ['accepting', 'setup'],
    ['hanging', 'setup'],
    ['startingCoaching', 'setup'],
    ['joining', 'setup'],
    ['connected', 'live'],
    ['startingWarmTransfer', 'live'],
    ['swapping', 'live'],
    ['merging', 'live'],
    ['startingConcurrent', 'live'],
    ['startingConference', 'live'],
    ['initiating', 'live'],
    ['initiated', 'live'],
    ['joined', 'live'],
  ] as const)('puts %s in the %s phase, whatever the flow', (status, phase) => {
    for (const flow of FLOWS) expect(callPhase(status, flow)).toBe(phase);
  });

  it('counts ringing the first callee as setting up', () => {
    expect(callPhase('ringing', 'regular')).toBe('setup');
    expect(callPhase('ringing', undefined)).toBe('setup');
  });

  it('counts ringing a second party (transferee, second callee) as live: the first is on hold', () => {
    for (const flow of ['warmTransfer', 'concurrent', 'conference', 'coaching'] as const) {
      expect(callPhase('ringing', flow)).toBe('live');
    }
  });
});

describe('the status groups', () => {
  it('say a call is over only while idle or ended', () => {
    expect(CALL_STATUSES.filter(isCallOver)).toEqual(statuses('idle', 'ended'));
  });

  it('say the conversation is over only while tagging or ended', () => {
    expect(CALL_STATUSES.filter(isConversationOver)).toEqual(statuses('mandatoryTagging', 'ended'));
  });

  it('say a call is under way in every other status', () => {
    const notUnderWay = CALL_STATUSES.filter((status) => !isCallUnderWay(status));
    expect(notUnderWay).toEqual(statuses('idle', 'mandatoryTagging', 'ended'));
  });

  it('start reversible operations only during a call', () => {
    const transitional = Object.keys(TRANSITIONAL_STATUSES) as CallStatus[];
    expect(transitional).toHaveLength(6);
    for (const status of transitional) expect(isCallUnderWay(status)).toBe(true);
  });
});

describe('the controls and the phase agree', () => {
  const ready = (status: CallStatus, flow: CallFlow | undefined): DialerState => ({
    ...createInitialState(),
    connection: 'ready',
    call: { ...INITIAL_CALL, status, flow },
  });

  it('enable Mute exactly in the live phase', () => {
    for (const status of CALL_STATUSES) {
      for (const flow of status === 'idle' ? [undefined] : CALL_FLOWS) {
        const live = callPhase(status, flow) === 'live';
        expect(getControls(ready(status, flow)).mute.enabled, `${flow}/${status}`).toBe(live);
      }
    }
  });

  it('enable Hang up exactly while a call is under way (no hang-up pending)', () => {
    for (const status of CALL_STATUSES) {
      const hangUp = getControls(ready(status, status === 'idle' ? undefined : 'regular')).hangUp;
      expect(hangUp.enabled, status).toBe(isCallUnderWay(status));
    }
  });
});
