import { defineProject } from 'vitest/config';

/** The agent desktop's own logic (timeline, query parsing), in jsdom. */
export default defineProject({
  test: {
    name: 'agent-desktop',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
