import { fireEvent, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { script, TAGS } from '../../../test/callScripts';
import { busEvent, createFakeBus } from '../../../test/fakeBus';
import { createMemoryStorage, renderWithDialer } from '../../../test/renderWithDialer';
import { MandatoryTagModal } from './MandatoryTagModal';

const WITH_TAGS = { provider: { tags: TAGS } };
const dialog = () => screen.getByRole('dialog', { name: 'Tag this call' }) as HTMLDialogElement;
const save = () => screen.getByRole('button', { name: 'Save tags' });

/** Open as a modal dialog, with the focus inside: jsdom has no `showModal()`, so the kit does it by hand. */
function expectModal(element: HTMLElement): void {
  expect(element).toHaveAttribute('open');
  expect(element).toHaveAttribute('role', 'dialog');
  expect(element).toHaveAttribute('aria-modal', 'true');
  expect(element).toContainElement(document.activeElement as HTMLElement);
}

async function renderTagging() {
  const rendered = await renderWithDialer(<MandatoryTagModal />, WITH_TAGS);
  script.mandatoryTagging(rendered.bus);
  return rendered;
}

describe('MandatoryTagModal', () => {
  it('stays closed while tagging is not required', async () => {
    const { bus, container } = await renderWithDialer(<MandatoryTagModal />, WITH_TAGS);
    script.connected(bus);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(container.querySelector('dialog')).toHaveAttribute('data-state', 'closed');
  });

  describe('while mandatory tagging', () => {
    it('opens as a modal named by its title, with one checkbox per tag and focus inside', async () => {
      await renderTagging();
      expect(HTMLDialogElement.prototype.showModal).toBeUndefined();
      expectModal(dialog());
      expect(screen.getByRole('checkbox', { name: 'Sales' })).toHaveFocus();
      expect(dialog()).toHaveAttribute('data-state', 'open');
      expect(within(dialog()).getAllByRole('checkbox')).toHaveLength(TAGS.length);
      for (const tag of TAGS)
        expect(within(dialog()).getByRole('checkbox', { name: tag.name })).not.toBeChecked();
      expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    });

    it('asks for a tag before saving', async () => {
      const { bus, user } = await renderTagging();
      expect(save()).toHaveAttribute('aria-disabled', 'true');
      expect(save()).toHaveAccessibleDescription('Pick at least one tag');
      await user.click(save());
      expect(bus.count('DIALER.SET_TAGS')).toBe(0);
    });

    it('saves the picked tags once for a double click', async () => {
      const { bus, user } = await renderTagging();
      await user.click(screen.getByRole('checkbox', { name: 'Sales' }));
      await user.click(screen.getByRole('checkbox', { name: 'Billing' }));
      expect(screen.getByRole('checkbox', { name: 'Billing' })).toBeChecked();
      await user.dblClick(save());
      expect(bus.commands('DIALER.SET_TAGS')).toEqual([
        { type: 'DIALER.SET_TAGS', payload: { tagIds: [1, 3] } },
      ]);
      expect(save()).toHaveAttribute('aria-busy', 'true');
      expect(dialog()).toHaveAttribute('data-submitting');
    });

    it('cannot be dismissed with Escape', async () => {
      const onClose = vi.fn();
      const { bus, user } = await renderWithDialer(<MandatoryTagModal onClose={onClose} />, WITH_TAGS);
      script.mandatoryTagging(bus);
      await user.keyboard('{Escape}');
      expect(onClose).not.toHaveBeenCalled();
      expectModal(dialog());
    });

    it('keeps the focus inside: focus that leaves by Tab, Shift+Tab or script comes back to the first tag', async () => {
      const { bus, user } = await renderWithDialer(
        <>
          <button type="button">Notes</button>
          <MandatoryTagModal />
        </>,
        WITH_TAGS,
      );
      script.mandatoryTagging(bus);
      const boxes = within(dialog()).getAllByRole('checkbox');
      expect(boxes[0]).toHaveFocus();
      await user.tab({ shift: true });
      expect(boxes[0]).toHaveFocus();
      await user.tab();
      expect(boxes[1]).toHaveFocus();
      save().focus();
      // Past the last control focus leaves the page (as in a browser); the next Tab lands on the first tag.
      await user.tab();
      expect(within(document.body).queryByRole('button', { name: 'Notes' })).not.toHaveFocus();
      await user.tab();
      expect(boxes[0]).toHaveFocus();
      screen.getByRole('button', { name: 'Notes' }).focus();
      expect(boxes[0]).toHaveFocus();
    });

    it('gives the page its focus and its Tab key back once unmounted', async () => {
      const page = (
        <>
          <button type="button">Notes</button>
          <button type="button">Next</button>
        </>
      );
      const { bus, user, rerender } = await renderWithDialer(
        <>
          {page}
          <MandatoryTagModal />
        </>,
        WITH_TAGS,
      );
      script.mandatoryTagging(bus);
      rerender(page);
      screen.getByRole('button', { name: 'Notes' }).focus();
      expect(screen.getByRole('button', { name: 'Notes' })).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    });

    it('cancels the cancel event', async () => {
      await renderTagging();
      const cancel = new Event('cancel', { cancelable: true });
      fireEvent(dialog(), cancel);
      expect(cancel.defaultPrevented).toBe(true);
      expectModal(dialog());
    });

    it('has no button to close it', async () => {
      await renderTagging();
      expect(
        within(dialog())
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Save tags']);
    });

    it('shows a refused save as an alert and lets the agent retry', async () => {
      const { bus, user } = await renderTagging();
      bus.answer('DIALER.SET_TAGS', () => ({
        type: 'DIALER.SET_TAGS_REJECTED',
        payload: { error: { message: 'Tag 2 is archived' } },
      }));
      await user.click(screen.getByRole('checkbox', { name: 'Support' }));
      await user.click(save());
      await bus.flush();
      expect(within(dialog()).getByRole('alert')).toHaveTextContent(
        'Tags could not be saved. Tag 2 is archived',
      );
      expect(dialog()).toHaveAttribute('data-error');
      expect(screen.getByRole('checkbox', { name: 'Support' })).toBeChecked();
      bus.answer('DIALER.SET_TAGS', () => ({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [TAGS[1]] }));
      await user.click(save());
      await bus.flush();
      expect(bus.count('DIALER.SET_TAGS')).toBe(2);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  describe('when the transport throws on send', () => {
    it('says the tags did not reach the dialer and lets the agent save again at once', async () => {
      const bus = createFakeBus();
      let broken = true;
      const transport = {
        ...bus.transport,
        send: (message: unknown) => {
          if (broken && (message as { type?: unknown }).type === 'DIALER.SET_TAGS') throw new Error('gone');
          bus.transport.send(message as Parameters<typeof bus.transport.send>[0]);
        },
      };
      const { user } = await renderWithDialer(<MandatoryTagModal />, {
        ...WITH_TAGS,
        bus: { ...bus, transport },
      });
      script.mandatoryTagging(bus);
      await user.click(screen.getByRole('checkbox', { name: 'Support' }));
      await user.click(save());
      expect(within(dialog()).getByRole('alert')).toHaveTextContent(
        'Tags could not be saved. The message could not reach the dialer.',
      );
      expect(save()).not.toHaveAttribute('aria-disabled');
      expect(save()).not.toHaveAttribute('aria-busy');
      broken = false;
      await user.click(save());
      expect(bus.commands('DIALER.SET_TAGS')).toEqual([
        { type: 'DIALER.SET_TAGS', payload: { tagIds: [2] } },
      ]);
    });
  });

  describe('with an empty tag catalogue', () => {
    it('says no tags are configured and saves with no tag ids, so the agent is not trapped', async () => {
      const { bus, user } = await renderWithDialer(<MandatoryTagModal />);
      script.mandatoryTagging(bus);
      expectModal(dialog());
      expect(within(dialog()).queryByRole('checkbox')).not.toBeInTheDocument();
      expect(dialog()).toHaveTextContent('No tags are configured. Save to continue without tags.');
      expect(save()).not.toHaveAttribute('aria-disabled');
      await user.click(save());
      expect(bus.commands('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [] } }]);
    });
  });

  describe('once the bus leaves mandatory tagging', () => {
    it('closes and gives focus back to where it was', async () => {
      const bus = createFakeBus();
      bus.answer('DIALER.SET_TAGS', () => ({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [TAGS[0]] }));
      const { user } = await renderWithDialer(
        <>
          <button type="button">Notes</button>
          <MandatoryTagModal />
        </>,
        { ...WITH_TAGS, bus },
      );
      screen.getByRole('button', { name: 'Notes' }).focus();
      script.mandatoryTagging(bus);
      expect(screen.getByRole('button', { name: 'Notes' })).not.toHaveFocus();
      await user.click(screen.getByRole('checkbox', { name: 'Sales' }));
      await user.click(save());
      await bus.flush();
      bus.push(busEvent.callStatus('ended', 'regular'));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Notes' })).toHaveFocus();
    });
  });

  it('keeps the picked tags across a reload', async () => {
    const storage = createMemoryStorage();
    const first = await renderWithDialer(<MandatoryTagModal />, { provider: { tags: TAGS, storage } });
    script.mandatoryTagging(first.bus);
    await first.user.click(screen.getByRole('checkbox', { name: 'Billing' }));
    first.unmount();

    const second = await renderWithDialer(<MandatoryTagModal />, { provider: { tags: TAGS, storage } });
    script.mandatoryTagging(second.bus);
    expect(screen.getByRole('checkbox', { name: 'Billing' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sales' })).not.toBeChecked();
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLDialogElement>();
    const { bus } = await renderWithDialer(<MandatoryTagModal ref={ref} className="mine" />, WITH_TAGS);
    script.mandatoryTagging(bus);
    expect(ref.current).toBe(dialog());
    expect(dialog()).toHaveClass('dk-tag-modal', 'mine');
  });
});
