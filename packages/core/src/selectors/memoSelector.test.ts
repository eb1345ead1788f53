import { describe, expect, it } from 'vitest';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { memoSelector } from './memoSelector';

describe('memoSelector', () => {
  const base = createInitialState();
  const withStatus = (status: DialerState['call']['status']): DialerState => ({
    ...base,
    call: { ...base.call, status },
  });

  it('computes again only when one of its inputs changes', () => {
    let runs = 0;
    const select = memoSelector(
      (state) => [state.call.status, state.connection] as const,
      (status, connection) => {
        runs += 1;
        return { status, connection };
      },
    );
    const first = select(base);
    expect(select({ ...base, diagnostics: { ...base.diagnostics } })).toBe(first);
    expect(runs).toBe(1);
    const next = select(withStatus('connecting'));
    expect(next).toEqual({ status: 'connecting', connection: base.connection });
    expect(runs).toBe(2);
    expect(select(withStatus('connecting'))).toBe(next);
    expect(runs).toBe(2);
  });
});
