import type { ControlState, Tag } from '@dialer-kit/core';
import { type FormEvent, Fragment, type ReactNode, useRef, useState } from 'react';
import type { AfterCallView } from '../../hooks/useAfterCall';
import { type DialerMessages, useMessages } from '../../messages';
import { BusText, formatBusText } from '../shared/BusText';
import { ControlButton, DISABLED } from '../shared/ControlButton';

/** Props of {@link AfterCallTags}. */
export interface AfterCallTagsProps {
  readonly view: AfterCallView;
}

/** A saved tag's words: the catalogue's name, else the bus's, else "Tag 190". */
function tagName(messages: DialerMessages, view: AfterCallView, tag: Tag): string {
  return view.catalogue.find((t) => t.id === tag.id)?.name ?? tag.name ?? messages.afterCall.tag(tag.id);
}

/**
 * The ended call's tags: a checkbox per tag of the catalogue, what is saved (announced once saved), "Save
 * tags", and a dismissible alert when the bus refused a save (the picks stay for another try).
 */
export function AfterCallTags({ view }: AfterCallTagsProps): ReactNode {
  const messages = useMessages();
  const words = messages.afterCall;
  const { catalogue, selectedTagIds, savedTags, hasChanges, isSaving } = view;
  const { saveControl, failure: error } = view;
  // The failure the agent dismissed (its time): a later failure shows again.
  const [dismissedAt, setDismissedAt] = useState<number | undefined>(undefined);
  const saveRef = useRef<HTMLButtonElement>(null);
  const shownError = error !== undefined && error.at !== dismissedAt ? error : undefined;

  const noPick = selectedTagIds.length === 0 && savedTags.length === 0;
  const unchanged = saveControl.enabled && !hasChanges;
  const control: ControlState = unchanged ? DISABLED : saveControl;

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (control.enabled) void view.save();
  };

  // A bus could confirm a tag twice: each is shown once.
  const saved = savedTags.filter((tag, index) => savedTags.findIndex((t) => t.id === tag.id) === index);
  let status: ReactNode;
  if (isSaving) status = messages.labels.saving;
  else if (hasChanges) status = words.unsaved;
  else if (saved.length === 0) status = words.noTagsSaved;
  else {
    status = (
      <>
        {words.saved}:{' '}
        {saved.map((tag, index) => (
          <Fragment key={tag.id}>
            {/* Read "Sales, Follow-up", not "SalesFollow-up". */}
            {index > 0 && <span className="dk-visually-hidden">, </span>}
            <span className="dk-tag-chip">
              <BusText>{tagName(messages, view, tag)}</BusText>
            </span>
          </Fragment>
        ))}
      </>
    );
  }

  return (
    <form className="dk-after-call__tags" noValidate onSubmit={handleSubmit}>
      <fieldset className="dk-after-call__fieldset">
        <legend className="dk-after-call__legend">{words.tags}</legend>
        {catalogue.length === 0 ? (
          <p className="dk-after-call__empty">{words.noCatalogue}</p>
        ) : (
          catalogue.map((tag) => (
            <label key={tag.id} className="dk-after-call__tag">
              <input
                type="checkbox"
                className="dk-checkbox"
                checked={selectedTagIds.includes(tag.id)}
                onChange={() => view.toggleTag(tag.id)}
              />
              <BusText>{tag.name}</BusText>
            </label>
          ))
        )}
      </fieldset>
      {/* Polite: "Saving", then "Tags saved: …" once the bus confirms; never moves focus. */}
      <p role="status" aria-live="polite" aria-atomic="true" className="dk-after-call__status">
        {status}
      </p>
      {shownError !== undefined && (
        <div className="dk-notice dk-after-call__notice" data-tone="error">
          <p role="alert" className="dk-after-call__notice-text">
            {shownError.message === undefined
              ? messages.format.failureNotice(
                  messages.failures[shownError.operation],
                  messages.failureReasons[shownError.reason],
                )
              : formatBusText(
                  (reason: string) =>
                    messages.format.failureNotice(messages.failures[shownError.operation], reason),
                  shownError.message,
                )}
          </p>
          <button
            type="button"
            className="dk-button"
            onClick={() => {
              // The button goes with the alert: focus moves on to Save, where the agent would retry.
              saveRef.current?.focus();
              setDismissedAt(shownError.at);
            }}
          >
            {messages.controls.dismiss}
          </button>
        </div>
      )}
      {catalogue.length > 0 && (
        <div className="dk-actions">
          <ControlButton
            ref={saveRef}
            type="submit"
            control={control}
            variant="primary"
            {...(unchanged ? { reasonText: noPick ? messages.labels.pickTag : words.noChanges } : {})}
          >
            {messages.controls.saveTags}
          </ControlButton>
        </div>
      )}
    </form>
  );
}
