import { busEvent, createMemoryStorage, createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMandatoryTagging } from './useMandatoryTagging';

const TAGS = [
  { id: 1, name: 'Sales' },
  { id: 2, name: 'Support' },
  { id: 3, name: 'Billing' },
];

function TagForm() {
  const { isRequired, tags, selectedTagIds, toggleTag, setTags, isSubmitting, setTagsControl, failure } =
    useMandatoryTagging();
  return (
    <form
      aria-label="Tag this call"
      data-required={isRequired || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        void setTags();
      }}
    >
      {tags.map((tag) => (
        <label key={tag.id}>
          <input
            type="checkbox"
            checked={selectedTagIds.includes(tag.id)}
            onChange={() => toggleTag(tag.id)}
          />
          {tag.name}
        </label>
      ))}
      <button type="submit" disabled={!setTagsControl.enabled}>
        {isSubmitting ? 'Saving' : 'Save tags'}
      </button>
      {failure === undefined ? null : <p role="alert">{failure.message ?? failure.reason}</p>}
    </form>
  );
}

async function renderTagging(storage = createMemoryStorage(), bus = createScriptedBus()) {
  const rendered = await renderWithDialer(<TagForm />, { bus, provider: { tags: TAGS, storage } });
  bus.push(
    busEvent.incoming(),
    busEvent.callStatus('accepting', 'regular'),
    busEvent.callStatus('connected', 'regular'),
  );
  bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('mandatoryTagging', 'regular'));
  return rendered;
}

describe('useMandatoryTagging', () => {
  it('is not required outside mandatoryTagging and lists the catalogue', async () => {
    await renderWithDialer(<TagForm />, { bus: createScriptedBus(), provider: { tags: TAGS } });
    expect(screen.getByRole('form', { name: 'Tag this call' })).not.toHaveAttribute('data-required');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
  });

  describe('while mandatory tagging', () => {
    it('is required and toggles tags on and off', async () => {
      const user = userEvent.setup();
      await renderTagging();
      expect(screen.getByRole('form', { name: 'Tag this call' })).toHaveAttribute('data-required');

      await user.click(screen.getByRole('checkbox', { name: 'Sales' }));
      await user.click(screen.getByRole('checkbox', { name: 'Billing' }));
      await user.click(screen.getByRole('checkbox', { name: 'Sales' }));

      expect(screen.getByRole('checkbox', { name: 'Sales' })).not.toBeChecked();
      expect(screen.getByRole('checkbox', { name: 'Billing' })).toBeChecked();
    });

    it('keeps the selection across a reload', async () => {
      const storage = createMemoryStorage();
      const user = userEvent.setup();
      const { unmount } = await renderTagging(storage);
      await user.click(screen.getByRole('checkbox', { name: 'Support' }));
      unmount();

      await renderTagging(storage);
      expect(screen.getByRole('checkbox', { name: 'Support' })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: 'Sales' })).not.toBeChecked();
    });

    it('submits the selection and is submitting until the bus answers', async () => {
      const user = userEvent.setup();
      const { bus } = await renderTagging();
      await user.click(screen.getByRole('checkbox', { name: 'Support' }));
      await user.click(screen.getByRole('button', { name: 'Save tags' }));

      expect(bus.sent('DIALER.SET_TAGS')).toMatchObject([{ payload: { tagIds: [2] } }]);
      expect(screen.getByRole('button', { name: 'Saving' })).toBeDisabled();
      bus.push({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 2, name: 'Support' }] });
      // Answered: submitting is over. A second SET_TAGS stays possible (it replaces the tags, and a
      // rule with no clock could trap the agent if `ended` were lost: see docs/DECISIONS.md).
      expect(screen.getByRole('button', { name: 'Save tags' })).not.toBeDisabled();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('reports tags that could not be saved', async () => {
      const bus = createScriptedBus();
      bus.answer('DIALER.SET_TAGS', () => ({
        type: 'DIALER.SET_TAGS_REJECTED',
        payload: { error: 'Tag 2 is archived' },
      }));
      const user = userEvent.setup();
      await renderTagging(undefined, bus);
      await user.click(screen.getByRole('checkbox', { name: 'Support' }));
      await user.click(screen.getByRole('button', { name: 'Save tags' }));
      await bus.settle();

      expect(screen.getByRole('alert')).toHaveTextContent('Tag 2 is archived');
      expect(screen.getByRole('checkbox', { name: 'Support' })).toBeChecked();
    });
  });
});
