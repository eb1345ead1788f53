import { describe, expect, it } from 'vitest';
import type { BusEvent, BusEventOf } from '../src/protocol/events';
import { reduceDialer } from '../src/reduceDialer';
import type { DialerEvent } from '../src/reducer/types';
import { createInitialState } from '../src/state/createInitialState';
import type { DialerState } from '../src/state/DialerState';
import { checkInvariants } from '../src/state/invariants';
import { parsedFlow } from './conformance/flows';
import { GIVENS } from './conformance/givens';
import { snapshot } from './conformance/snapshot';

const accept: DialerEvent = { type: 'kit/commandSent', payload: { commandType: 'DIALER.ACCEPT' } };
const rollback = parsedFlow('incoming_rollback_transfer');
const rollbackUuid = (rollback[0] as BusEventOf<'DIALER.INCOMING'>).payload.callUuid;

/** Folds events one second apart from the `ready` given. */
function replay(events: readonly DialerEvent[]): DialerState {
  let state = createInitialState();
  let at = 1_000;
  for (const event of [...GIVENS.ready, ...events]) {
    at += 1_000;
    state = reduceDialer(state, event, at);
  }
  return state;
}

/** The flow's INCOMING carries the rollback's callUuid, as when the bus brings that call back. */
function withRollbackUuid(events: readonly BusEvent[]): DialerEvent[] {
  return events.map((event) =>
    event.type === 'DIALER.INCOMING'
      ? { ...event, payload: { ...event.payload, callUuid: rollbackUuid } }
      : event,
  );
}

describe('a rollback transfer bringing back a call that ended, with the same callUuid', () => {
  const hangUp = parsedFlow('hangup_without_mandatory_tagging');

  it('offers the call again after an accepted external call ended', () => {
    const [offer, ...answered] = withRollbackUuid(parsedFlow('incoming_external_accepted'));
    if (!offer) throw new Error('incoming_external_accepted has no INCOMING');
    const ended = replay([offer, accept, ...answered, ...hangUp]);
    expect(snapshot(ended)).toMatchObject({ status: 'ended', incoming: 'external:accepted' });

    const state = replay([offer, accept, ...answered, ...hangUp, ...rollback]);
    expect(snapshot(state)).toMatchObject({
      status: 'ended',
      incoming: 'rollback-transfer:offered',
      active: '+14155550199',
    });
    expect(state.call.incoming?.callUuid).toBe(rollbackUuid);
    expect(checkInvariants(state)).toEqual([]);
  });

  it('offers the call again after the accepted cold transfer of flows.json ended', () => {
    const [offer, ...answered] = parsedFlow('incoming_cold_transfer_accepted');
    if (!offer) throw new Error('incoming_cold_transfer_accepted has no INCOMING');
    const state = replay([offer, accept, ...answered, ...hangUp, ...rollback]);
    expect(snapshot(state)).toMatchObject({ status: 'ended', incoming: 'rollback-transfer:offered' });
    expect(state.diagnostics.items).toEqual([]);
  });
});
