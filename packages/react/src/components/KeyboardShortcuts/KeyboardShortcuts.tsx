import { type ComponentPropsWithoutRef, Fragment, forwardRef, useId } from 'react';
import { useShortcuts } from '../../hooks/useShortcuts';
import { type DialerMessages, useMessages } from '../../messages';
import type { ModifierName } from '../../shortcuts/shortcutKeys';
import { cx, flag } from '../shared/domProps';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';

/** Props of {@link KeyboardShortcuts}: any `<section>` prop; `className` is added to the kit's. */
export type KeyboardShortcutsProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

const modifierWord = (messages: DialerMessages, modifier: ModifierName): string => {
  const words = messages.shortcuts;
  return { Control: words.control, Alt: words.alt, Shift: words.shift, Meta: words.meta }[modifier];
};

/**
 * The map of the provider's keyboard shortcuts: a region named "Keyboard shortcuts" with a table of what
 * each does and its keys (each key a `<kbd>`), from the keys in force (remapped ones included, those
 * turned off left out), and a line saying they do nothing while typing. When shortcuts are off it says so.
 * A shortcut pressed that did nothing (its control disabled, no field to go to) is announced politely with
 * the reason. `data-enabled` is set while shortcuts are on.
 * @example <KeyboardShortcuts className="crm-help" />
 */
export const KeyboardShortcuts = /*#__PURE__*/ forwardRef<HTMLElement, KeyboardShortcutsProps>(
  function KeyboardShortcuts({ className, ...rest }, ref) {
    const messages = useMessages();
    const { enabled, shortcuts, refusal } = useShortcuts();
    const titleId = useId();
    const words = messages.shortcuts;
    const refused =
      refusal === undefined
        ? ''
        : words.refused(
            messages.shortcutActions[refusal.action],
            refusal.reason === 'not-shown' ? words.notShown : messages.reasons[refusal.reason],
          );

    return (
      <section
        aria-labelledby={titleId}
        {...rest}
        ref={ref}
        className={cx('dk-shortcuts', className)}
        data-enabled={flag(enabled)}
      >
        <h2 id={titleId} className="dk-shortcuts__title">
          {words.title}
        </h2>
        {enabled ? (
          <>
            <table className="dk-shortcuts__table">
              <thead>
                <tr>
                  <th scope="col">{words.action}</th>
                  <th scope="col">{words.keys}</th>
                </tr>
              </thead>
              <tbody>
                {shortcuts.map(({ action, modifiers, key }) => (
                  <tr key={action} data-action={action}>
                    <th scope="row">{messages.shortcutActions[action]}</th>
                    <td>
                      {[...modifiers.map((modifier) => modifierWord(messages, modifier)), key].map(
                        (part, index) => (
                          <Fragment key={part}>
                            {index > 0 && '+'}
                            <kbd className="dk-kbd">{part}</kbd>
                          </Fragment>
                        ),
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="dk-shortcuts__hint">{words.whileTyping}</p>
          </>
        ) : (
          <p className="dk-shortcuts__hint">{words.off}</p>
        )}
        <LiveAnnouncer message={refused} />
      </section>
    );
  },
);
