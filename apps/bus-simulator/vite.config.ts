import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const port = Number(process.env.BUS_PORT ?? 5174);
const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/**
 * The bus page (`index.html`) is what gets built; `host.html` (a kit embedding the bus on another origin)
 * and `foreign.html` (a hostile frame) are served in dev for the browser tests and demos.
 */
export default defineConfig({
  root: page('.'),
  plugins: [react()],
  resolve: {
    // The workspace packages export their sources; resolving them here also works before an install links them.
    alias: [
      { find: /^@dialer-kit\/(core|react|simulator)$/, replacement: page('../../packages/$1/src/index.ts') },
      { find: /^@dialer-kit\/react\/styles\.css$/, replacement: page('../../packages/react/src/styles.css') },
      {
        find: /^@dialer-kit\/core\/(protocol|testing)$/,
        replacement: page('../../packages/core/src/entries/$1.ts'),
      },
    ],
    dedupe: ['react', 'react-dom', 'zustand'],
  },
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { bus: page('index.html') } },
  },
});
