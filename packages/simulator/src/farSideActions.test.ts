import { describe, expect, it } from 'vitest';
import { createHarness, type Harness, payloadsOf, statuses } from '../test/harness';
import { FAR_SIDE_ACTIONS, type FarSideActionLabel } from './farSideActions';

const run = (h: Harness, label: FarSideActionLabel): boolean => {
  const action = FAR_SIDE_ACTIONS.find((candidate) => candidate.label === label);
  if (action === undefined) throw new Error(`no action ${label}`);
  const done = action.run(h.bus);
  h.bus.flush();
  return done;
};

const ready = (): Harness => {
  const h = createHarness();
  h.ready();
  return h;
};

const inWarmTransfer = (): Harness => {
  const h = ready();
  h.outgoingConnected();
  h.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: 'client:654321' } });
  h.take();
  return h;
};

describe('FAR_SIDE_ACTIONS', () => {
  it('lists the page contract labels, in order', () => {
    expect(FAR_SIDE_ACTIONS.map((action) => action.label)).toEqual([
      'Incoming external call',
      'Incoming internal call',
      'Incoming cold transfer',
      'Incoming warm transfer',
      'Remote answers',
      'Remote hangs up',
      'Transferee answers',
      'Transferee declines',
      'Drop the call',
      'Send a malformed message',
    ]);
  });

  it.each([
    ['Incoming external call', 'external'],
    ['Incoming internal call', 'internal'],
    ['Incoming cold transfer', 'cold-transfer'],
    ['Incoming warm transfer', 'warm-transfer'],
  ] as const)('"%s" offers a call of type %s', (label, type) => {
    const h = ready();
    expect(run(h, label)).toBe(true);
    expect(payloadsOf(h.take(), 'DIALER.INCOMING')).toMatchObject([{ type }]);
  });

  it('refuses an incoming call during another call', () => {
    const h = ready();
    h.outgoingConnected();
    h.take();
    expect(run(h, 'Incoming external call')).toBe(false);
    expect(payloadsOf(h.take(), 'DIALER.INCOMING')).toEqual([]);
  });

  it('"Remote answers" connects a ringing outgoing call', () => {
    const h = ready();
    h.send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '+14155550199' } });
    h.take();
    expect(run(h, 'Remote answers')).toBe(true);
    expect(statuses(h.take())).toEqual(['regular/connected']);
  });

  it('"Remote hangs up" ends a connected call', () => {
    const h = ready();
    h.outgoingConnected();
    h.take();
    expect(run(h, 'Remote hangs up')).toBe(true);
    expect(statuses(h.take())).toEqual(['regular/hanging', 'regular/ended']);
  });

  it('"Transferee answers" connects the warm transfer', () => {
    const h = inWarmTransfer();
    expect(run(h, 'Transferee answers')).toBe(true);
    expect(statuses(h.take())).toEqual(['warmTransfer/connected']);
  });

  it('"Transferee declines" brings the agent back to the customer', () => {
    const h = inWarmTransfer();
    expect(run(h, 'Transferee declines')).toBe(true);
    expect(statuses(h.take()).at(-1)).toBe('regular/connected');
  });

  it('"Drop the call" ends a connected call without hanging', () => {
    const h = ready();
    h.outgoingConnected();
    h.take();
    expect(run(h, 'Drop the call')).toBe(true);
    expect(statuses(h.take())).toEqual(['regular/ended']);
  });

  it('"Send a malformed message" emits a message breaking the protocol', () => {
    const h = ready();
    expect(run(h, 'Send a malformed message')).toBe(true);
    expect(payloadsOf(h.take(), 'DIALER.CALL_STATUS')).toEqual([{ status: 'teleporting', flow: 'regular' }]);
  });

  describe('with no call', () => {
    it.each([
      'Remote answers',
      'Remote hangs up',
      'Transferee answers',
      'Transferee declines',
      'Drop the call',
    ] as const)('"%s" has nothing to do', (label) => {
      const h = ready();
      expect(run(h, label)).toBe(false);
      expect(h.take()).toEqual([]);
    });
  });
});
