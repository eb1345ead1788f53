import { type ComponentPropsWithoutRef, forwardRef, type KeyboardEvent, useId, useState } from 'react';
import { useContact } from '../../hooks/useContact';
import {
  type TeammateName,
  type TransferDirectoryOptions,
  useTransferDirectory,
} from '../../hooks/useTransferDirectory';
import { useMessages } from '../../messages';
import { shortcutTarget } from '../../shortcuts/runShortcut';
import { formatBusText } from '../shared/BusText';
import { ControlButton, DISABLED } from '../shared/ControlButton';
import { cx, flag } from '../shared/domProps';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { useFocusRescue } from '../shared/useFocusRescue';
import { DirectoryNotice } from './DirectoryNotice';
import { TeammateList, teammateOptionId } from './TeammateList';

/** Props of {@link TransferDirectory}: any `<section>` prop, plus the directory's options. */
export interface TransferDirectoryProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Names the host knows for teammates (they win over the bus's). Pass a stable array. */
  readonly names?: readonly TeammateName[];
  /** Fetch everyone's availability when the dialer becomes ready (default true). */
  readonly fetchOnMount?: boolean;
}

// The search box the "go to the teammate directory" shortcut focuses.
const DIRECTORY_TARGET = /*#__PURE__*/ shortcutTarget('focusDirectory');

/**
 * A directory of teammates with live presence: a search box, a listbox of teammates (name and presence in
 * words) and one action for the picked teammate, "Call Sam" with no call under way or "Transfer to Sam"
 * during a call (a warm transfer). The action is disabled with its reason when the controls refuse it. It
 * fetches everyone's availability when the dialer becomes ready; a failed fetch shows an alert with Retry.
 * The search's result count and the action taken are announced politely. `data-action` is `call` or
 * `transfer`, `data-loading` is set while the fetch runs.
 * @example <TransferDirectory names={[{ id: 654321, name: 'Sam Teammate' }]} />
 */
export const TransferDirectory = /*#__PURE__*/ forwardRef<HTMLElement, TransferDirectoryProps>(
  function TransferDirectory({ names, fetchOnMount, className, onFocus, onBlur, ...rest }, ref) {
    const messages = useMessages();
    const options: TransferDirectoryOptions = {
      ...(names === undefined ? {} : { names }),
      ...(fetchOnMount === undefined ? {} : { fetchOnMount }),
    };
    const directory = useTransferDirectory(options);
    const { results, selected, action, startControl: control, isLoading, failure, query } = directory;
    const titleId = useId();
    const searchId = useId();
    const listId = useId();
    const rescue = useFocusRescue(ref, { onFocus, onBlur });
    // What the agent last did here, announced; a new search replaces it with the result count.
    const [said, setSaid] = useState<string | undefined>(undefined);
    const words = messages.directory;
    // The picked teammate by their contact's name once known (so are the rows of a short list: see
    // TeammateList's CONTACT_ROWS).
    const who = useContact(
      selected && {
        source: 'call',
        userId: selected.userId,
        isHeld: false,
        ...(selected.name === undefined ? {} : { name: selected.name }),
      },
    ).label;

    const handleSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
      const target = selected ?? results[0];
      if (event.key !== 'ArrowDown' || target === undefined) return;
      event.preventDefault();
      event.currentTarget.ownerDocument.getElementById(teammateOptionId(listId, target.userId))?.focus();
    };

    const handleStart = (): void => {
      if (selected === undefined) return;
      const result = directory.start(selected.userId);
      const done = action === 'call' ? words.calling : words.transferring;
      setSaid(result.ok ? done(who) : messages.reasons[result.reason]);
    };

    const label =
      selected === undefined
        ? action === 'call'
          ? messages.controls.call
          : messages.controls.startTransfer
        : formatBusText(action === 'call' ? words.call : words.transfer, who);
    const needsPick = control.enabled && selected === undefined;
    const announcement = said ?? (query.trim() === '' ? '' : words.results(results.length));

    return (
      <section
        aria-labelledby={titleId}
        {...rest}
        {...rescue}
        className={cx('dk-directory', className)}
        data-action={action}
        data-loading={flag(isLoading)}
      >
        <h2 id={titleId} className="dk-directory__title">
          {words.title}
        </h2>
        <div className="dk-field">
          <label htmlFor={searchId}>{words.search}</label>
          <input
            {...DIRECTORY_TARGET}
            id={searchId}
            type="search"
            className="dk-input"
            autoComplete="off"
            aria-controls={listId}
            value={query}
            onChange={(event) => {
              directory.setQuery(event.target.value);
              setSaid(undefined);
            }}
            onKeyDown={handleSearchKeyDown}
          />
        </div>
        {failure !== undefined && (
          <DirectoryNotice
            failure={failure}
            onRetry={() => void directory.fetchAvailabilities()}
            onDismiss={directory.dismissFailure}
          />
        )}
        {results.length > 0 ? (
          <TeammateList
            id={listId}
            teammates={results}
            selectedId={selected?.userId}
            onSelect={directory.select}
          />
        ) : (
          <p id={listId} className="dk-directory__empty">
            {isLoading ? words.loading : directory.teammates.length === 0 ? words.empty : words.noMatch}
          </p>
        )}
        <div className="dk-actions">
          <ControlButton
            control={needsPick ? DISABLED : control}
            variant="primary"
            onActivate={handleStart}
            {...(needsPick ? { reasonText: words.pickFirst } : {})}
          >
            {label}
          </ControlButton>
        </div>
        <LiveAnnouncer message={announcement} />
      </section>
    );
  },
);
