import { describe, expect, it } from 'vitest';
import type { CallState } from '../state/CallState';
import { NO_TEAMMATES } from '../state/teammates';
import { getControls } from './getControls';
import { stateFor } from './stateFor.test-helper';
import { CONTROL_NAMES } from './types';

describe('getControls, beyond the status and flow', () => {
  describe('while a fire-and-forget command is pending', () => {
    const pending = { type: 'DIALER.HOLD', sentAt: 1, deadline: 10_001 } as const;
    const state = { ...stateFor('connected', 'regular'), pending };

    it('disables the call controls with operation-pending', () => {
      const controls = getControls(state);
      for (const name of ['hold', 'record', 'startWarmTransfer', 'invite'] as const) {
        expect(controls[name].reason).toBe('operation-pending');
      }
    });

    it('leaves mute, setTags and updateCallTags usable', () => {
      const controls = getControls(state);
      expect(controls.mute.enabled).toBe(true);
      expect(controls.setTags.enabled).toBe(true);
      expect(controls.updateCallTags.enabled).toBe(true);
    });

    it('marks only the control of the pending command as pending', () => {
      const controls = getControls(state);
      expect(CONTROL_NAMES.filter((name) => controls[name].pending)).toEqual(['hold']);
    });

    it('reports mandatory tagging before the pending command', () => {
      const tagging = {
        ...stateFor('mandatoryTagging', 'regular'),
        pending: { ...pending, type: 'DIALER.HANGUP' as const },
      };
      expect(getControls(tagging).dial.reason).toBe('mandatory-tagging');
      expect(getControls(tagging).reset.reason).toBe('operation-pending');
    });
  });

  describe('with an offered incoming call', () => {
    const incoming = { type: 'external', callUuid: 'CA1', offeredAt: 1, answer: 'offered' } as const;

    it.each(['idle', 'ended', 'ringing'] as const)('enables accept and reject when %s', (status) => {
      const controls = getControls(stateFor(status, status === 'idle' ? undefined : 'regular', { incoming }));
      expect([controls.accept.enabled, controls.reject.enabled]).toEqual([true, true]);
    });

    it('refuses to dial or join coaching over the offer', () => {
      const controls = getControls(stateFor('idle', undefined, { incoming }));
      expect([controls.dial.reason, controls.joinCoaching.reason]).toEqual([
        'call-in-progress',
        'call-in-progress',
      ]);
    });

    it('refuses accept during another connected call, naming that call, but lets the offer be turned down', () => {
      const controls = getControls(stateFor('connected', 'regular', { incoming }));
      expect([controls.accept.reason, controls.reject.reason]).toEqual(['call-in-progress', undefined]);
    });

    it('does not offer accept once the call was answered', () => {
      const answered = { ...incoming, answer: 'accepted' } as const;
      expect(getControls(stateFor('idle', undefined, { incoming: answered })).accept.reason).toBe(
        'no-incoming-call',
      );
    });

    it('refuses to accept while mandatory tagging, naming the tagging', () => {
      const controls = getControls(stateFor('mandatoryTagging', 'regular', { incoming }));
      expect([controls.accept.reason, controls.reject.reason]).toEqual(['mandatory-tagging', undefined]);
    });
  });

  describe('on a call with a teammate', () => {
    const cases: readonly [string, Partial<CallState>][] = [
      [
        'an internal incoming call',
        { incoming: { type: 'internal', callUuid: 'CA1', offeredAt: 1, answer: 'accepted' } },
      ],
      ['a dial to client:', { dialing: { from: '+33100000000', to: 'client:42' } }],
      [
        'a teammate on the line',
        { activeParticipant: { source: 'sync', legId: 'leg-1', userId: 42, isHeld: false } },
      ],
    ];
    it.each(cases)('refuses transfers, concurrent calls and invitations on %s', (_name, call) => {
      const controls = getControls(stateFor('connected', 'regular', call));
      for (const name of ['startWarmTransfer', 'startConcurrent', 'invite'] as const)
        expect(controls[name].reason).toBe('internal-call');
      expect(controls.hold.enabled).toBe(true);
    });
  });

  describe('when connected without what a control needs', () => {
    it('refuses to record when the call does not allow it', () => {
      const state = stateFor('connected', 'regular', { metadata: { canControlRecording: false } });
      expect(getControls(state).record.reason).toBe('recording-not-allowed');
    });

    it('refuses to hold before a SYNC gave the leg id', () => {
      const party = { source: 'call', phoneNumber: '+14155550199', isHeld: false } as const;
      expect(getControls(stateFor('connected', 'regular', { activeParticipant: party })).hold.reason).toBe(
        'no-participant',
      );
    });

    it.each(['initiating', 'initiated'] as const)(
      'refuses to hold in a conference (%s) until a participant has answered',
      (status) => {
        const ringing = { participants: [{ legId: 'leg-2', isHeld: false, state: 'ringing' }] } as const;
        const gone = { participants: [{ legId: 'leg-2', isHeld: true, state: 'ended' }] } as const;
        expect(getControls(stateFor(status, 'conference', { metadata: ringing })).hold.reason).toBe(
          'no-participant',
        );
        expect(getControls(stateFor(status, 'conference', { metadata: gone })).hold.reason).toBe(
          'no-participant',
        );
      },
    );

    it('refuses to kick when every conference participant has left', () => {
      const metadata = { participants: [{ legId: 'leg-2', isHeld: false, state: 'ended' }] } as const;
      expect(getControls(stateFor('initiated', 'conference', { metadata })).kick.reason).toBe(
        'no-participant',
      );
    });

    it('refuses a second swap until the first is confirmed', () => {
      const state = stateFor('connected', 'warmTransfer', { swapCheck: { activeLegId: 'leg-1', since: 5 } });
      expect(getControls(state).swap.reason).toBe('operation-pending');
      expect(getControls(state).merge.enabled).toBe(true);
    });
  });

  describe('with requests in flight', () => {
    it('refuses a second SET_TAGS and marks setTags pending', () => {
      const state = {
        ...stateFor('mandatoryTagging', 'regular'),
        requests: { 'DIALER.SET_TAGS': { sentAt: 1, deadline: 2 } },
      };
      expect(getControls(state).setTags).toEqual({
        enabled: false,
        pending: true,
        reason: 'request-pending',
      });
    });

    it('refuses a second availability update and marks it pending', () => {
      const requests = { 'API.UPDATE_AVAILABILITY': { sentAt: 1, deadline: 2 } };
      expect(getControls({ ...stateFor('idle', undefined), requests }).updateAvailability).toEqual({
        enabled: false,
        pending: true,
        reason: 'request-pending',
      });
    });
  });

  describe('changing the tags of any call', () => {
    it('refuses a second update while one awaits its answer, and marks it pending', () => {
      const requests = { 'API.UPDATE_CALL_TAGS': { sentAt: 1, deadline: 2, callUuid: 'CA1', tagIds: [] } };
      expect(getControls({ ...stateFor('idle', undefined), requests }).updateCallTags).toEqual({
        enabled: false,
        pending: true,
        reason: 'request-pending',
      });
    });

    it('is allowed while the last call waits for its tags: another call is retagged', () => {
      expect(getControls(stateFor('mandatoryTagging', 'regular')).updateCallTags.enabled).toBe(true);
    });
  });

  describe('availability', () => {
    it.each(['in_call', 'after_call_work'] as const)('cannot change while the agent is %s', (status) => {
      const self = { userId: 1, status, receivedAt: 1 };
      const state = { ...stateFor('ended', 'regular'), availability: { self, teammates: NO_TEAMMATES } };
      expect(getControls(state).updateAvailability.reason).toBe('in-call');
    });
  });
});
