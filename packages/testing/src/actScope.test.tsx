import { CallBar } from '@dialer-kit/react';
import { type ReactNode, useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { createTestBus } from './createTestBus';
import { renderWithDialer } from './renderWithDialer';

/** Sets the text of {@link Later}: an app's own update, from outside React (a promise, a lazy chunk). */
let setLater: (text: string) => void = () => undefined;

function Later(): ReactNode {
  const [text, setText] = useState('not yet');
  setLater = setText;
  return <p>{text}</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

// React waits a little after an awaited `act` for what microtasks scheduled; an update that lands then must be
// inside the act environment. On React 18 (the consumer app runs this file) the wait spans a task.
it('an update that lands just after bus.perform has run is taken in, with no act warning', async () => {
  const errors = vi.spyOn(console, 'error');
  const bus = createTestBus();
  const view = await renderWithDialer(
    <>
      <CallBar />
      <Later />
    </>,
    { bus },
  );
  await bus.perform(() => {
    void Promise.resolve()
      .then(() => undefined)
      .then(() => setLater('landed'));
  });
  await bus.perform(() => undefined);
  expect(view.getByText('landed')).toBeTruthy();
  expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
});
