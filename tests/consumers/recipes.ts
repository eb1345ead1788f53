import { type AppRecipe, installInto, npm, run } from './consumerApp';

/** The create-vite version whose `react-ts` template the Vite apps are made from. */
const CREATE_VITE = 'vite@9.3.0';
const REACT_18 = ['react@18.3.1', 'react-dom@18.3.1'];
const TYPES_18 = ['@types/react@18.3.28', '@types/react-dom@18.3.7'];
/** What a Vite app's own unit tests use: the README's "Testing your app" runs on these. */
const TEST_TOOLS = [
  'vitest@4.1.12',
  'jsdom@29.1.1',
  '@testing-library/react@16.3.3',
  '@testing-library/dom@10.4.2',
  '@testing-library/user-event@14.6.13',
];

/** An app from the `react-ts` template, as `npm create vite` makes it; on React 18 when asked. */
export function viteRecipe(react: 18 | 19): AppRecipe {
  return {
    name: `vite-react${react}`,
    key: { template: CREATE_VITE, react, TEST_TOOLS, ...(react === 18 ? { REACT_18, TYPES_18 } : {}) },
    async create(dir) {
      await run(
        'npm',
        ['create', '--yes', CREATE_VITE, '.', '--', '--template', 'react-ts', '--no-interactive'],
        { cwd: dir },
      );
      await installInto(dir, {
        dependencies: react === 18 ? REACT_18 : [],
        devDependencies: [...(react === 18 ? TYPES_18 : []), ...TEST_TOOLS],
      });
    },
  };
}

/** The newest Next.js that runs on Node 20 (it needs 20.9 or later). */
export const NEXT = 'next@16.4.6';
const NEXT_DEPENDENCIES = [NEXT, 'react@^19.2', 'react-dom@^19.2', 'zustand@^5', 'immer@^11'];
const NEXT_DEV_DEPENDENCIES = [
  'typescript@^5.9',
  '@types/react@^19',
  '@types/react-dom@^19',
  '@types/node@^20',
];

/** A bare package with Next.js, React and the kit's peers: the app-router page comes from `apps/next`. */
export const nextRecipe: AppRecipe = {
  name: 'next',
  key: { DEPENDENCIES: NEXT_DEPENDENCIES, DEV_DEPENDENCIES: NEXT_DEV_DEPENDENCIES },
  async create(dir) {
    await npm(['init', '--yes'], dir);
    await npm(['pkg', 'set', 'type=module'], dir);
    await installInto(dir, { dependencies: NEXT_DEPENDENCIES, devDependencies: NEXT_DEV_DEPENDENCIES });
  },
};

/** The kit's peers, and those of `@dialer-kit/testing` (Testing Library), nothing else. */
const PEERS = [
  'react@^19',
  'react-dom@^19',
  'zustand@^5',
  'immer@^11',
  '@testing-library/react@^16',
  '@testing-library/dom@^10',
];

/** A bare Node project with the peers. */
export const nodeRecipe: AppRecipe = {
  name: 'node',
  key: { peers: PEERS },
  async create(dir) {
    await npm(['init', '--yes'], dir);
    await installInto(dir, { dependencies: PEERS });
  },
};

/** Every app the consumer proof makes. */
export const RECIPES: readonly AppRecipe[] = [viteRecipe(19), viteRecipe(18), nextRecipe, nodeRecipe];
