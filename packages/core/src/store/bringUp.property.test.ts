import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { propertyBudget } from '../../../../tests/support/propertyBudget';
import { setup, USER } from './storeHarness.test-helper';

// DIALER_KIT_PROPERTY_RUNS soaks (tests/support/propertyBudget.ts).
const budget = propertyBudget(300);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * What the bus may do during the bring-up, in any order and any number of times: answer REGISTER either
 * way or reject it, reject a login nobody sent, expire the session, answer the oldest INIT or DESTROY it
 * was sent (it answers in order), reload its frame (forgetting what it owed), or let the agent sign in at
 * the login form (accepted or refused).
 */
const STEPS = [
  'register:none',
  'register:session',
  'register:rejected',
  'reload',
  'loginRejected',
  'tokenExpired',
  'answer',
  'signIn:ok',
  'signIn:refused',
] as const;
type Step = (typeof STEPS)[number];

const ODD = 'unexpected-answer';

function run(steps: readonly Step[]) {
  const harness = setup();
  const { store, bus, diagnostics } = harness;
  // The bus's own view: whether it holds a session, and the INIT / DESTROY it still owes an answer.
  let session = false;
  let registered = false;
  let answered = 0;
  const lifecycle = () => bus.sentTypes().filter((t) => t === 'BUS.INIT' || t === 'BUS.DESTROY');
  // Where each reload cut the INIT / DESTROY sequence: a reloaded bus forgot the INIT before it.
  const reloads: number[] = [];
  const owed = () => lifecycle().slice(answered);
  const answerOldest = (): void => {
    const type = owed()[0];
    if (type === undefined) return;
    answered += 1;
    bus.push({ type: `${type}_FULFILLED` });
  };
  const odd = () => diagnostics.filter((d) => d.code === ODD).length;
  const expectOddReported = (push: () => void): void => {
    const before = odd();
    push();
    expect(odd(), 'an odd answer is reported').toBeGreaterThan(before);
  };
  const signIn = (accepted: boolean): void => {
    if (store.getState().connection !== 'needs-login') return;
    const sentBefore = bus.sent.length;
    void store.actions.login('jane.agent@example.com', 'pw');
    // The login form is shown: a login from it must reach the bus.
    expect(bus.sentTypes().slice(sentBefore), 'a login from the form is sent').toEqual([
      'AUTH.EMAIL_AND_PASSWORD',
    ]);
    if (accepted) {
      session = true;
      bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: USER } });
    } else {
      bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED', payload: { error: 'wrong password' } });
    }
  };

  store.start();
  for (const step of steps) {
    switch (step) {
      case 'register:none':
      case 'register:session': {
        const restored = step === 'register:session';
        const push = () =>
          bus.push(
            restored
              ? { type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } }
              : { type: 'BUS.REGISTER_FULFILLED' },
          );
        // A second answer that contradicts the session the kit holds is odd.
        if (registered && restored !== session) expectOddReported(push);
        else push();
        registered = true;
        session = restored;
        break;
      }
      case 'register:rejected':
        bus.push({ type: 'BUS.REGISTER_REJECTED', payload: { error: 'busy' } });
        break;
      case 'reload':
        // The reloaded bus owes no answer to what was sent before, and REGISTER is awaited again.
        bus.reset();
        answered = lifecycle().length;
        reloads.push(answered);
        registered = false;
        break;
      case 'loginRejected':
        // The agent's logins are answered at once, so this one answers no login.
        expectOddReported(() =>
          bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED', payload: { error: 'who?' } }),
        );
        break;
      case 'tokenExpired':
        if (session) bus.push({ type: 'AUTH.REFRESH_TOKEN_EXPIRED' });
        else expectOddReported(() => bus.push({ type: 'AUTH.REFRESH_TOKEN_EXPIRED' }));
        session = false;
        break;
      case 'answer':
        answerOldest();
        break;
      case 'signIn:ok':
      case 'signIn:refused':
        signIn(step === 'signIn:ok');
        break;
    }
    // Whatever came, the connection is one the agent can leave.
    expect(store.getState().connection).not.toBe('closed');
  }

  // Then the bus behaves: it answers what it owes, REGISTER if it never did, and the agent signs in.
  if (!registered) bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
  while (owed().length > 0) answerOldest();
  if (store.getState().connection === 'needs-login') {
    signIn(true);
    while (owed().length > 0) answerOldest();
  }
  expect(store.getState().connection, `after ${steps.join(', ')}`).toBe('ready');
  // INIT is never sent twice to the same bus without a DESTROY in between (PROTOCOL.md section 1).
  lifecycle().forEach((type, i, sent) => {
    if (type === 'BUS.INIT' && !reloads.includes(i)) expect(sent[i - 1] ?? 'BUS.DESTROY').toBe('BUS.DESTROY');
  });
  store.dispose();
}

describe('the bring-up, whatever the order and repetition of the session answers', () => {
  it(
    'ends ready after INIT, or at a login form whose login works, reporting every odd answer',
    () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...STEPS), { minLength: 1, maxLength: 8 }), (steps) => {
          run(steps);
        }),
        { numRuns: budget.numRuns },
      );
    },
    budget.timeout,
  );

  it('shows a login form only when its login is sent, in any order of a reload, a rejected REGISTER and an expiry', () => {
    const orders = (steps: readonly Step[]): Step[][] =>
      steps.length === 0
        ? [[]]
        : steps.flatMap((step, i) => orders(steps.filter((_, j) => j !== i)).map((rest) => [step, ...rest]));
    for (const order of orders(['reload', 'register:rejected', 'tokenExpired', 'signIn:ok'])) {
      run(['register:session', ...order]);
    }
  });

  it('handles every order of two REGISTER answers and an unsolicited rejection or expiry', () => {
    const odd: Step[] = ['register:none', 'register:session', 'loginRejected', 'tokenExpired'];
    for (const a of odd) for (const b of odd) for (const c of odd) run([a, b, c]);
  });
});
