import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const readme = read('../../../README.md');
const index = read('../src/index.ts');

/** Names exported as values (not `type`) from the package index. */
function valueExports(source: string): string[] {
  const names: string[] = [];
  for (const block of source.matchAll(/export \{([^}]*)\}/g)) {
    for (const part of (block[1] ?? '').split(',')) {
      const name = part.trim();
      if (name !== '' && !name.startsWith('type ')) names.push(name);
    }
  }
  return names;
}

describe('the README', () => {
  it('shows the usage example exactly as the typechecked examples/QuickStart.tsx, in at most 30 lines', () => {
    const example = read('../examples/QuickStart.tsx');
    expect(readme).toContain(`\`\`\`tsx\n${example}\`\`\``);
    expect(example.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    // The package's own README (what npm shows) carries the same example.
    expect(read('../README.md')).toContain(`\`\`\`tsx\n${example}\`\`\``);
  });

  it('lists every exported hook and component with a line of its own', () => {
    const listed = valueExports(index).filter(
      (name) => /^(use|[A-Z][a-z])/.test(name) && name !== 'DialerProvider',
    );
    expect(listed.length).toBeGreaterThan(15);
    for (const name of listed) expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\` +\\| \\S`, 'm'));
  });

  it('names exactly the two set-up commands', () => {
    const setup = readme.split('## Set-up')[1]?.split('\n## ')[0] ?? '';
    const commands = [...setup.matchAll(/^(npm \w+)/gm)].map((match) => match[1]);
    expect(commands).toEqual(['npm start', 'npm test']);
  });
});
