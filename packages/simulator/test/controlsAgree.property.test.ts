import {
  AVAILABILITY_SETTINGS,
  CONTROL_NAMES,
  type ControlName,
  type DialerState,
  type DialerStore,
  getControls,
  type IncomingType,
  selectHoldControl,
} from '@dialer-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyBudget } from '../../../tests/support/propertyBudget';
import { DEFAULT_SETTINGS, type SimulatedBus } from '../src/index';
import { storeOnSimulator } from './storeOnSimulator';

// Issue 12, item 6: the kit's controls and the simulator's command handlers are two sets of rules for one
// protocol. Whatever a control enables, the bus must accept: a button the kit offers must never be a
// command the bus ignores (a `refused` entry in its log) or turns down (a `_REJECTED` answer). The inputs
// are ones a UI offers (a customer or teammate to call, tags of the catalogue, a participant's leg): the
// controls decide on the call's state, not on what the agent types.

/** The customer, a teammate and another outside number: targets the bus knows how to call. */
const TARGETS = ['+14155550199', 'client:654321', '+33176360695'] as const;
const TAG_IDS = DEFAULT_SETTINGS.tags.map((tag) => tag.id);
const INCOMING_TYPES: readonly IncomingType[] = [
  'external',
  'internal',
  'cold-transfer',
  'rollback-transfer',
  'warm-transfer',
];

/** A far-side action (the customer, a teammate, a coach, the network) or time passing. */
type FarSide =
  | { readonly far: 'incoming'; readonly type: IncomingType }
  | {
      readonly far:
        | 'remoteAnswers'
        | 'remoteNoAnswer'
        | 'remoteBusy'
        | 'remoteHangsUp'
        | 'transfereeAnswers'
        | 'transfereeDeclines'
        | 'coachJoins'
        | 'coachLeaves'
        | 'dropCall';
    }
  | { readonly far: 'wait'; readonly ms: number };

/** The agent uses a control, with the inputs a UI would give it (`pick` chooses among candidates). */
interface Verb {
  readonly verb: ControlName;
  readonly pick: number;
}

type Step = FarSide | Verb;

const farSide: fc.Arbitrary<FarSide> = fc.oneof(
  fc.constantFrom(...INCOMING_TYPES).map((type): FarSide => ({ far: 'incoming', type })),
  // Answers twice as often: the flows that need two answers (a transfer, a second call) are reached.
  fc.constantFrom('remoteAnswers', 'transfereeAnswers').map((far) => ({ far }) as FarSide),
  fc
    .constantFrom(
      'remoteAnswers',
      'remoteNoAnswer',
      'remoteBusy',
      'remoteHangsUp',
      'transfereeAnswers',
      'transfereeDeclines',
      'coachJoins',
      'coachLeaves',
      'dropCall',
    )
    .map((far) => ({ far }) as FarSide),
  // The bus's 3 s wrap-up, the kit's 10 s command timeout and a long idle stretch.
  fc.constantFrom(4_000, 11_000, 40_000).map((ms): FarSide => ({ far: 'wait', ms })),
);
const verb: fc.Arbitrary<Verb> = fc.record({
  // Every control, and those of the sub-flows again, which need a call first.
  verb: fc.oneof(
    { arbitrary: fc.constantFrom(...CONTROL_NAMES), weight: 1 },
    {
      arbitrary: fc.constantFrom<ControlName>(
        'dial',
        'startWarmTransfer',
        'startConcurrent',
        'invite',
        'swap',
        'merge',
        'kick',
      ),
      weight: 2,
    },
  ),
  pick: fc.nat({ max: 5 }),
});
const step: fc.Arbitrary<Step> = fc.oneof({ arbitrary: verb, weight: 3 }, { arbitrary: farSide, weight: 2 });

/** The kit's own store on the simulator, both on one manual clock, connected. */
function connect(mandatoryTagging: boolean): { bus: SimulatedBus; store: DialerStore } {
  const [first, ...others] = DEFAULT_SETTINGS.lines;
  const lines = first === undefined ? others : [{ ...first, mandatoryTagging }, ...others];
  return storeOnSimulator({ lines, wrapUpSeconds: 3 }, 'controls-agree');
}

const nth = <T>(items: readonly T[], pick: number): T | undefined => items[pick % Math.max(1, items.length)];

function runFarSide(bus: SimulatedBus, action: FarSide): void {
  if (action.far === 'incoming') bus.incomingCall({ type: action.type });
  else if (action.far === 'wait') bus.advance(action.ms);
  else if (action.far === 'remoteNoAnswer') bus.remoteNoAnswer();
  else bus[action.far]();
}

/**
 * Uses control `verb` as a UI would, when it is enabled; returns the command's name, or `undefined` when the
 * control is disabled (or, for hold and kick, no leg can be chosen: the UI would show no button).
 */
function useControl(store: DialerStore, { verb, pick }: Verb): string | undefined {
  const state: DialerState = store.getState();
  if (!getControls(state)[verb].enabled) return undefined;
  const { actions } = store;
  const { call } = state;
  const target = nth(TARGETS, pick) ?? TARGETS[0];
  const tags = TAG_IDS.slice(0, 1 + (pick % TAG_IDS.length));
  const participants = (call.metadata?.participants ?? []).filter((p) => p.legId !== '');
  const sent = (result: { readonly ok: boolean; readonly reason?: string }) => {
    // An enabled control whose verb the kit itself refuses would be a third disagreement.
    expect(result, `${verb} refused by the kit although enabled`).toEqual({ ok: true });
    return verb;
  };
  switch (verb) {
    case 'dial':
      return sent(actions.dial(target));
    case 'accept':
      return sent(actions.accept());
    case 'reject':
      return sent(actions.reject());
    case 'hangUp':
      return sent(actions.hangUp());
    case 'hold': {
      // The call bar's Hold, or a conference participant's own Hold: whichever leg the UI can offer.
      const legs = participants.filter((p) => selectHoldControl(state, p.legId).enabled);
      const leg = selectHoldControl(state).enabled ? undefined : nth(legs, pick)?.legId;
      if (leg === undefined && !selectHoldControl(state).enabled) return undefined;
      const held =
        leg === undefined
          ? call.activeParticipant?.isHeld === true
          : participants.find((p) => p.legId === leg)?.isHeld === true;
      return sent(actions.hold(!held, leg));
    }
    case 'mute':
      return sent(actions.mute(!call.muted));
    case 'record':
      return sent(actions.record(call.metadata?.recordingState !== 'recording'));
    case 'setTags':
      void actions.setTags(tags);
      return verb;
    case 'reset':
      return sent(actions.reset());
    case 'startWarmTransfer':
      return sent(actions.startWarmTransfer(target));
    case 'swap':
      return sent(actions.swap());
    case 'merge':
      return sent(actions.merge());
    case 'startConcurrent':
      return sent(actions.startConcurrent(target));
    case 'invite':
      return sent(actions.invite(target));
    case 'kick': {
      const leg = nth(
        participants.filter((p) => p.state !== 'ended'),
        pick,
      )?.legId;
      return leg === undefined ? undefined : sent(actions.kick(leg));
    }
    case 'joinCoaching': {
      const coachable = nth(DEFAULT_SETTINGS.coachableCalls, pick);
      return coachable === undefined ? undefined : sent(actions.joinCoaching(coachable.callUuid));
    }
    case 'updateAvailability':
      void actions.updateAvailability(nth(AVAILABILITY_SETTINGS, pick) ?? 'auto');
      return verb;
    case 'updateCallTags': {
      const recent = nth(state.recentCalls, pick);
      if (recent === undefined) return undefined;
      void actions.updateCallTags(recent.callUuid, tags);
      return verb;
    }
  }
}

describe('the kit and the simulator agree', () => {
  const { numRuns, timeout } = propertyBudget(200);
  it('whatever the kit controls enable, the simulator accepts', { timeout }, () => {
    const used = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 10, maxLength: 50, size: 'max' }),
        fc.boolean(),
        (steps, mandatoryTagging) => {
          const { bus, store } = connect(mandatoryTagging);
          // What the bus turned down: ignored commands (its log) and `_REJECTED` answers.
          const turnedDown: string[] = [];
          bus.onLog((entry) => {
            if (entry.kind === 'refused') turnedDown.push(`${entry.messageType}: ${entry.message}`);
          });
          bus.onEmit((message) => {
            const { type } = message as { type: string };
            if (type.endsWith('_REJECTED')) turnedDown.push(type);
          });
          try {
            for (const next of steps) {
              if ('far' in next) {
                runFarSide(bus, next);
              } else {
                const before = store.getState();
                // Far-side actions the bus declined (nobody ringing...) are not the kit's concern.
                turnedDown.length = 0;
                const command = useControl(store, next);
                if (command !== undefined) used.add(command);
                bus.advance(1_000);
                expect(
                  turnedDown,
                  `${command} enabled in ${before.call.flow ?? '-'}/${before.call.status} but turned down`,
                ).toEqual([]);
              }
              bus.advance(1_000);
            }
          } finally {
            store.dispose();
          }
        },
      ),
      { numRuns, seed: 20261203 },
    );
    // The sequences must reach every control enabled, not only bounce off disabled ones.
    expect([...used].sort()).toEqual([...CONTROL_NAMES].sort());
  });
});
