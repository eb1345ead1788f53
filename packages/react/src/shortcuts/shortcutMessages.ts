import type { ShortcutsMessages } from '../panelMessageTypes';
import type { ShortcutAction } from './shortcutKeys';

/** The kit's English strings of the keyboard shortcuts' map and refusals. */
export const shortcutMessages: ShortcutsMessages = {
  title: 'Keyboard shortcuts',
  action: 'Action',
  keys: 'Keys',
  whileTyping: 'Shortcuts do nothing while you type in a field.',
  off: 'Keyboard shortcuts are turned off.',
  notShown: 'It is not on this page.',
  refused: (action, reason) => `${action}: ${reason}`,
  control: 'Ctrl',
  alt: 'Alt',
  shift: 'Shift',
  meta: 'Meta',
};

/** What each keyboard shortcut does, in the kit's English. */
export const shortcutActionMessages: { readonly [A in ShortcutAction]: string } = {
  accept: 'Accept the incoming call',
  reject: 'Reject the incoming call',
  hangUp: 'Hang up',
  mute: 'Mute or unmute',
  hold: 'Hold or resume',
  focusDialPad: 'Go to the dial pad',
  focusDirectory: 'Go to the teammate directory',
};
