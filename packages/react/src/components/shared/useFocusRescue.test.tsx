import { render, screen } from '@testing-library/react';
import type { FocusEventHandler, ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { findCallBar, useFocusRescue } from './useFocusRescue';

function Panel({
  show,
  label,
  onFocus,
  onBlur,
}: {
  readonly show: 'button' | 'other' | 'none';
  readonly label: string;
  readonly onFocus?: FocusEventHandler<HTMLElement>;
  readonly onBlur?: FocusEventHandler<HTMLElement>;
}): ReactNode {
  const rescue = useFocusRescue(undefined, { fallback: findCallBar, onFocus, onBlur });
  if (show === 'none') return null;
  return (
    <section {...rescue} aria-label={label} tabIndex={-1}>
      {/* Keys make React replace the node (as when Accept gives way to Hang up), dropping its focus. */}
      {show === 'button' ? (
        <button key="accept" type="button">
          Accept
        </button>
      ) : (
        <button key="hang-up" type="button">
          Hang up
        </button>
      )}
    </section>
  );
}

function Page({ show }: { readonly show: 'button' | 'other' | 'none' }): ReactNode {
  return (
    <>
      <section className="dk-call-bar" aria-label="Call" tabIndex={-1} />
      <Panel show={show} label="Panel" />
    </>
  );
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Renders into the body of a fresh iframe: the kit embedded in another document than the global one. */
function renderInFrame(ui: ReactNode) {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  frames.push(frame);
  const doc = frame.contentDocument;
  if (doc === null) throw new Error('no iframe document');
  const container = doc.body.appendChild(doc.createElement('div'));
  // As in a browser, the outer document's focus sits on the frame while focus is inside it.
  frame.focus();
  return { doc, frame, ...render(ui, { container, baseElement: doc.body }) };
}

describe('useFocusRescue', () => {
  it('moves focus to the control left when the focused one is replaced', () => {
    const { rerender } = render(<Page show="button" />);
    screen.getByRole('button', { name: 'Accept' }).focus();
    rerender(<Page show="other" />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hang up' }));
  });

  it("runs the component's own onFocus and onBlur, and still rescues focus", () => {
    const seen: string[] = [];
    const record = (event: { type: string; target: EventTarget }) =>
      seen.push(`${event.type} ${(event.target as HTMLElement).textContent}`);
    const panel = (show: 'button' | 'other') => (
      <>
        <button type="button">Outside</button>
        <Panel show={show} label="Panel" onFocus={record} onBlur={record} />
      </>
    );
    const { rerender } = render(panel('button'));
    screen.getByRole('button', { name: 'Accept' }).focus();
    rerender(panel('other'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hang up' }));
    screen.getByRole('button', { name: 'Outside' }).focus();
    expect(seen).toEqual(['focus Accept', 'focus Hang up', 'blur Hang up']);
  });

  describe('in another document (an iframe)', () => {
    it('rescues focus inside that document', () => {
      const { doc, frame, getByRole, rerender } = renderInFrame(<Page show="button" />);
      getByRole('button', { name: 'Accept' }).focus();
      expect(document.activeElement).toBe(frame);
      expect(doc.activeElement).toBe(getByRole('button', { name: 'Accept' }));
      rerender(<Page show="other" />);
      expect(doc.activeElement).toBe(getByRole('button', { name: 'Hang up' }));
    });

    it("sends focus to that document's call bar when the panel goes", () => {
      const { doc, getByRole, rerender } = renderInFrame(<Page show="button" />);
      getByRole('button', { name: 'Accept' }).focus();
      rerender(<Page show="none" />);
      expect(doc.activeElement).toBe(getByRole('region', { name: 'Call' }));
    });
  });
});
