import type { ControlState } from '@dialer-kit/core';
import type { FormEvent, ReactNode } from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useMandatoryTagging } from '../../hooks/useMandatoryTagging';
import { useMessages } from '../../messages';
import { BusText, formatBusText } from '../shared/BusText';
import { ControlButton } from '../shared/ControlButton';

/** Props of {@link TagForm}. */
export interface TagFormProps {
  /** Id for the title, which names the dialog. */
  readonly titleId: string;
}

/**
 * The open part of {@link MandatoryTagModal}: one checkbox per tag of the catalogue and "Save tags". With
 * an empty catalogue it says so and "Save tags" sends no tag id (the bus decides whether that is enough).
 */
export function TagForm({ titleId }: TagFormProps): ReactNode {
  const messages = useMessages();
  const tagging = useMandatoryTagging();
  const setTagsControl = useControlState('setTags');
  const { tags, selectedTagIds, isSubmitting, failure: error } = tagging;

  const hasCatalogue = tags.length > 0;
  const needsPick = hasCatalogue && selectedTagIds.length === 0 && setTagsControl.enabled && !isSubmitting;
  const save: ControlState = isSubmitting
    ? { enabled: false, pending: true, reason: 'request-pending' }
    : needsPick
      ? { enabled: false, pending: false, reason: undefined }
      : setTagsControl;

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!save.enabled) return;
    // Without a catalogue nothing can be picked: a selection kept from elsewhere must not be sent.
    void tagging.setTags(hasCatalogue ? undefined : []);
  };

  return (
    <form onSubmit={handleSubmit}>
      <h2 id={titleId} className="dk-tag-modal__title">
        {messages.regions.tagThisCall}
      </h2>
      {hasCatalogue ? (
        <fieldset className="dk-tag-modal__tags">
          <legend className="dk-visually-hidden">{messages.regions.tags}</legend>
          {tags.map((tag) => (
            <label key={tag.id} className="dk-tag-modal__tag">
              <input
                type="checkbox"
                className="dk-checkbox"
                checked={selectedTagIds.includes(tag.id)}
                onChange={() => tagging.toggleTag(tag.id)}
              />
              <BusText>{tag.name}</BusText>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="dk-tag-modal__empty">{messages.labels.noTags}</p>
      )}
      {error !== undefined && (
        <p role="alert" className="dk-notice" data-tone="error">
          {error.message === undefined
            ? messages.format.failureNotice(messages.failures.setTags, messages.failureReasons[error.reason])
            : // The bus's own words: isolated, the kit's stay as they are.
              formatBusText(
                (reason: string) => messages.format.failureNotice(messages.failures.setTags, reason),
                error.message,
              )}
        </p>
      )}
      <div className="dk-actions">
        <ControlButton
          type="submit"
          control={save}
          variant="primary"
          {...(needsPick ? { reasonText: messages.labels.pickTag } : {})}
        >
          {messages.controls.saveTags}
        </ControlButton>
      </div>
    </form>
  );
}
