import type { ControlState } from '@dialer-kit/core';
import type { FormEvent, ReactNode } from 'react';
import { partyOfName } from '../../contacts/contactDirectory';
import { useContact } from '../../hooks/useContact';
import { useControlState } from '../../hooks/useControlState';
import { useMandatoryTagging } from '../../hooks/useMandatoryTagging';
import { useWrapUpCountdown } from '../../hooks/useWrapUpCountdown';
import { useMessages } from '../../messages';
import { BusText, formatBusText } from '../shared/BusText';
import { ControlButton, DISABLED } from '../shared/ControlButton';
import { lineNumberLabel } from '../shared/formatLine';
import { failureNotice, NoticeSlot, useDismissibleNotice } from '../shared/NoticeSlot';
import { ReasonLine, useReasonLine } from '../shared/ReasonLine';

/** Props of {@link TagForm}. */
export interface TagFormProps {
  /** Id for the title, which names the dialog. */
  readonly titleId: string;
  /** Id for the call and why it must be tagged, which describe the dialog. */
  readonly descriptionId: string;
}

/** The wrap-up time left, kept in sight while the dialog covers the page (not announced every second). */
function WrapUpLeft(): ReactNode {
  const messages = useMessages();
  const secondsLeft = useWrapUpCountdown();
  if (secondsLeft === undefined || secondsLeft <= 0) return null;
  return <p className="dk-tag-modal__wrap-up">{messages.format.wrapUpEndsIn(secondsLeft)}</p>;
}

/**
 * The open part of {@link MandatoryTagModal}: which call (party and line) and why it must be tagged, the
 * wrap-up time left, one checkbox per tag of the catalogue and "Save tags". With an empty catalogue it
 * says so and "Save tags" sends no tag id (the bus decides whether that is enough). A refused save shows
 * as a polite notice the agent may dismiss.
 */
export function TagForm({ titleId, descriptionId }: TagFormProps): ReactNode {
  const messages = useMessages();
  const tagging = useMandatoryTagging();
  const setTagsControl = useControlState('setTags');
  const { tags, selectedTagIds, isSubmitting, failure: error, call } = tagging;
  const notice = useDismissibleNotice(failureNotice(messages, error));
  const reasons = useReasonLine();
  const party = useContact(partyOfName(call.party)).label;
  const lineText =
    call.line === undefined ? '' : messages.format.line(call.line.name, lineNumberLabel(messages, call.line));

  const hasCatalogue = tags.length > 0;
  const needsPick = hasCatalogue && selectedTagIds.length === 0 && setTagsControl.enabled && !isSubmitting;
  const save: ControlState = isSubmitting
    ? { enabled: false, pending: true, reason: 'request-pending' }
    : needsPick
      ? DISABLED
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
      <div id={descriptionId}>
        <p className="dk-tag-modal__call">{formatBusText(messages.format.taggedCall, party, lineText)}</p>
        <p className="dk-tag-modal__why">{messages.labels.taggingRequiredWhy}</p>
      </div>
      <WrapUpLeft />
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
      <NoticeSlot {...notice} className="dk-tag-modal__notice" />
      <div className="dk-actions">
        <ControlButton
          type="submit"
          control={save}
          variant="primary"
          {...(needsPick ? { reasonText: messages.labels.pickTag } : {})}
          {...reasons.describe(save, needsPick ? messages.labels.pickTag : undefined)}
        >
          {messages.controls.saveTags}
        </ControlButton>
        <ReasonLine reasons={reasons} />
      </div>
    </form>
  );
}
