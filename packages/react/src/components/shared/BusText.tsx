import type { ReactNode } from 'react';

/** Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Bus text without bidi embedding, override and isolate controls, so it cannot steer how it is laid out
 * (marks such as U+200F stay: they only affect the text around them, which `<bdi>` confines).
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Props of {@link BusText}. */
export interface BusTextProps {
  /** Text that came from the bus (a number, a name): untrusted. */
  readonly children: string;
}

/**
 * Bus text as the components show it: in its own `<bdi>` and without bidi controls, so a name written
 * right to left, or one carrying an override, is never displayed mixed with the numbers next to it.
 * @example <p><BusText>{party}</BusText></p>
 */
export function BusText({ children }: BusTextProps): ReactNode {
  return <bdi>{stripBidiControls(children)}</bdi>;
}

// Private-use characters mark where each bus text lands in a formatted message.
const MARK = '\uE000';
const SLOT = /\uE000(\d+)\uE001/;
const slot = (index: number): string => `\uE000${index}\uE001`;

/**
 * A message of `messages.format` that embeds bus text, with each bus text as a {@link BusText} and the
 * message's own words around them. `format` (possibly the app's override) is called with a placeholder
 * for each text; if that does not read exactly as the message made of the texts themselves (the format
 * dropped, repeated or changed a text), the whole message is shown as one isolate instead. Empty or
 * missing texts are passed as they are.
 * @example formatBusText(messages.format.line, line.name, line.number)
 */
export function formatBusText<const Texts extends readonly (string | undefined)[]>(
  format: (...texts: Texts) => string,
  ...texts: Texts
): ReactNode {
  const message = format(...texts);
  const slotted = texts.map((text, index) => (text === undefined || text === '' ? text : slot(index)));
  // `split` with a capture group alternates the message's words and the indexes of the slots found.
  const parts = format(...(slotted as unknown as Texts)).split(SLOT);
  const found = parts.filter((_, index) => index % 2 === 1);
  const expected = slotted.flatMap((text, index) => (text === texts[index] ? [] : [String(index)]));
  const faithful =
    found.length === expected.length &&
    expected.every((index) => found.includes(index)) &&
    parts.map((part, index) => (index % 2 === 0 ? part : texts[Number(part)])).join('') === message;
  if (!faithful) return <BusText>{message}</BusText>;
  // Each slot is found once, so its text's index is a stable key.
  return parts.map((part, index) =>
    index % 2 === 0 ? part : <BusText key={part}>{texts[Number(part)] ?? ''}</BusText>,
  );
}

/**
 * A message of `messages.format` about one party, with `node` (its `ContactName`) where the party's words
 * go. If the format does not place them exactly once, the message made with `text` is shown as one isolate.
 * @example formatPartyNode(messages.format.incomingFrom, label, <ContactName party={from} />)
 */
export function formatPartyNode(format: (text: string) => string, text: string, node: ReactNode): ReactNode {
  const [before, after, ...more] = format(MARK).split(MARK);
  if (after === undefined || more.length > 0) return <BusText>{format(text)}</BusText>;
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}
