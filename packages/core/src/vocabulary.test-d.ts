import { describe, expectTypeOf, it } from 'vitest';
import type { commands } from './commands/commands';
import type { ControlName } from './controls/types';
import type { Result } from './result';
import type { Operation } from './state/SessionState';
import type { DialerActions } from './store/types';

describe('one vocabulary', () => {
  it('has a store action and a command builder of each control name', () => {
    expectTypeOf<ControlName>().toExtend<keyof DialerActions>();
    expectTypeOf<ControlName>().toExtend<keyof typeof commands>();
  });

  it('names every failed operation after a control, the login aside', () => {
    expectTypeOf<Exclude<Operation, 'login'>>().toExtend<ControlName>();
  });

  it('returns one Result shape from every verb', () => {
    type Returned = ReturnType<DialerActions[Exclude<keyof DialerActions, 'selectTags'>]>;
    expectTypeOf<Awaited<Returned>>().toExtend<Result | Result<{ readonly payload: unknown }>>();
    expectTypeOf<Extract<Result, { ok: false }>>().toHaveProperty('reason');
  });
});
