import type { BusCommand } from '@dialer-kit/core';
import { describe, expect, it } from 'vitest';
import { createHarness, type Harness, statuses } from '../test/harness';
import { DEFAULT_SETTINGS } from './settings';

const DIAL: BusCommand = { type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '+14155550199' } };

/** Sends `message` raw; asserts nothing reached the kit and the log recorded a refusal. */
const expectRefused = (h: Harness, message: unknown, reason?: RegExp) => {
  h.take();
  const before = h.bus.log.length;
  expect(() => {
    h.bus.transport.send(message);
    h.bus.flush();
  }).not.toThrow();
  expect(h.take()).toEqual([]);
  const refusal = h.bus.log.slice(before).find((entry) => entry.kind === 'refused');
  expect(refusal).toBeDefined();
  if (reason) expect(refusal?.message).toMatch(reason);
};

describe('a malformed command', () => {
  it.each([
    ['a string', 'DIALER.DIAL'],
    ['null', null],
    ['an unknown type', { type: 'DIALER.TELEPORT' }],
    ['a payload on a command without one', { type: 'DIALER.ACCEPT', payload: { now: true } }],
    ['a missing payload', { type: 'DIALER.DIAL' }],
    ['a wrong field type', { type: 'DIALER.HOLD', payload: { shouldHold: 'yes', legId: 'CA1' } }],
    ['an unknown availability', { type: 'API.UPDATE_AVAILABILITY', payload: { status: 'asleep' } }],
  ])('is refused without a reply: %s', (_, message) => {
    const h = createHarness();
    h.ready();
    expectRefused(h, message, /malformed/);
  });
});

describe('an out-of-place command', () => {
  it('refuses a swap outside a transfer', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    expectRefused(h, { type: 'DIALER.SWAP_PARTICIPANT' }, /swap/);
  });

  it('refuses a merge outside a warm transfer', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    expectRefused(h, { type: 'DIALER.MERGE_WARM_TRANSFER' });
  });

  it('refuses to accept when nothing is incoming, and to reject too', () => {
    const h = createHarness();
    h.ready();
    expectRefused(h, { type: 'DIALER.ACCEPT' }, /nothing incoming/);
    expectRefused(h, { type: 'DIALER.REJECT' }, /nothing incoming/);
  });

  it('refuses to hang up with no call, and to reset during one', () => {
    const h = createHarness();
    h.ready();
    expectRefused(h, { type: 'DIALER.HANGUP' });
    h.outgoingConnected();
    expectRefused(h, { type: 'DIALER.RESET' }, /in progress/);
  });

  it('refuses to dial during a call, from a foreign number or to a malformed one', () => {
    const h = createHarness();
    h.ready();
    expectRefused(h, { type: 'DIALER.DIAL', payload: { from: '+15550000000', to: '+14155550199' } }, /lines/);
    expectRefused(h, { type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '555-0199' } }, /E\.164/);
    expectRefused(
      h,
      { type: 'DIALER.DIAL', payload: { from: '+14155550123', to: 'client:123456' } },
      /itself/,
    );
    h.outgoingConnected();
    expectRefused(h, DIAL, /in progress/);
  });

  it('refuses a hold of an unknown leg and recording where it cannot be controlled', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected('client:654321');
    expectRefused(h, { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'CAnope' } }, /legId/);
    expectRefused(h, { type: 'DIALER.SET_RECORDING', payload: { shouldRecord: true } }, /recording/);
  });

  it('refuses transfer, conference and kick without a connected call', () => {
    const h = createHarness();
    h.ready();
    expectRefused(h, { type: 'DIALER.START_WARM_TRANSFER', payload: { to: 'client:654321' } });
    expectRefused(h, { type: 'DIALER.START_CONCURRENT_CALL', payload: { to: '+33176360695' } });
    expectRefused(h, { type: 'DIALER.INVITE_PARTICIPANT', payload: { to: '+33176360695' } });
    expectRefused(h, { type: 'DIALER.KICK_PARTICIPANT', payload: { legId: 'CA1' } });
    expectRefused(h, { type: 'DIALER.SET_TAGS', payload: { tagIds: [101] } }, /no call/);
  });

  it('refuses coaching during a call and for an unknown call', () => {
    const h = createHarness();
    h.ready();
    const unknown = 'CA00000000000000000000000000000000';
    expectRefused(
      h,
      { type: 'DIALER.JOIN_COACHING', payload: { callUuid: unknown, incognito: false } },
      /coach/,
    );
    h.outgoingConnected();
    const known = h.bus.settings.coachableCalls[0]?.callUuid ?? '';
    expectRefused(
      h,
      { type: 'DIALER.JOIN_COACHING', payload: { callUuid: known, incognito: false } },
      /idle/,
    );
  });
});

describe('while mandatory tagging', () => {
  const tagging = () => {
    const h = createHarness({
      lines: DEFAULT_SETTINGS.lines.map((line) => ({ ...line, mandatoryTagging: true })),
    });
    h.ready();
    h.outgoingConnected();
    h.send({ type: 'DIALER.HANGUP' });
    expect(h.bus.getSnapshot().status).toBe('mandatoryTagging');
    return h;
  };

  it('refuses to dial', () => {
    expectRefused(tagging(), DIAL, /tagged/);
  });

  it('refuses to reset and offers no incoming call', () => {
    const h = tagging();
    expectRefused(h, { type: 'DIALER.RESET' }, /tagged/);
    expect(h.bus.incomingCall()).toBeUndefined();
  });

  it('rejects an empty tag list, then ends once tagged', () => {
    const h = tagging();
    h.take();
    h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [] } });
    expect(h.take().map((event) => event.type)).toEqual(['DIALER.SET_TAGS_REJECTED']);
    h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [103] } });
    expect(statuses(h.take())).toEqual(['regular/ended']);
    h.send(DIAL);
    expect(h.take()[0]?.type).toBe('DIALER.DIALING');
  });
});

describe('after refusals', () => {
  it('still answers the next valid command', () => {
    const h = createHarness();
    h.ready();
    expectRefused(h, { type: 'DIALER.SWAP_PARTICIPANT' });
    expectRefused(h, 42);
    h.send(DIAL);
    expect(h.take().map((event) => event.type)).toEqual([
      'DIALER.DIALING',
      'DIALER.CALL_STATUS',
      'DIALER.CALL_STATUS',
      'DIALER.SYNC',
    ]);
  });
});
