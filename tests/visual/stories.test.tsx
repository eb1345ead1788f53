import { composeStories } from '@storybook/react-vite';
import { afterEach, describe, expect, it } from 'vitest';
import { type Locator, page } from 'vitest/browser';
import * as callBar from '../../packages/react/src/components/CallBar/CallBar.stories';
import * as callBarConnection from '../../packages/react/src/components/CallBar/CallBarConnection.stories';
import * as banner from '../../packages/react/src/components/IncomingCallBanner/IncomingCallBanner.stories';
import * as tagModal from '../../packages/react/src/components/MandatoryTagModal/MandatoryTagModal.stories';
import * as warmTransfer from '../../packages/react/src/components/WarmTransferControls/WarmTransferControls.stories';
import * as sidebar from '../../packages/react/stories/journeys/Sidebar.stories';

const { HeldMutedRecorded, Ringing, Ended } = composeStories(callBar);
const { HoldFailed } = composeStories(callBarConnection);
const { External } = composeStories(banner);
const { Required } = composeStories(tagModal);
const { ConnectedCall } = composeStories(warmTransfer);
const inSidebar = composeStories(sidebar);

/** A story as its test runs it: loaders (the simulated bus and its seed), render, then `play`. */
interface RunnableStory {
  run(context?: { canvasElement?: HTMLElement }): Promise<void>;
}

let canvas: HTMLElement | undefined;

async function show(story: RunnableStory): Promise<HTMLElement> {
  canvas = document.createElement('div');
  canvas.style.padding = '16px';
  canvas.style.width = '720px';
  document.body.append(canvas);
  await story.run({ canvasElement: canvas });
  return canvas;
}

afterEach(() => {
  canvas?.remove();
  canvas = undefined;
});

/**
 * Compares what `target` shows with its baseline. The call and hold timers and the wrap-up countdown tick,
 * so their boxes are painted over (their width stays, the digits being tabular).
 */
async function expectLooks(target: HTMLElement | Locator, name: string): Promise<void> {
  const locator = target instanceof HTMLElement ? page.elementLocator(target) : target;
  const mask = [...document.querySelectorAll('time, .dk-tag-modal__wrap-up')];
  await expect.element(locator).toMatchScreenshot(name, { screenshotOptions: { mask } });
}

describe('the kit looks as its baselines', () => {
  it('call bar, wide: a held, muted, recorded call (light)', async () => {
    await expectLooks(await show(HeldMutedRecorded), 'call-bar-held-muted-recording');
  });

  it('call bar, wide: ringing (dark)', async () => {
    await expectLooks(await show(Ringing), 'call-bar-ringing-dark');
  });

  it('call bar, wide: ended, with Done', async () => {
    await expectLooks(await show(Ended), 'call-bar-ended');
  });

  it('call bar: a failed hold, its notice under the buttons', async () => {
    await expectLooks(await show(HoldFailed), 'call-bar-hold-failed');
  });

  it('incoming call banner: an external call offered', async () => {
    await expectLooks(await show(External), 'incoming-call-external');
  });

  it('warm transfer controls: a connected call', async () => {
    await expectLooks(await show(ConnectedCall), 'warm-transfer-connected-call');
  });

  it('the 320 px sidebar: a held, muted, recorded call', async () => {
    await expectLooks(await show(inSidebar.HeldMutedRecorded), 'sidebar-320-held-muted-recording');
  });

  it('the 320 px sidebar, dark: a failed hold', async () => {
    const shown = await show(inSidebar.HoldFailed);
    // After the story's theme decorator, which puts its own (light) theme on <html> once.
    document.documentElement.dataset.theme = 'dark';
    await expectLooks(shown, 'sidebar-320-hold-failed-dark');
  });

  it('the tag modal, required', async () => {
    await show(Required);
    await expectLooks(page.getByRole('dialog'), 'tag-modal-required');
  });
});
