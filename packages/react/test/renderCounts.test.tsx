import { screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useAgentAvailability } from '../src/hooks/useAgentAvailability';
import { useCallStatus } from '../src/hooks/useCallStatus';
import { useDialer } from '../src/hooks/useDialer';
import { busEvent } from './fakeBus';
import { renderWithDialer } from './renderWithDialer';

const commits = { availability: 0, status: 0, verbs: 0 };
type Leaf = keyof typeof commits;

function Counted({ id, children }: { readonly id: Leaf; readonly children: ReactNode }) {
  return (
    <Profiler id={id} onRender={() => commits[id]++}>
      {children}
    </Profiler>
  );
}

function AvailabilityLeaf() {
  const { status, canUpdate } = useAgentAvailability();
  return <p>{`availability ${status ?? 'unknown'} ${canUpdate ? 'changeable' : 'locked'}`}</p>;
}

function StatusLeaf() {
  return <p>{`status ${useCallStatus()}`}</p>;
}

function VerbsLeaf() {
  const { accept, hangUp } = useDialer();
  return (
    <>
      <button type="button" onClick={() => accept()}>
        Accept
      </button>
      <button type="button" onClick={() => hangUp()}>
        Hang up
      </button>
    </>
  );
}

describe('over an incoming call from offer to end', () => {
  it('re-renders each leaf only when its own slice changes', async () => {
    const { bus, user } = await renderWithDialer(
      <>
        <Counted id="availability">
          <AvailabilityLeaf />
        </Counted>
        <Counted id="status">
          <StatusLeaf />
        </Counted>
        <Counted id="verbs">
          <VerbsLeaf />
        </Counted>
      </>,
      { strict: false },
    );
    const steps: [string, () => unknown][] = [
      ['incoming', () => bus.push(busEvent.incoming())],
      ['click Accept', () => user.click(screen.getByRole('button', { name: 'Accept' }))],
      ['CS accepting', () => bus.push(busEvent.callStatus('accepting', 'regular'))],
      ['CS connected', () => bus.push(busEvent.callStatus('connected', 'regular'))],
      [
        'SYNC',
        () =>
          bus.push(
            busEvent.sync({ activeParticipant: { legId: 'leg-c', isHeld: false, state: 'answering' } }),
          ),
      ],
      ['click Hang up', () => user.click(screen.getByRole('button', { name: 'Hang up' }))],
      ['CS hanging', () => bus.push(busEvent.callStatus('hanging', 'regular'))],
      ['CS ended', () => bus.push(busEvent.callStatus('ended', 'regular'))],
    ];

    const perStep: Record<Leaf, number[]> = { availability: [], status: [], verbs: [] };
    for (const [, step] of steps) {
      const before = { ...commits };
      await step();
      for (const leaf of Object.keys(commits) as Leaf[]) perStep[leaf].push(commits[leaf] - before[leaf]);
    }
    console.log('render counts', {
      steps: steps.map(([name]) => name),
      ...perStep,
      totals: Object.fromEntries(
        Object.entries(perStep).map(([leaf, counts]) => [leaf, counts.reduce((a, b) => a + b)]),
      ),
    });

    expect(bus.count('DIALER.ACCEPT')).toBe(1);
    expect(bus.count('DIALER.HANGUP')).toBe(1);
    expect(screen.getByText('status ended')).toBeInTheDocument();
    // One commit per status change; none for the offer, the clicks or SYNC.
    expect(perStep.status).toEqual([0, 0, 1, 1, 0, 0, 1, 1]);
    // Only where its own output flips: changing availability is locked from the call's start to its end.
    expect(perStep.availability).toEqual([0, 0, 1, 0, 0, 0, 0, 1]);
    expect(perStep.verbs).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
