import { defaultMessages } from '@dialer-kit/react';
import { describe, expect, it } from 'vitest';
import { playwrightAgent } from './index';
import type { PlaywrightPage } from './playwrightTypes';

/** A stand-in for Playwright's `Page` that records what the agent looks for and does. */
function recordingPage(done: string[]): PlaywrightPage {
  const locator = (what: string): unknown => ({
    click: async () => void done.push(`click ${what}`),
    check: async () => void done.push(`check ${what}`),
    fill: async (text: string) => void done.push(`fill ${what} ${text}`),
    waitFor: async () => void done.push(`wait ${what}`),
    and: () => locator(`${what} (ready)`),
    getByRole: (role: string, { name }: { name: string }) => locator(`${what} > ${role} "${name}"`),
  });
  return {
    getByRole: (role: string, { name }: { name: string }) => locator(`${role} "${name}"`),
    locator: (selector: string) => locator(selector),
  } as unknown as PlaywrightPage;
}

describe('playwrightAgent', () => {
  it("finds the kit's controls by the kit's own default words", async () => {
    const done: string[] = [];
    const agent = playwrightAgent(recordingPage(done));
    const { controls, labels, regions } = defaultMessages;
    await agent.dial('+14155550199');
    await agent.hangUp();
    await agent.tag(['Follow-up']);
    await agent.startWarmTransfer('client:654321');
    for (const act of [
      agent.accept,
      agent.reject,
      agent.hold,
      agent.resume,
      agent.swap,
      agent.merge,
      agent.done,
    ])
      await act();
    const dialPad = `form "${regions.dialPad}"`;
    const dialog = `dialog "${regions.tagThisCall}"`;
    expect(done).toEqual([
      `wait ${dialPad} (ready)`,
      `fill textbox "${labels.phoneNumber}" +14155550199`,
      `click ${dialPad} > button "${controls.call}"`,
      `click button "${controls.hangUp}"`,
      `check ${dialog} > checkbox "Follow-up"`,
      `click ${dialog} > button "${controls.saveTags}"`,
      `fill textbox "${labels.transferTo}" client:654321`,
      `click button "${controls.startTransfer}"`,
      ...[
        controls.accept,
        controls.reject,
        controls.hold,
        controls.resume,
        controls.swap,
        controls.merge,
        controls.done,
      ].map((name) => `click button "${name}"`),
    ]);
  });
});
