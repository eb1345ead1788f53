/** What a keyboard shortcut does: a call verb, or moving focus to a component's field. */
export type ShortcutAction =
  | 'accept'
  | 'reject'
  | 'hangUp'
  | 'mute'
  | 'hold'
  | 'focusDialPad'
  | 'focusDirectory';

/** The keys of every shortcut, as `Alt+Shift+E`; `false` turns that shortcut off. */
export type ShortcutKeys = { readonly [A in ShortcutAction]: string | false };

/** The provider's `shortcuts` option: keys for any shortcut (the others keep their default). */
export type ShortcutOverrides = Partial<ShortcutKeys>;

/**
 * The default keys: Alt+Shift and a letter, which browsers, operating systems and screen readers leave to
 * the page (docs/DECISIONS.md, "Keyboard shortcuts"), matched by the key's place on the keyboard so that
 * Option+Shift on a Mac, which types a symbol, still works.
 */
export const defaultShortcuts: ShortcutKeys = {
  accept: 'Alt+Shift+P',
  reject: 'Alt+Shift+R',
  hangUp: 'Alt+Shift+E',
  mute: 'Alt+Shift+M',
  hold: 'Alt+Shift+H',
  focusDialPad: 'Alt+Shift+N',
  focusDirectory: 'Alt+Shift+U',
};

/** The order shortcuts are matched and listed in: the defaults' order. */
const SHORTCUT_ACTIONS = /*#__PURE__*/ Object.keys(defaultShortcuts) as readonly ShortcutAction[];

/** A modifier key, by its `KeyboardEvent.key` name. */
export type ModifierName = 'Control' | 'Alt' | 'Shift' | 'Meta';

/** A parsed key combination. */
export interface KeyCombo {
  /** In a fixed order (Control, Alt, Shift, Meta) whatever the order written. */
  readonly modifiers: readonly ModifierName[];
  /** The key as shown: a letter in capitals, any other key as written with a capital (`Enter`, `F2`). */
  readonly key: string;
  /** A letter or digit is matched by `event.code` (`KeyE`, `Digit1`), any other key by `event.key`. */
  readonly code: string | undefined;
}

const MODIFIER_WORDS: Readonly<Record<string, ModifierName>> = {
  ctrl: 'Control',
  control: 'Control',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
  meta: 'Meta',
  cmd: 'Meta',
  command: 'Meta',
};
const MODIFIER_ORDER: readonly ModifierName[] = ['Control', 'Alt', 'Shift', 'Meta'];

/** Parses `Alt+Shift+E` (case-insensitive modifiers, then one key); `undefined` if it is not one. */
export function parseKeys(spec: string): KeyCombo | undefined {
  const words = spec.split('+').map((word) => word.trim());
  const last = words.pop();
  if (last === undefined || last === '') return undefined;
  const modifiers = new Set<ModifierName>();
  for (const word of words) {
    const modifier = MODIFIER_WORDS[word.toLowerCase()];
    if (modifier === undefined || modifiers.has(modifier)) return undefined;
    modifiers.add(modifier);
  }
  let code: string | undefined;
  // Shown with a capital (`enter` as Enter); matched whatever the case.
  const key = `${last.charAt(0).toUpperCase()}${last.slice(1)}`;
  if (/^[a-z]$/i.test(last)) {
    code = `Key${key}`;
  } else if (/^[0-9]$/.test(last)) {
    code = `Digit${last}`;
  }
  return { modifiers: MODIFIER_ORDER.filter((name) => modifiers.has(name)), key, code };
}

/** The parts of a keyboard event a combination is matched against. */
export type KeyEventLike = Pick<
  KeyboardEvent,
  'key' | 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'
>;

/** Whether `event` is exactly `combo`: the same modifiers (no more) and the same key. */
export function matchesCombo(event: KeyEventLike, combo: KeyCombo): boolean {
  const { modifiers } = combo;
  if (
    event.altKey !== modifiers.includes('Alt') ||
    event.ctrlKey !== modifiers.includes('Control') ||
    event.shiftKey !== modifiers.includes('Shift') ||
    event.metaKey !== modifiers.includes('Meta')
  )
    return false;
  if (combo.code !== undefined) return event.code === combo.code;
  return event.key.toLowerCase() === combo.key.toLowerCase();
}

/** `<input>` types that take no typing: a shortcut pressed on them still acts. */
const NOT_TYPED: ReadonlySet<string> = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Whether the agent is typing in `target`: a text field, a text area, a select or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (target === null || !('tagName' in target) || typeof target.tagName !== 'string') return false;
  const element = target as Element;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NOT_TYPED.has((element as HTMLInputElement).type);
  // `closest`, not `isContentEditable`: the latter is missing in some DOMs (jsdom).
  return element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** One shortcut in force: its action, its keys as given, and their parsed combination. */
export interface ShortcutBinding {
  readonly action: ShortcutAction;
  readonly keys: string;
  readonly combo: KeyCombo;
}

/**
 * The shortcuts in force for the provider's `shortcuts` option: `undefined` when turned off (`false`).
 * Keys that do not parse, and keys an earlier shortcut already took, leave their shortcut out.
 */
export function resolveShortcuts(
  option: ShortcutOverrides | false | undefined,
): readonly ShortcutBinding[] | undefined {
  if (option === false) return undefined;
  const keys: ShortcutKeys = { ...defaultShortcuts, ...option };
  const bindings: ShortcutBinding[] = [];
  const taken = new Set<string>();
  for (const action of SHORTCUT_ACTIONS) {
    const spec = keys[action];
    const combo = spec === false ? undefined : parseKeys(spec);
    if (spec === false || combo === undefined) continue;
    const id = [...combo.modifiers, combo.key].join('+').toLowerCase();
    if (taken.has(id)) continue;
    taken.add(id);
    bindings.push({ action, keys: spec, combo });
  }
  return bindings;
}
