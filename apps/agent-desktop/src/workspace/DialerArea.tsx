import { DialPad } from '@dialer-kit/react';
import { useState } from 'react';
import { LineSelect } from './LineSelect';
import { useAgentLines } from './useAgentLines';

/** The line to call from and the dial pad calling from it. */
export function DialerArea() {
  const lines = useAgentLines();
  const [picked, setPicked] = useState<number | undefined>(undefined);
  // The pick stands while the line exists; otherwise (no pick yet, line removed) the first line.
  const line = lines.find((candidate) => candidate.id === picked) ?? lines[0];
  const from = line?.normalized ?? line?.number;
  return (
    <section aria-labelledby="dialer-title" className="desk-card desk-dialer">
      <h2 id="dialer-title" className="desk-card__title">
        New call
      </h2>
      <LineSelect lines={lines} value={line?.id} onChange={setPicked} />
      <DialPad {...(from === undefined ? {} : { from })} />
    </section>
  );
}
