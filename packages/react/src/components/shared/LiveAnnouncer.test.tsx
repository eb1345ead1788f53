import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveAnnouncer } from './LiveAnnouncer';

describe('LiveAnnouncer', () => {
  it('is a polite, atomic status that follows its message', () => {
    const { rerender } = render(<LiveAnnouncer message="Ringing" />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region).toHaveTextContent('Ringing');
    rerender(<LiveAnnouncer message="Connected" />);
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
  });

  it('is visually hidden unless asked to show', () => {
    const { rerender } = render(<LiveAnnouncer message="Ringing" className="mine" />);
    expect(screen.getByRole('status')).toHaveClass('dk-visually-hidden', 'mine');
    rerender(<LiveAnnouncer message="Ringing" visible />);
    expect(screen.getByRole('status')).not.toHaveClass('dk-visually-hidden');
  });
});
