import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { propertyBudget } from '../../../../tests/support/propertyBudget';
import { getControls } from '../controls/getControls';
import { parseBusCommand } from '../parseBusCommand';
import type { BusCommand } from '../protocol/commands';
import { UNDOCUMENTED_COMMANDS } from '../protocol/undocumentedCommands';
import { callStatus, connect, setup, sync } from './storeHarness.test-helper';

// DIALER_KIT_PROPERTY_RUNS soaks (tests/support/propertyBudget.ts).
const budget = propertyBudget(150);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A connected call with a party on a leg: every call control is usable. */
function inCall(options: Parameters<typeof setup>[0] = {}) {
  const harness = setup(options);
  connect(harness);
  harness.bus.push(callStatus('connected', 'regular'));
  harness.bus.push(sync());
  return harness;
}

const refusals = (harness: ReturnType<typeof setup>) =>
  harness.diagnostics.filter((d) => d.code === 'command-refused').map((d) => d.message);

describe('the kit never sends what its own command validation refuses', () => {
  it('refuses a dial with an empty target, says which field, and sends nothing', () => {
    const harness = setup();
    connect(harness);
    expect(harness.store.actions.dial('')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.bus.sent).toEqual([]);
    expect(refusals(harness).at(-1)).toContain('payload.to');
    expect(harness.store.getState().pending).toBeUndefined();
  });

  it('refuses a warm transfer, a second call and an invitation to an empty target', () => {
    const harness = inCall();
    expect(harness.store.actions.startWarmTransfer('')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.store.actions.startConcurrent('')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.store.actions.invite('')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.bus.sent).toEqual([]);
    expect(harness.store.getState().call.transferTo).toBeUndefined();
  });

  it('refuses tags with an id that is not a number, settling the request at once', async () => {
    const harness = inCall();
    harness.bus.push(callStatus('mandatoryTagging', 'regular'));
    await expect(harness.store.actions.setTags([1, Number.NaN])).resolves.toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(harness.bus.sent).toEqual([]);
    expect(harness.store.getState().requests).toEqual({});
    expect(refusals(harness).at(-1)).toContain('payload.tagIds');
  });

  it('refuses a command built by hand with a payload field the protocol does not have', () => {
    const harness = inCall();
    const command = { type: 'DIALER.HANGUP', payload: { now: true } } as unknown as BusCommand;
    expect(harness.store.send(command)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.bus.sent).toEqual([]);
  });

  it('never shows the password of an invalid login command sent by hand', () => {
    const harness = inCall();
    const command = {
      type: 'AUTH.EMAIL_AND_PASSWORD',
      payload: { email: 'jane.agent@example.com', password: 13579 },
    } as unknown as BusCommand;
    expect(harness.store.send(command)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.bus.sent).toEqual([]);
    expect(refusals(harness).at(-1)).toContain('payload.password');
    expect(JSON.stringify([harness.store.getState(), harness.diagnostics])).not.toContain('13579');
  });

  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf', 'DIALER.NOPE'])(
    'refuses the type %s without throwing',
    (type) => {
      const harness = inCall();
      let result: unknown;
      expect(() => {
        result = harness.store.send({ type } as unknown as BusCommand);
      }).not.toThrow();
      expect(result).toEqual({ ok: false, reason: 'not-allowed' });
      expect(harness.bus.sent).toEqual([]);
      expect(refusals(harness).at(-1)).toContain(type);
    },
  );

  it.each([null, undefined, 42, 'DIALER.HANGUP', [], {}])('refuses %j without throwing', (value) => {
    const harness = inCall();
    expect(harness.store.send(value as unknown as BusCommand)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.bus.sent).toEqual([]);
    expect(refusals(harness)).toHaveLength(1);
  });

  it(
    'sends, for anything at all, only commands that pass its validation, and never throws',
    () => {
      const types = fc.constantFrom(
        'DIALER.DIAL',
        'DIALER.HANGUP',
        'DIALER.HOLD',
        'DIALER.MUTE',
        'DIALER.SET_TAGS',
        'DIALER.START_WARM_TRANSFER',
        'DIALER.KICK_PARTICIPANT',
        'API.UPDATE_AVAILABILITY',
        'toString',
        'constructor',
      );
      const command = fc.record(
        { type: types, payload: fc.anything(), meta: fc.anything() },
        { requiredKeys: ['type'] },
      );
      fc.assert(
        fc.property(command, (value) => {
          const harness = inCall();
          expect(() => harness.store.send(value as unknown as BusCommand)).not.toThrow();
          for (const sent of harness.bus.sent) expect(parseBusCommand(sent).ok).toBe(true);
          harness.store.dispose();
        }),
        { numRuns: budget.numRuns },
      );
    },
    budget.timeout,
  );
});

describe('commands the public protocol does not document', () => {
  it('lists DIALER.SET_RECORDING (the command) and DIALER.MUTE (its payload) in one place', () => {
    expect(Object.keys(UNDOCUMENTED_COMMANDS).sort()).toEqual(['DIALER.MUTE', 'DIALER.SET_RECORDING']);
  });

  it('are sent by default', () => {
    const harness = inCall();
    expect(harness.store.actions.mute(true)).toEqual({ ok: true });
    expect(harness.store.actions.record(true)).toEqual({ ok: true });
    expect(harness.bus.sentTypes()).toEqual(['DIALER.MUTE', 'DIALER.SET_RECORDING']);
  });

  it('are refused as not-supported and never sent once the host turns them off', () => {
    const harness = inCall({ undocumentedCommands: false });
    expect(harness.store.actions.mute(true)).toEqual({ ok: false, reason: 'not-supported' });
    expect(harness.store.actions.record(true)).toEqual({ ok: false, reason: 'not-supported' });
    expect(harness.bus.sent).toEqual([]);
    expect(refusals(harness)).toHaveLength(2);
    const controls = getControls(harness.store.getState());
    expect([controls.mute.reason, controls.record.reason]).toEqual(['not-supported', 'not-supported']);
    expect(harness.store.getState().call.muted).toBe(false);
  });

  it('may be kept one by one: only those listed are sent', () => {
    const harness = inCall({ undocumentedCommands: ['DIALER.MUTE'] });
    expect(harness.store.actions.mute(true)).toEqual({ ok: true });
    expect(harness.store.actions.record(true)).toEqual({ ok: false, reason: 'not-supported' });
    expect(harness.bus.sentTypes()).toEqual(['DIALER.MUTE']);
  });
});
