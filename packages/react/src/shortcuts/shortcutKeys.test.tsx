import { describe, expect, it } from 'vitest';
import { defaultShortcuts, isTypingTarget, matchesCombo, parseKeys, resolveShortcuts } from './shortcutKeys';

const press = (
  code: string,
  key: string,
  mods: { alt?: boolean; shift?: boolean; ctrl?: boolean; meta?: boolean },
) => ({
  code,
  key,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
});

describe('parseKeys', () => {
  it('reads modifiers in any order and case, in a fixed order, and a letter by its place', () => {
    expect(parseKeys('shift+ALT+e')).toEqual({ modifiers: ['Alt', 'Shift'], key: 'E', code: 'KeyE' });
    expect(parseKeys('Cmd+Option+1')).toEqual({ modifiers: ['Alt', 'Meta'], key: '1', code: 'Digit1' });
    expect(parseKeys('Ctrl+Enter')).toEqual({ modifiers: ['Control'], key: 'Enter', code: undefined });
  });

  it('refuses an unknown or repeated modifier and a missing key', () => {
    expect(parseKeys('Hyper+E')).toBeUndefined();
    expect(parseKeys('Alt+Alt+E')).toBeUndefined();
    expect(parseKeys('Alt+')).toBeUndefined();
    expect(parseKeys('')).toBeUndefined();
  });
});

describe('matchesCombo', () => {
  const altShiftE = parseKeys('Alt+Shift+E');
  const ctrlEnter = parseKeys('Ctrl+Enter');
  if (altShiftE === undefined || ctrlEnter === undefined) throw new Error('the combinations parse');

  it('needs exactly the modifiers given', () => {
    expect(matchesCombo(press('KeyE', 'E', { alt: true, shift: true }), altShiftE)).toBe(true);
    expect(matchesCombo(press('KeyE', 'E', { alt: true }), altShiftE)).toBe(false);
    expect(matchesCombo(press('KeyE', 'E', { alt: true, shift: true, meta: true }), altShiftE)).toBe(false);
  });

  it('matches a letter by its place (any layout character) and another key by its name', () => {
    expect(matchesCombo(press('KeyE', '´', { alt: true, shift: true }), altShiftE)).toBe(true);
    expect(matchesCombo(press('KeyR', 'E', { alt: true, shift: true }), altShiftE)).toBe(false);
    expect(matchesCombo(press('NumpadEnter', 'Enter', { ctrl: true }), ctrlEnter)).toBe(true);
  });
});

describe('isTypingTarget', () => {
  const make = (html: string): Element => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.querySelector('[data-probe]') ?? host;
  };

  it('is true in text inputs, text areas, selects and editable content', () => {
    expect(isTypingTarget(make('<input data-probe>'))).toBe(true);
    expect(isTypingTarget(make('<input type="search" data-probe>'))).toBe(true);
    expect(isTypingTarget(make('<textarea data-probe></textarea>'))).toBe(true);
    expect(isTypingTarget(make('<select data-probe></select>'))).toBe(true);
    expect(isTypingTarget(make('<div contenteditable="true"><b data-probe>x</b></div>'))).toBe(true);
    expect(isTypingTarget(make('<div contenteditable=""><b data-probe>x</b></div>'))).toBe(true);
  });

  it('is false on buttons, checkboxes, non-editable content and non-elements', () => {
    expect(isTypingTarget(make('<button data-probe>x</button>'))).toBe(false);
    expect(isTypingTarget(make('<input type="checkbox" data-probe>'))).toBe(false);
    expect(isTypingTarget(make('<div contenteditable="false"><b data-probe>x</b></div>'))).toBe(false);
    expect(isTypingTarget(document)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('resolveShortcuts', () => {
  it('is every default shortcut, in a fixed order, when nothing is given', () => {
    expect(resolveShortcuts(undefined)?.map((b) => [b.action, b.keys])).toEqual(
      Object.entries(defaultShortcuts),
    );
  });

  it('takes other keys, drops shortcuts turned off, unparsable or taken by an earlier one', () => {
    const bindings = resolveShortcuts({
      accept: 'Ctrl+Enter',
      reject: false,
      mute: 'Nope+M',
      hold: 'alt+shift+e',
    });
    expect(bindings?.map((b) => [b.action, b.keys])).toEqual([
      ['accept', 'Ctrl+Enter'],
      ['hangUp', 'Alt+Shift+E'],
      ['focusDialPad', 'Alt+Shift+N'],
      ['focusDirectory', 'Alt+Shift+U'],
    ]);
  });

  it('is nothing when turned off', () => {
    expect(resolveShortcuts(false)).toBeUndefined();
  });
});
