import { libraryConfig } from '../../tsup.shared';

// The main entry for apps; `protocol` for bus implementers (parsing, the wire's types); `testing` for tests.
export default libraryConfig({
  entry: { index: 'src/index.ts', protocol: 'src/entries/protocol.ts', testing: 'src/entries/testing.ts' },
});
