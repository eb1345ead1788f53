import type { KnipConfig } from 'knip';

/**
 * Unused files, exports and dependencies across the workspace (`pnpm run knip`, part of `pnpm run check`).
 * The vitest, vite, storybook and tsup plugins find most entries from their configs; what they cannot see is
 * listed here, each with the reason.
 */
const config: KnipConfig = {
  // Files copied into apps made outside the workspace (tests/consumers): they import the packed tarballs.
  ignore: ['tests/consumers/apps/**'],
  // A type named in an exported signature stays exported, so callers can name it too.
  ignoreExportsUsedInFile: { interface: true, type: true },
  workspaces: {
    '.': {
      entry: ['scripts/*.mjs'],
      project: ['*.ts', 'scripts/**', 'tests/**', '.storybook/**'],
      ignoreDependencies: [
        // Run as binaries from node_modules/.bin by tests/consumers/packages.test.ts.
        '@arethetypeswrong/cli',
        'publint',
        // Aliased in for React 18 by tsconfig.react18.json's `paths`.
        '@types/react-18',
        '@types/react-dom-18',
      ],
      // The root vitest config's inline projects set `root` to their package; knip resolves their setup
      // files from the repository root instead (and still finds packages/react/test/setup.ts).
      ignoreUnresolved: ['./test/setup.ts'],
    },
    // Each package's entry is its `exports` (src/index.ts): the public API, so all it exports counts as used.
    'packages/*': {
      project: ['{src,test,stories,examples}/**'],
    },
    'packages/react': {
      // Typechecked, and compared with the README's usage by test/readme.test.ts.
      entry: ['examples/*.tsx'],
      project: ['{src,test,stories,examples}/**'],
    },
    bench: {
      // Bundled by scripts/bench.mjs (node.ts, browser.ts) and by chromium.ts (page.tsx), not imported.
      entry: ['src/node.ts', 'src/browser.ts', 'src/page.tsx'],
      project: ['src/**'],
    },
    'apps/*': {
      project: ['src/**', '*.ts'],
    },
    'apps/bus-simulator': {
      // host.html and foreign.html are served in dev (browser tests and demos); vite builds only index.html.
      entry: ['src/host/main.tsx', 'src/foreign.ts'],
      project: ['src/**', '*.ts'],
    },
    'packages/testing': {
      // The bus page's script, bundled for the browser by tsup.config.ts's own esbuild step.
      entry: ['src/busPage/main.ts'],
      project: ['{src,test,examples,stories}/**'],
    },
  },
};

export default config;
