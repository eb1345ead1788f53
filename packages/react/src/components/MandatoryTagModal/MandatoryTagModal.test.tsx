import {
  busEvent,
  callScripts,
  createMemoryStorage,
  createScriptedBus,
  renderWithDialer,
  TEST_CUSTOMER,
  TEST_LINE,
  TEST_TAGS,
} from '@dialer-kit/testing';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MandatoryTagModal } from './MandatoryTagModal';
import {
  dialog,
  expectModal,
  notice,
  renderModal,
  renderTagging,
  save,
  WITH_TAGS,
} from './tagModal.test-helper';

describe('MandatoryTagModal', () => {
  it('stays closed while tagging is not required', async () => {
    const { container } = await renderModal(callScripts.connected);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(container.querySelector('dialog')).toHaveAttribute('data-state', 'closed');
  });

  describe('while mandatory tagging', () => {
    it('opens as a modal named by its title, with one checkbox per tag and focus inside', async () => {
      await renderTagging();
      expect(HTMLDialogElement.prototype.showModal).toBeUndefined();
      expectModal(dialog());
      expect(screen.getByRole('checkbox', { name: 'Qualified lead' })).toHaveFocus();
      expect(dialog()).toHaveAttribute('data-state', 'open');
      expect(within(dialog()).getAllByRole('checkbox')).toHaveLength(TEST_TAGS.length);
      for (const tag of TEST_TAGS)
        expect(within(dialog()).getByRole('checkbox', { name: tag.name })).not.toBeChecked();
      expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    });

    it('asks for a tag before saving', async () => {
      const { bus, user } = await renderTagging();
      expect(save()).toHaveAttribute('aria-disabled', 'true');
      expect(save()).toHaveAccessibleDescription('Pick at least one tag');
      await user.click(save());
      expect(bus.sent('DIALER.SET_TAGS').length).toBe(0);
    });

    it('saves the picked tags once for a double click', async () => {
      const { bus, user } = await renderTagging();
      await user.click(screen.getByRole('checkbox', { name: 'Qualified lead' }));
      await user.click(screen.getByRole('checkbox', { name: 'Not interested' }));
      expect(screen.getByRole('checkbox', { name: 'Not interested' })).toBeChecked();
      await user.dblClick(save());
      expect(bus.sent('DIALER.SET_TAGS')).toEqual([
        { type: 'DIALER.SET_TAGS', payload: { tagIds: [101, 103] } },
      ]);
      expect(save()).toHaveAttribute('aria-busy', 'true');
      expect(dialog()).toHaveAttribute('data-submitting');
    });

    it('shows a refused save as a polite notice and lets the agent retry', async () => {
      const { bus, user } = await renderTagging();
      bus.answer('DIALER.SET_TAGS', () => ({
        type: 'DIALER.SET_TAGS_REJECTED',
        payload: { error: { message: 'Tag 2 is archived' } },
      }));
      await user.click(screen.getByRole('checkbox', { name: 'Follow-up' }));
      await user.click(save());
      await bus.settle();
      expect(notice()).toHaveTextContent('Tags could not be saved. Tag 2 is archived');
      expect(dialog()).toContainElement(document.activeElement as HTMLElement);
      expect(dialog()).toHaveAttribute('data-error');
      expect(screen.getByRole('checkbox', { name: 'Follow-up' })).toBeChecked();
      bus.answer('DIALER.SET_TAGS', () => ({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [TEST_TAGS[1]] }));
      await user.click(save());
      await bus.settle();
      expect(bus.sent('DIALER.SET_TAGS').length).toBe(2);
      expect(notice()).toBeNull();
    });

    it('puts a refused save away on Dismiss, focus staying in the dialog', async () => {
      const { bus, user } = await renderTagging();
      bus.answer('DIALER.SET_TAGS', () => ({ type: 'DIALER.SET_TAGS_REJECTED', payload: { error: 'No' } }));
      await user.click(screen.getByRole('checkbox', { name: 'Follow-up' }));
      await user.click(save());
      await bus.settle();
      await user.click(within(dialog()).getByRole('button', { name: 'Dismiss' }));
      expect(notice()).toBeNull();
      expect(screen.getByRole('checkbox', { name: 'Qualified lead' })).toHaveFocus();
    });

    it('names the call to tag and why tagging is required, as the dialog\u2019s description', async () => {
      await renderTagging();
      const call = `Call with ${TEST_CUSTOMER} on ${TEST_LINE.name} · ${TEST_LINE.number}`;
      expect(dialog()).toHaveTextContent(call);
      expect(dialog()).toHaveAccessibleDescription(
        `${call} This line requires tags on every call: tag it to take or make the next call.`,
      );
    });

    it('keeps the wrap-up time in sight', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
      try {
        const { bus } = await renderTagging();
        bus.push(busEvent.availability('after_call_work', { wrapUpTimeTtl: 45, wrapUpTimeConfig: 60 }));
        expect(dialog()).toHaveTextContent('Wrap-up ends in 45 s');
        act(() => vi.advanceTimersByTime(5_000));
        expect(dialog()).toHaveTextContent('Wrap-up ends in 40 s');
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('when the transport throws on send', () => {
    it('says the tags did not reach the dialer and lets the agent save again at once', async () => {
      const bus = createScriptedBus({ act }); // The render gets a wrapped bus: this one delivers in act itself.
      let broken = true;
      const transport = {
        ...bus.transport,
        send: (message: unknown) => {
          if (broken && (message as { type?: unknown }).type === 'DIALER.SET_TAGS') throw new Error('gone');
          bus.transport.send(message as Parameters<typeof bus.transport.send>[0]);
        },
      };
      const user = userEvent.setup();
      await renderWithDialer(<MandatoryTagModal />, {
        ...WITH_TAGS,
        bus: { ...bus, transport },
      });
      callScripts.mandatoryTagging(bus);
      await user.click(screen.getByRole('checkbox', { name: 'Follow-up' }));
      await user.click(save());
      expect(notice()).toHaveTextContent('Tags could not be saved. The message could not reach the dialer.');
      expect(save()).not.toHaveAttribute('aria-disabled');
      expect(save()).not.toHaveAttribute('aria-busy');
      broken = false;
      await user.click(save());
      expect(bus.sent('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } }]);
    });
  });

  describe('with an empty tag catalogue', () => {
    it('says no tags are configured and saves with no tag ids, so the agent is not trapped', async () => {
      const { bus, user } = await renderModal(callScripts.mandatoryTagging, <MandatoryTagModal />, {
        tags: [],
      });
      expectModal(dialog());
      expect(within(dialog()).queryByRole('checkbox')).not.toBeInTheDocument();
      expect(dialog()).toHaveTextContent('No tags are configured. Save to continue without tags.');
      expect(save()).not.toHaveAttribute('aria-disabled');
      await user.click(save());
      expect(bus.sent('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [] } }]);
    });
  });

  it('keeps the picked tags across a reload', async () => {
    const storage = createMemoryStorage();
    const provider = { tags: TEST_TAGS, storage };
    const first = await renderModal(callScripts.mandatoryTagging, <MandatoryTagModal />, provider);
    await first.user.click(screen.getByRole('checkbox', { name: 'Not interested' }));
    first.unmount();

    await renderModal(callScripts.mandatoryTagging, <MandatoryTagModal />, provider);
    expect(screen.getByRole('checkbox', { name: 'Not interested' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Qualified lead' })).not.toBeChecked();
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLDialogElement>();
    const { bus } = await renderWithDialer(<MandatoryTagModal ref={ref} className="mine" />, {
      bus: createScriptedBus(),
      ...WITH_TAGS,
    });
    callScripts.mandatoryTagging(bus);
    expect(ref.current).toBe(dialog());
    expect(dialog()).toHaveClass('dk-tag-modal', 'mine');
  });
});
