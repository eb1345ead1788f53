import { libraryConfig } from '../../tsup.shared';

export default libraryConfig(
  // Every component and hook runs on the client: Next.js's app router needs the directive on the entry file.
  { banner: { js: "'use client';" } },
  [['src/styles.css', 'dist/styles.css']],
);
