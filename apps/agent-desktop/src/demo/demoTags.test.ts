import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import { describe, expect, it } from 'vitest';
import { DEMO_TAGS } from './demoTags';

describe('DEMO_TAGS', () => {
  it('are the tags the simulated bus accepts, so every saved tag is known to it', () => {
    expect(DEMO_TAGS).toEqual(DEFAULT_SETTINGS.tags);
  });
});
