import { describe, expect, it } from 'vitest';
import type { CallFlow, CallStatus } from '../protocol/enums';
import type { DialerState } from '../state/DialerState';
import { getControls } from './getControls';
import { stateFor } from './stateFor.test-helper';
import { CONTROL_NAMES, type ControlName, type ControlReason } from './types';

const ok = undefined;
// biome-ignore format: the grid's legend, as compact as the grid: each reason abbreviated so a row fits a line.
const { NR, MT, OP, NC, CIP, NIC, NOC, NE, NWT, NT, NP, IN, CO } = {
  NR: 'not-ready', MT: 'mandatory-tagging', OP: 'operation-pending', NC: 'not-connected',
  CIP: 'call-in-progress', NIC: 'no-incoming-call', NOC: 'no-call', NE: 'not-ended',
  NWT: 'not-in-warm-transfer', NT: 'not-in-transfer', NP: 'no-participant', IN: 'in-call', CO: 'coaching',
} as const satisfies Record<string, ControlReason>;

type Row = readonly [CallStatus, CallFlow | undefined, ...(ControlReason | undefined)[]];

// Columns follow CONTROL_NAMES:
// dial accept reject hangUp hold mute record setTags reset startWT swap merge startConc invite kick joinCoach updAvail
// updCallTags
// biome-ignore format: a grid reads as a table, one row per status and flow, one column per control.
const TABLE: readonly Row[] = [
  ['idle',                 undefined,      ok,  NIC, NIC, NOC, NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, ok,  ok, ok],
  ['connecting',           'regular',      CIP, NIC, NIC, ok,  NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['ringing',              'regular',      CIP, NIC, NIC, ok,  NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['ringing',              'warmTransfer', CIP, NIC, NIC, ok,  NC, ok, NC, NOC, NE, NC, NC, NC,  NC, NC, NP, CIP, IN, ok],
  ['ringing',              'concurrent',   CIP, NIC, NIC, ok,  NC, ok, NC, NOC, NE, NC, NC, NWT, NC, NC, NP, CIP, IN, ok],
  ['accepting',            'regular',      CIP, NIC, NIC, ok,  NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['connected',            'regular',      CIP, NIC, NIC, ok,  ok, ok, ok, ok,  NE, ok, NT, NWT, ok, ok, NP, CIP, IN, ok],
  ['connected',            'warmTransfer', CIP, NIC, NIC, ok,  ok, ok, ok, ok,  NE, NC, ok, ok,  NC, NC, NP, CIP, IN, ok],
  ['connected',            'concurrent',   CIP, NIC, NIC, ok,  ok, ok, ok, ok,  NE, NC, ok, NWT, NC, NC, NP, CIP, IN, ok],
  ['hanging',              'regular',      CIP, NIC, NIC, ok,  NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['hanging',              'warmTransfer', CIP, NIC, NIC, OP,  NC, NC, NC, NOC, NE, NC, NC, NC,  NC, NC, NP, CIP, IN, ok],
  ['hanging',              'concurrent',   CIP, NIC, NIC, OP,  NC, NC, NC, NOC, NE, NC, NC, NWT, NC, NC, NP, CIP, IN, ok],
  ['hanging',              'conference',   CIP, NIC, NIC, ok,  NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['hanging',              'coaching',     CIP, NIC, NIC, ok,  CO, NC, CO, NOC, NE, CO, NT, NWT, CO, CO, NP, CIP, IN, ok],
  ['mandatoryTagging',     'regular',      MT,  MT,  NIC, NOC, NC, NC, NC, ok,  NE, MT, NT, NWT, MT, MT, NP, MT,  IN, ok],
  ['ended',                'regular',      ok,  NIC, NIC, NOC, NC, NC, NC, ok,  ok, NC, NT, NWT, NC, NC, NP, CIP, ok, ok],
  ['startingWarmTransfer', 'regular',      CIP, NIC, NIC, ok,  NC, ok, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['swapping',             'warmTransfer', CIP, NIC, NIC, ok,  NC, ok, NC, NOC, NE, NC, NC, NC,  NC, NC, NP, CIP, IN, ok],
  ['swapping',             'concurrent',   CIP, NIC, NIC, ok,  NC, ok, NC, NOC, NE, NC, NC, NWT, NC, NC, NP, CIP, IN, ok],
  ['merging',              'warmTransfer', CIP, NIC, NIC, ok,  NC, ok, NC, NOC, NE, NC, NC, NC,  NC, NC, NP, CIP, IN, ok],
  ['startingConcurrent',   'regular',      CIP, NIC, NIC, ok,  NC, ok, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['startingConference',   'regular',      CIP, NIC, NIC, ok,  NC, ok, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['initiating',           'conference',   CIP, NIC, NIC, ok,  ok, ok, NC, NOC, NE, NC, NT, NWT, NC, NC, ok, CIP, IN, ok],
  ['initiated',            'conference',   CIP, NIC, NIC, ok,  ok, ok, NC, NOC, NE, NC, NT, NWT, NC, ok, ok, CIP, IN, ok],
  ['startingCoaching',     'regular',      CIP, NIC, NIC, ok,  NC, NC, NC, NOC, NE, NC, NT, NWT, NC, NC, NP, CIP, IN, ok],
  ['joining',              'coaching',     CIP, NIC, NIC, ok,  CO, NC, CO, NOC, NE, CO, NT, NWT, CO, CO, NP, CIP, IN, ok],
  ['joined',               'coaching',     CIP, NIC, NIC, ok,  CO, ok, CO, NOC, NE, CO, NT, NWT, CO, CO, NP, CIP, IN, ok],
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
