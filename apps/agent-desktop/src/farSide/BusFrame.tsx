import { useEffect, useRef } from 'react';
import { useNoAnswer } from './useNoAnswer';

/** Props of {@link BusFrame}. */
export interface BusFrameProps {
  /** The bus iframe, made (with its transport) before React rendered. */
  readonly iframe: HTMLIFrameElement;
  readonly busUrl: URL;
}

/** Hosts the bus page's iframe, whose own page shows the far side's controls; hints when it never answers. */
export function BusFrame({ iframe, busUrl }: BusFrameProps) {
  const host = useRef<HTMLDivElement>(null);
  const noAnswer = useNoAnswer();
  useEffect(() => {
    // Inserted once and never removed: moving or re-inserting an iframe reloads it (a bus restart).
    if (iframe.parentElement !== host.current) host.current?.append(iframe);
  }, [iframe]);
  return (
    <>
      <p className="dk-hint">
        The bus runs on <code>{busUrl.origin}</code> and talks to this page over postMessage.
      </p>
      {/* Always rendered, empty until needed: a live region must exist before its text arrives. */}
      <p role="status" className="desk-far-side__notice">
        {noAnswer && (
          <>
            No answer from <code>{busUrl.origin}</code>. Is the bus page running?
          </>
        )}
      </p>
      <div ref={host} className="desk-bus-frame-host" />
    </>
  );
}
