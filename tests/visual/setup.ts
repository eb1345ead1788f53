import { setProjectAnnotations } from '@storybook/react-vite';
import preview from '../../.storybook/preview';

setProjectAnnotations(preview);

// One font that Debian ships (fonts-dejavu-core), no animation, no caret: the same pixels on every run.
const style = document.createElement('style');
style.textContent = `
  :root { --dk-font: "DejaVu Sans", sans-serif; }
  html, body { margin: 0; font-family: "DejaVu Sans", sans-serif; }
  *, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }
`;
document.head.append(style);
