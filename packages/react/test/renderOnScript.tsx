import {
  createScriptedBus,
  probeHook,
  type RenderWithDialerOptions,
  renderWithDialer,
  type ScriptedBus,
} from '@dialer-kit/testing';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';

// The arrange step of most component and hook tests: the UI on a scripted bus, brought to a point of a call
// by one of `callScripts` (or any function that pushes events), with a user to click.

/** What brings the scripted bus to the point of the call a test starts from (`callScripts.connected`...). */
type Script = (bus: ScriptedBus) => void;

/** `ui` on a new scripted bus that `script` brings to a point of the call, with a user to click. */
export async function renderOnScript(
  ui: ReactElement,
  script: Script = () => undefined,
  options: Omit<RenderWithDialerOptions<ScriptedBus>, 'bus'> = {},
) {
  const user = userEvent.setup();
  const rendered = await renderWithDialer(ui, { ...options, bus: createScriptedBus() });
  script(rendered.bus);
  return { ...rendered, user };
}

/**
 * `useHook` probed on a new scripted bus that `script` brings to a point of the call: `result.current` is
 * its last value, `element` the probe (to render again).
 */
export async function probeOnScript<T>(useHook: () => T, script?: Script) {
  const { result, element } = probeHook(useHook);
  const rendered = await renderOnScript(element, script);
  return { ...rendered, result, element };
}
