import { describe, expect, it } from 'vitest';
import { faultNotice, NO_NOTICE, nextNotice, refusalNotice } from './farSideNotice';

describe('the far side notice', () => {
  it('is a new notice when the same refusal comes twice in a row', () => {
    const first = nextNotice(NO_NOTICE, refusalNotice('Remote answers'));
    const second = nextNotice(first, refusalNotice('Remote answers'));
    expect(second.text).toBe(first.text);
    expect(second.seq).not.toBe(first.seq);
  });

  it('names the operation an armed failure will break', () => {
    expect(faultNotice('hold')).toBe('Next hold will fail');
  });
});
