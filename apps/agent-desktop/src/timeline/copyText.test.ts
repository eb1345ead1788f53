import { afterEach, describe, expect, it, vi } from 'vitest';
import { copiedNotice, copyText } from './copyText';

const setClipboard = (clipboard: unknown) =>
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });

afterEach(() => {
  vi.restoreAllMocks();
  setClipboard(undefined);
});

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    await expect(copyText('[1]')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('[1]');
  });

  it('falls back to a textarea and execCommand when the API refuses, and cleans up', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    let selected = '';
    document.execCommand = vi.fn(() => {
      selected = (document.activeElement as HTMLTextAreaElement | null)?.value ?? '';
      return true;
    });
    await expect(copyText('[2]')).resolves.toBe(true);
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe('[2]');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('reports failure when neither way works', async () => {
    setClipboard(undefined);
    document.execCommand = vi.fn(() => false);
    await expect(copyText('[3]')).resolves.toBe(false);
  });
});

describe('copiedNotice', () => {
  it('counts the copied entries', () => {
    expect(copiedNotice(3)).toBe('Copied 3 entries');
    expect(copiedNotice(0)).toBe('Copied 0 entries');
    expect(copiedNotice(1)).toBe('Copied 1 entry');
  });
});
