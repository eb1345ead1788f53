import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the READMEs', () => {
  // The same file is copied into the outside-the-workspace apps of tests/consumers and run there.
  it('show the tagging test exactly as examples/taggingJourney.test.tsx, which runs, in under 40 lines', () => {
    const example = read('../examples/taggingJourney.test.tsx');
    expect(example.trimEnd().split('\n').length).toBeLessThan(40);
    expect(read('../../../README.md')).toContain(`\`\`\`tsx\n${example}\`\`\``);
    expect(read('../README.md')).toContain(`\`\`\`tsx\n${example}\`\`\``);
  });

  it('name every value the package exports', () => {
    const readme = read('../README.md');
    for (const entry of ['../src/index.ts', '../src/playwright/index.ts']) {
      const names = [...read(entry).matchAll(/export \{([^}]*)\}/g)]
        .flatMap((block) => (block[1] ?? '').split(','))
        .map((part) => part.trim())
        .filter((name) => name !== '' && !name.startsWith('type '));
      const declared = [...read(entry).matchAll(/^export (?:async )?function (\w+)/gm)].map(
        (match) => match[1],
      );
      for (const name of [...names, ...declared]) expect(readme, name).toContain(`\`${name}`);
    }
  });
});
