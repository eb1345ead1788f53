import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import '../packages/react/src/styles.css';
import './preview.css';

type Theme = 'light' | 'dark';

/** Puts the toolbar's theme on `<html data-theme>`, where the kit's stylesheet reads it. */
const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return <Story />;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Any axe violation fails the story's test. Only violations are worked out node by node: axe still runs
    // every rule, but stops at one node for the passing, inapplicable and incomplete ones (whose selectors
    // it would otherwise compute for every node), which the test does not read.
    a11y: { test: 'error', options: { resultTypes: ['violations'] } },
  },
};

export default preview;
