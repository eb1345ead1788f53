import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The kit must survive double mounting: every render is in StrictMode unless a test says otherwise.
configure({ reactStrictMode: true });

afterEach(() => {
  cleanup();
});
