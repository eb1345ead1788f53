import { busEvent, callScripts, createScriptedBus, renderWithDialer, TEST_TAGS } from '@dialer-kit/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MandatoryTagModal } from './MandatoryTagModal';
import { dialog, expectModal, renderModal, renderTagging, save, WITH_TAGS } from './tagModal.test-helper';

describe('MandatoryTagModal as a modal: no way out but saving, and the focus', () => {
  describe('while mandatory tagging', () => {
    it('cannot be dismissed with Escape', async () => {
      const onClose = vi.fn();
      const { user } = await renderModal(
        callScripts.mandatoryTagging,
        <MandatoryTagModal onClose={onClose} />,
      );
      await user.keyboard('{Escape}');
      expect(onClose).not.toHaveBeenCalled();
      expectModal(dialog());
    });

    it('keeps the focus inside: focus that leaves by Tab, Shift+Tab or callScripts comes back to the first tag', async () => {
      const { user } = await renderModal(
        callScripts.mandatoryTagging,
        <>
          <button type="button">Notes</button>
          <MandatoryTagModal />
        </>,
      );
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
      const { rerender, user } = await renderModal(
        callScripts.mandatoryTagging,
        <>
          {page}
          <MandatoryTagModal />
        </>,
      );
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
  });

  describe('once the bus leaves mandatory tagging', () => {
    it('closes and gives focus back to where it was', async () => {
      const bus = createScriptedBus();
      bus.answer('DIALER.SET_TAGS', () => ({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [TEST_TAGS[0]] }));
      const user = userEvent.setup();
      await renderWithDialer(
        <>
          <button type="button">Notes</button>
          <MandatoryTagModal />
        </>,
        { ...WITH_TAGS, bus },
      );
      screen.getByRole('button', { name: 'Notes' }).focus();
      callScripts.mandatoryTagging(bus);
      expect(screen.getByRole('button', { name: 'Notes' })).not.toHaveFocus();
      await user.click(screen.getByRole('checkbox', { name: 'Qualified lead' }));
      await user.click(save());
      await bus.settle();
      bus.push(busEvent.callStatus('ended', 'regular'));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Notes' })).toHaveFocus();
    });
  });
});
