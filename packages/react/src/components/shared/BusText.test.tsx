import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultMessages } from '../../messages';
import { BusText, formatBusText, stripBidiControls } from './BusText';

const CONTROLS = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';

/** The rendered HTML of `node`. */
const html = (node: ReactNode) => render(<p>{node}</p>).container.innerHTML;

describe('stripBidiControls', () => {
  it('drops every embedding, override and isolate control and nothing else', () => {
    expect(stripBidiControls(`a${CONTROLS}b`)).toBe('ab');
    // Marks and right-to-left letters are text: `<bdi>` confines their effect.
    expect(stripBidiControls('\u200F\u200E\u061C שלום +1')).toBe('\u200F\u200E\u061C שלום +1');
  });
});

describe('BusText', () => {
  it('shows the text stripped, in its own isolate', () => {
    expect(html(<BusText>{'\u202Eevil'}</BusText>)).toBe('<p><bdi>evil</bdi></p>');
  });
});

describe('formatBusText', () => {
  it('isolates each bus text and keeps the message’s words outside', () => {
    expect(html(formatBusText(defaultMessages.format.line, '\u202ESupport', '+33 1'))).toBe(
      '<p><bdi>Support</bdi> · <bdi>+33 1</bdi></p>',
    );
  });

  it('passes a missing or empty text as it is', () => {
    expect(html(formatBusText(defaultMessages.format.line, undefined, '+33 1'))).toBe(
      '<p><bdi>+33 1</bdi></p>',
    );
    expect(html(formatBusText(defaultMessages.format.line, '', '+33 1'))).toBe('<p><bdi>+33 1</bdi></p>');
  });

  it('isolates the whole message when an override changes the texts it was given', () => {
    const shouting = (from: string) => `FROM ${from.toUpperCase()}`;
    expect(html(formatBusText(shouting, '\u202Eevil'))).toBe('<p><bdi>FROM EVIL</bdi></p>');
    const twice = (from: string) => `${from} (${from})`;
    expect(html(formatBusText(twice, 'evil'))).toBe('<p><bdi>evil (evil)</bdi></p>');
  });
});
