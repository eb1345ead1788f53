import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tests/support/launchChromium';
import { buildPage, type CommitCount, inPage } from './chromium';

/**
 * Wasted commits per component over the first 40 calls of the bench session (ten of each kind): none, the
 * target of issue 13, reached by every component (each selects only what it shows). Any commit that leaves
 * a component's DOM and fields as they were fails this. The count is exact: the session is scripted, and a
 * commit is wasted or not by what the page shows alone, whatever the machine's speed.
 */
const WASTED_BUDGET: Readonly<Record<string, number>> = {
  AvailabilityBadge: 0,
  IncomingCallBanner: 0,
  CallBar: 0,
  WarmTransferControls: 0,
  DialPad: 0,
  MandatoryTagModal: 0,
};

let browser: Browser;
let code: string;

// The work is in the hooks (a build, Chromium, 40 calls): they get the project's test timeout, not 10 s.
const HOOK_TIMEOUT_MS = 120_000;

beforeAll(async () => {
  [browser, code] = await Promise.all([launchChromium(), buildPage({ profiling: true, kit: 'source' })]);
}, HOOK_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
});

describe('over 40 scripted calls with every component on the page (React profiling build, Chromium)', () => {
  let counts: Record<string, CommitCount>;

  beforeAll(async () => {
    counts = await inPage(browser, code, 'wastedCommits', 40);
  }, HOOK_TIMEOUT_MS);

  it('profiles every component, each re-rendered during the calls', () => {
    expect(Object.keys(counts).sort()).toEqual(Object.keys(WASTED_BUDGET).sort());
    for (const [part, count] of Object.entries(counts)) {
      expect(count.commits, part).toBeGreaterThan(0);
    }
  });

  it('wastes no more commits in any component than its budget', () => {
    const wasted = Object.fromEntries(Object.entries(counts).map(([part, count]) => [part, count.wasted]));
    console.log('wasted commits over 40 calls', wasted);
    for (const [part, budget] of Object.entries(WASTED_BUDGET)) {
      expect(wasted[part], part).toBeLessThanOrEqual(budget);
    }
  });
});
