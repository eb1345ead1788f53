import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const port = Number(process.env.DEMO_PORT ?? 5173);
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The agent desktop demo: one page, built with relative URLs so it works from any path. */
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  resolve: {
    // The workspace packages export their sources; resolving them here also works before an install links them.
    alias: [
      { find: /^@dialer-kit\/(core|react|simulator)$/, replacement: here('../../packages/$1/src/index.ts') },
      { find: /^@dialer-kit\/react\/styles\.css$/, replacement: here('../../packages/react/src/styles.css') },
      {
        find: /^@dialer-kit\/core\/(protocol|testing)$/,
        replacement: here('../../packages/core/src/entries/$1.ts'),
      },
    ],
    dedupe: ['react', 'react-dom', 'zustand'],
  },
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
