import type { ReactNode } from 'react';

/*
 * The kit's icons: hand-drawn strokes on a 16 × 16 grid, one path each, exported one by one so a component
 * bundles only the ones it draws. They adorn a word and never replace it: the button or chip keeps its
 * text, the icon is `aria-hidden`. Drawn in `currentColor`, sized by `--dk-icon-size` (1em unstyled); the
 * stylesheet rounds and thickens the strokes (unstyled they are 1 unit wide, which reads as well).
 */

/** A handset, off the hook: Call, Accept. */
export const PHONE = 'M3 2h3l1 3-2 1a8 8 0 0 0 4 4l1-2 3 1v3l-1 1A12 12 0 0 1 2 3z';
/** A handset, put down: Hang up, Reject. */
export const HANG_UP = 'M1 10q7-7 14 0l-2 2-3-1V9Q8 8 6 9v2l-3 1z';
/** A microphone, struck through: Mute, Muted. */
export const MIC_OFF = 'M6 7V3a2 2 0 0 1 4 0v4a2 2 0 0 1-4 0M4 7a4 4 0 0 0 8 0m-4 4v3M2 2l12 12';
/** Two bars: Hold, On hold. */
export const PAUSE = 'M5 3v10m6-10v10';
/** A ring, empty: Recording paused. */
export const RING = 'M8 2a6 6 0 1 0 0 12A6 6 0 1 0 8 2';
/** A ring around a dot: Record, Recording. */
export const RECORD = `${RING}m0 5a1 1 0 1 0 0 2 1 1 0 1 0 0-2`;
/** An arrow onwards: Start transfer. */
export const FORWARD = 'M2 8h11M9 4l4 4-4 4';
/** Two arrows, each way: Swap. */
export const SWAP = 'M2 5h11l-3-3m4 9H3l3 3';
/** Two lines joining: Merge. */
export const MERGE = 'M3 2l5 6 5-6M8 8v6';
/** A tick: Done. */
export const CHECK = 'm3 8 3 3 7-7';

/** One icon: `d` is one of the paths above. Decorative only (`aria-hidden`), so it never names anything. */
export function Icon({ d }: { readonly d: string }): ReactNode {
  return (
    <svg
      className="dk-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      aria-hidden="true"
    >
      <path d={d} />
    </svg>
  );
}
