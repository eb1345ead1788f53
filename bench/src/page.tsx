// The figures measured in Chromium, on the whole kit rendered by React's production build: wasted commits
// over the scripted session (with React's profiling build, whose Profilers report commits), and the latency
// from a bus message to the DOM. chromium.ts bundles this file into a page and calls `window.bench`.

// Types only: nothing of chromium.ts (Node) goes into the page.
import type { CommitCount, Latency, PageBench } from './chromium';
import type { Agent } from './kit/core';
import { mountKit } from './kit/react';
import { quantile } from './measure';
import { createReplay, recordTrace } from './session';

/**
 * Resolves at the start of the next task: what the current task queued (microtasks: React's render, commit
 * and effects of a store update) has run by then, and so have tasks queued before it.
 */
function nextTask(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Resolves once the work the current task queued is done (see {@link nextTask}), to whether the browser
 * rendered a frame first: then it resolves as that frame starts (in its animation-frame callbacks), before
 * the frame's style, layout and paint. Those come after the DOM has changed and draw everything that changed
 * since the last frame. Counted in the window of whichever message was in flight (as the latency was until
 * 2026-12-03), they gave about one message in seven the cost of a frame.
 */
function workDone(): Promise<boolean> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    const done = (byFrame: boolean): void => {
      channel.port1.close();
      cancelAnimationFrame(frame);
      resolve(byFrame);
    };
    const frame = requestAnimationFrame(() => done(true));
    channel.port1.onmessage = () => done(false);
    channel.port2.postMessage(undefined);
  });
}

/**
 * Hands `message` to the kit and returns the time until its work is done ({@link workDone}), in ms. When a
 * frame cut the window short, it waits (untimed) for the next task, so the frame's rendering does not fall
 * into the next message's window.
 */
async function timeDelivery(message: unknown, push: (message: unknown) => void): Promise<number> {
  const start = performance.now();
  push(message);
  const byFrame = await workDone();
  const took = performance.now() - start;
  if (byFrame) await nextTask();
  return took;
}

function freshContainer(): HTMLElement {
  document.body.replaceChildren();
  const container = document.createElement('main');
  document.body.append(container);
  return container;
}

/**
 * What a component shows: its markup, attributes and text, and the live state of its form fields, which
 * React sets as properties that the markup does not carry (a checkbox's `checked`, a field's `value`).
 * Without them, ticking a tag would look like a commit that changed nothing.
 */
function shownBy(element: HTMLElement): string {
  const fields = element.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'input, select, textarea',
  );
  let shown = element.innerHTML;
  for (const field of fields) shown += `\n${'checked' in field ? field.checked : ''} ${field.value}`;
  return shown;
}

/**
 * Plays `calls` calls of the session, one message per task and one task after each agent verb (as a page
 * receives `postMessage` events and clicks), and counts, per component, the React commits that rendered it
 * and those that left what it shows ({@link shownBy}) as it was.
 */
async function wastedCommits(calls: number): Promise<Record<string, CommitCount>> {
  const replay = createReplay(recordTrace());
  const counts: Record<string, { commits: number; wasted: number }> = {};
  const shown = new Map<string, string>();
  const kit = await mountKit(freshContainer(), replay.transport, (part, element) => {
    const count = counts[part] ?? { commits: 0, wasted: 0 };
    counts[part] = count;
    const html = shownBy(element);
    const before = shown.get(part);
    shown.set(part, html);
    // The first commit of each component is its mount, never wasted.
    if (before === undefined) return;
    count.commits += 1;
    if (before === html) count.wasted += 1;
  });
  const played = await replay.run(
    {
      agent: kit.agent,
      deliver: async (message, push) => {
        push(message);
        await nextTask();
      },
      afterVerb: nextTask,
    },
    { calls },
  );
  kit.unmount();
  if (played.calls !== calls) throw new Error(`played ${played.calls} calls, not ${calls}`);
  return counts;
}

const summary = (values: readonly number[]): Latency => ({
  p50: quantile(values, 0.5),
  p99: quantile(values, 0.99),
  count: values.length,
});

const opensTagDialog = (message: unknown): boolean => {
  const { type, payload } = message as { type?: unknown; payload?: { status?: unknown } };
  return type === 'DIALER.CALL_STATUS' && payload?.status === 'mandatoryTagging';
};

/**
 * Message → DOM latency over the first `events` messages of the session, overall and split between the
 * tag dialog's openings and every other message: from handing the message to the
 * transport until the kit has validated, reduced and notified, React has rendered and committed, and effects
 * have run: the start of the next task or of a frame, whichever comes first ({@link timeDelivery}). The floor is measured the same way on the same messages,
 * through the same memory transport (its copy stands for `postMessage`'s): the message spread into a new
 * state and its type written into a text node.
 */
async function latency(
  events: number,
): Promise<{ all: Latency; tagDialog: Latency; other: Latency; showModal: Latency; floor: Latency }> {
  const trace = recordTrace();
  const floorNode = document.createTextNode('');
  freshContainer().append(floorNode);
  const floorTimes: number[] = [];
  let state: { readonly last: unknown; readonly count: number } = { last: undefined, count: 0 };
  const floorReplay = createReplay(trace);
  floorReplay.transport.subscribe((message) => {
    state = { ...state, last: message, count: state.count + 1 };
    floorNode.data = String((state.last as { type?: unknown }).type);
  });
  // The floor has no kit: its verbs do nothing, and every message reaches the listener above.
  const idle: Agent = {
    dial: () => true,
    accept: () => true,
    hangUp: () => true,
    hold: () => true,
    mute: () => true,
    pickTags: () => undefined,
    saveTags: () => true,
    startWarmTransfer: () => true,
    swap: () => true,
    merge: () => true,
    status: () => 'floor',
    complaints: () => [],
  };
  await floorReplay.run(
    {
      agent: idle,
      deliver: async (message, push) => {
        floorTimes.push(await timeDelivery(message, push));
      },
    },
    { messages: events },
  );

  // The browser's own share of each tag dialog opening: the time inside `showModal()`, with the style and
  // layout it forces (of the dialog and of whatever else the same commit changed).
  const showModalTimes: number[] = [];
  const { showModal } = HTMLDialogElement.prototype;
  HTMLDialogElement.prototype.showModal = function timedShowModal(this: HTMLDialogElement): void {
    const start = performance.now();
    showModal.call(this);
    showModalTimes.push(performance.now() - start);
  };
  const replay = createReplay(trace);
  const kit = await mountKit(freshContainer(), replay.transport, () => undefined);
  const all: number[] = [];
  const tagDialog: number[] = [];
  const other: number[] = [];
  await replay.run(
    {
      agent: kit.agent,
      deliver: async (message, push) => {
        const took = await timeDelivery(message, push);
        all.push(took);
        if (opensTagDialog(message)) {
          if (document.querySelector('dialog[open]') === null) throw new Error('the tag dialog did not open');
          tagDialog.push(took);
        } else other.push(took);
      },
      afterVerb: nextTask,
    },
    { messages: events },
  );
  kit.unmount();
  HTMLDialogElement.prototype.showModal = showModal;
  return {
    all: summary(all),
    tagDialog: summary(tagDialog),
    other: summary(other),
    showModal: summary(showModalTimes),
    floor: summary(floorTimes),
  };
}

const bench: PageBench = { wastedCommits, latency };
Object.assign(window, { bench });
