import { DialPad, LineSelect, useLineSelect } from '@dialer-kit/react';
import { useState } from 'react';

/** The line to call from and the dial pad calling from it. */
export function DialerArea() {
  const [lineId, setLineId] = useState<number | undefined>(undefined);
  // The pick stands while the line exists; otherwise (no pick yet, line removed) the first line.
  const { from } = useLineSelect({ value: lineId });
  return (
    <section aria-labelledby="dialer-title" className="desk-card desk-dialer">
      <h2 id="dialer-title" className="desk-card__title">
        New call
      </h2>
      <LineSelect value={lineId} onValueChange={setLineId} />
      <DialPad {...(from === undefined ? {} : { from })} />
    </section>
  );
}
