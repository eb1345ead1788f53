import { describe, expect, it } from 'vitest';
import type { CallFlow, CallStatus } from '../protocol/enums';
import { createInitialState, INITIAL_CALL } from '../state/createInitialState';
import type { CallState, DialerState } from '../state/DialerState';
import { NO_TEAMMATES } from '../state/teammates';
import { getControls } from './getControls';
import { CONTROL_NAMES, type ControlName, type ControlReason } from './types';

/** A ready agent in a call with everything a control may need: recording allowed, legs, a participant. */
function stateFor(
  status: CallStatus,
  flow: CallFlow | undefined,
  call: Partial<CallState> = {},
): DialerState {
  return {
    ...createInitialState(),
    connection: 'ready',
    lines: [{ id: 1, number: '+33 1 00 00 00 00', normalized: '+33100000000' }],
    call: {
      ...INITIAL_CALL,
      status,
      flow,
      synced: true,
      metadata: {
        callUuid: 'CA00000000000000000000000000000001',
        canControlRecording: true,
        participants: [{ legId: 'leg-2', isHeld: false, state: 'answering' }],
      },
      activeParticipant: { source: 'sync', legId: 'leg-1', phoneNumber: '+14155550199', isHeld: false },
      ...call,
    },
  };
}

const ok = undefined;
const NR = 'not-ready';
const MT = 'mandatory-tagging';
const OP = 'operation-pending';
const RP = 'request-pending';
const NC = 'not-connected';
const CIP = 'call-in-progress';
const NIC = 'no-incoming-call';
const NOC = 'no-call';
const NE = 'not-ended';
const IC = 'internal-call';
const RNA = 'recording-not-allowed';
const NWT = 'not-in-warm-transfer';
const NT = 'not-in-transfer';
const NP = 'no-participant';
const IN = 'in-call';
const CO = 'coaching';

type Row = readonly [CallStatus, CallFlow | undefined, ...(ControlReason | undefined)[]];

// Columns follow CONTROL_NAMES:
// dial accept reject hangUp hold mute record setTags reset startWT swap merge startConc invite kick joinCoach updAvail
// updCallTags
const TABLE: readonly Row[] = [
  ['idle', undefined, ok, NIC, NIC, NOC, NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, ok, ok, ok],
  ['connecting', 'regular', CIP, NIC, NIC, ok, NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['ringing', 'regular', CIP, NIC, NIC, ok, NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['ringing', 'warmTransfer', CIP, NIC, NIC, ok, NC, ok, NC, NOC, NE, NC, NC, NC, NC, NC, NP, CIP, IN, ok],
  ['ringing', 'concurrent', CIP, NIC, NIC, ok, NC, ok, NC, NOC, NE, NC, NC, NWT, NC, NC, NP, CIP, IN, ok],
  ['accepting', 'regular', CIP, NIC, NIC, ok, NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['connected', 'regular', CIP, NIC, NIC, ok, ok, ok, ok, ok, NE, ok, NT, NWT, ok, ok, NP, CIP, IN, ok],
  ['connected', 'warmTransfer', CIP, NIC, NIC, ok, ok, ok, ok, ok, NE, NC, ok, ok, NC, NC, NP, CIP, IN, ok],
  ['connected', 'concurrent', CIP, NIC, NIC, ok, ok, ok, ok, ok, NE, NC, ok, NWT, NC, NC, NP, CIP, IN, ok],
  ['hanging', 'regular', CIP, NIC, NIC, ok, NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['hanging', 'warmTransfer', CIP, NIC, NIC, OP, NC, NC, NC, NOC, NE, NC, NC, NC, NC, NC, NP, CIP, IN, ok],
  ['hanging', 'concurrent', CIP, NIC, NIC, OP, NC, NC, NC, NOC, NE, NC, NC, NWT, NC, NC, NP, CIP, IN, ok],
  ['hanging', 'conference', CIP, NIC, NIC, ok, NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['hanging', 'coaching', CIP, NIC, NIC, ok, CO, NC, CO, NOC, NE, CO, NT, NWT, CO, CO, NP, CIP, IN, ok],
  ['mandatoryTagging', 'regular', MT, MT, NIC, NOC, NC, NC, NC, ok, NE, MT, NT, NWT, MT, MT, NP, MT, IN, ok],
  ['ended', 'regular', ok, NIC, NIC, NOC, NC, NC, NC, ok, ok, NC, NT, NWT, NC, NC, NP, CIP, ok, ok],
  [
    'startingWarmTransfer',
    'regular',
    CIP,
    NIC,
    NIC,
    ok,
    NC,
    ok,
    NC,
    NOC,
    NE,
    NC,
    NT,
    NWT,
    NC,
    NC,
    NP,
    CIP,
    IN,
    ok,
  ],
  ['swapping', 'warmTransfer', CIP, NIC, NIC, ok, NC, ok, NC, NOC, NE, NC, NC, NC, NC, NC, NP, CIP, IN, ok],
  ['swapping', 'concurrent', CIP, NIC, NIC, ok, NC, ok, NC, NOC, NE, NC, NC, NWT, NC, NC, NP, CIP, IN, ok],
  ['merging', 'warmTransfer', CIP, NIC, NIC, ok, NC, ok, NC, NOC, NE, NC, NC, NC, NC, NC, NP, CIP, IN, ok],
  [
    'startingConcurrent',
    'regular',
    CIP,
    NIC,
    NIC,
    ok,
    NC,
    ok,
    NC,
    NOC,
    NE,
    NC,
    NT,
    NWT,
    NC,
    NC,
    NP,
    CIP,
    IN,
    ok,
  ],
  [
    'startingConference',
    'regular',
    CIP,
    NIC,
    NIC,
    ok,
    NC,
    ok,
    NC,
    NOC,
    NE,
    NC,
    NT,
    NWT,
    NC,
    NC,
    NP,
    CIP,
    IN,
    ok,
  ],
  ['initiating', 'conference', CIP, NIC, NIC, ok, ok, ok, NC, NOC, NE, NC, NT, NWT, NC, NC, ok, CIP, IN, ok],
  ['initiated', 'conference', CIP, NIC, NIC, ok, ok, ok, NC, NOC, NE, NC, NT, NWT, NC, ok, ok, CIP, IN, ok],
  [
    'startingCoaching',
    'regular',
    CIP,
    NIC,
    NIC,
    ok,
    NC,
    NC,
    NC,
    NOC,
    NE,
    NC,
    NT,
    NWT,
    NC,
    NC,
    NP,
    CIP,
    IN,
    ok,
  ],
  ['joining', 'coaching', CIP, NIC, NIC, ok, CO, NC, CO, NOC, NE, CO, NT, NWT, CO, CO, NP, CIP, IN, ok],
  ['joined', 'coaching', CIP, NIC, NIC, ok, CO, ok, CO, NOC, NE, CO, NT, NWT, CO, CO, NP, CIP, IN, ok],
];

/** The reason of every control, as a record, for readable failure diffs. */
function reasons(state: DialerState): Record<ControlName, ControlReason | undefined> {
  const controls = getControls(state);
  return Object.fromEntries(CONTROL_NAMES.map((name) => [name, controls[name].reason])) as Record<
    ControlName,
    ControlReason | undefined
  >;
}

function expected(row: Row): Record<ControlName, ControlReason | undefined> {
  const [, , ...cells] = row;
  return Object.fromEntries(CONTROL_NAMES.map((name, i) => [name, cells[i]])) as Record<
    ControlName,
    ControlReason | undefined
  >;
}

describe('getControls', () => {
  describe('per status and flow, ready, with no pending command', () => {
    it('has a row for each of the 18 statuses and a column for each control', () => {
      expect(new Set(TABLE.map(([status]) => status)).size).toBe(18);
      for (const row of TABLE) expect(row.length).toBe(CONTROL_NAMES.length + 2);
    });

    it.each(TABLE.map((row) => [row[0], row[1] ?? '-', row] as const))('%s / %s', (status, _flow, row) => {
      expect(reasons(stateFor(status, row[1]))).toEqual(expected(row));
    });

    it('enables exactly the controls without a reason', () => {
      for (const row of TABLE) {
        const controls = getControls(stateFor(row[0], row[1]));
        for (const name of CONTROL_NAMES)
          expect(controls[name].enabled).toBe(controls[name].reason === undefined);
      }
    });
  });

  describe('while not connected to the bus', () => {
    it.each(['connecting', 'needs-login', 'reconnecting', 'closed'] as const)(
      'disables every control when %s',
      (connection) => {
        const controls = getControls({ ...stateFor('connected', 'regular'), connection });
        for (const name of CONTROL_NAMES)
          expect(controls[name]).toMatchObject({ enabled: false, reason: NR });
      },
    );
  });

  describe('while a fire-and-forget command is pending', () => {
    const pending = { type: 'DIALER.HOLD', sentAt: 1, deadline: 10_001 } as const;
    const state = { ...stateFor('connected', 'regular'), pending };

    it('disables the call controls with operation-pending', () => {
      const controls = getControls(state);
      for (const name of ['hold', 'record', 'startWarmTransfer', 'invite'] as const) {
        expect(controls[name].reason).toBe(OP);
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
      expect(getControls(tagging).dial.reason).toBe(MT);
      expect(getControls(tagging).reset.reason).toBe(OP);
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
      expect([controls.dial.reason, controls.joinCoaching.reason]).toEqual([CIP, CIP]);
    });

    it('refuses accept during another connected call, naming that call, but lets the offer be turned down', () => {
      const controls = getControls(stateFor('connected', 'regular', { incoming }));
      expect([controls.accept.reason, controls.reject.reason]).toEqual([CIP, ok]);
    });

    it('does not offer accept once the call was answered', () => {
      const answered = { ...incoming, answer: 'accepted' } as const;
      expect(getControls(stateFor('idle', undefined, { incoming: answered })).accept.reason).toBe(NIC);
    });

    it('refuses to accept while mandatory tagging, naming the tagging', () => {
      const controls = getControls(stateFor('mandatoryTagging', 'regular', { incoming }));
      expect([controls.accept.reason, controls.reject.reason]).toEqual([MT, ok]);
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
        expect(controls[name].reason).toBe(IC);
      expect(controls.hold.enabled).toBe(true);
    });
  });

  describe('when connected without what a control needs', () => {
    it('refuses to record when the call does not allow it', () => {
      const state = stateFor('connected', 'regular', { metadata: { canControlRecording: false } });
      expect(getControls(state).record.reason).toBe(RNA);
    });

    it('refuses to hold before a SYNC gave the leg id', () => {
      const party = { source: 'call', phoneNumber: '+14155550199', isHeld: false } as const;
      expect(getControls(stateFor('connected', 'regular', { activeParticipant: party })).hold.reason).toBe(
        NP,
      );
    });

    it.each(['initiating', 'initiated'] as const)(
      'refuses to hold in a conference (%s) until a participant has answered',
      (status) => {
        const ringing = { participants: [{ legId: 'leg-2', isHeld: false, state: 'ringing' }] } as const;
        const gone = { participants: [{ legId: 'leg-2', isHeld: true, state: 'ended' }] } as const;
        expect(getControls(stateFor(status, 'conference', { metadata: ringing })).hold.reason).toBe(NP);
        expect(getControls(stateFor(status, 'conference', { metadata: gone })).hold.reason).toBe(NP);
      },
    );

    it('refuses to kick when every conference participant has left', () => {
      const metadata = { participants: [{ legId: 'leg-2', isHeld: false, state: 'ended' }] } as const;
      expect(getControls(stateFor('initiated', 'conference', { metadata })).kick.reason).toBe(NP);
    });

    it('refuses a second swap until the first is confirmed', () => {
      const state = stateFor('connected', 'warmTransfer', { swapCheck: { activeLegId: 'leg-1', since: 5 } });
      expect(getControls(state).swap.reason).toBe(OP);
      expect(getControls(state).merge.enabled).toBe(true);
    });
  });

  describe('with requests in flight', () => {
    it('refuses a second SET_TAGS and marks setTags pending', () => {
      const state = {
        ...stateFor('mandatoryTagging', 'regular'),
        requests: { 'DIALER.SET_TAGS': { sentAt: 1, deadline: 2 } },
      };
      expect(getControls(state).setTags).toEqual({ enabled: false, pending: true, reason: RP });
    });

    it('refuses a second availability update and marks it pending', () => {
      const requests = { 'API.UPDATE_AVAILABILITY': { sentAt: 1, deadline: 2 } };
      expect(getControls({ ...stateFor('idle', undefined), requests }).updateAvailability).toEqual({
        enabled: false,
        pending: true,
        reason: RP,
      });
    });
  });

  describe('changing the tags of any call', () => {
    it('refuses a second update while one awaits its answer, and marks it pending', () => {
      const requests = { 'API.UPDATE_CALL_TAGS': { sentAt: 1, deadline: 2, callUuid: 'CA1', tagIds: [] } };
      expect(getControls({ ...stateFor('idle', undefined), requests }).updateCallTags).toEqual({
        enabled: false,
        pending: true,
        reason: RP,
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
      expect(getControls(state).updateAvailability.reason).toBe(IN);
    });
  });

  describe('memoisation', () => {
    it('returns the same object for the same state', () => {
      const state = stateFor('connected', 'regular');
      expect(getControls(state)).toBe(getControls(state));
    });

    it('keeps unchanged control objects across states', () => {
      const a = getControls(stateFor('connected', 'regular'));
      const b = getControls(stateFor('connected', 'regular', { muted: true }));
      expect(a).not.toBe(b);
      expect(a.hangUp).toBe(b.hangUp);
    });
  });
});
