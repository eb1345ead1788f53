import type { StorybookConfig } from '@storybook/react-vite';

/** Storybook for `@dialer-kit/react`: component states next to each component, journeys under `stories/`. */
const config: StorybookConfig = {
  stories: [
    '../packages/react/src/**/*.stories.tsx',
    '../packages/react/stories/**/*.stories.tsx',
    '../packages/testing/stories/**/*.stories.tsx',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // Document the kit's own props; the inherited DOM attributes would bury them.
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
};

export default config;
