import axe from 'axe-core';

/** jsdom has no layout, so colour contrast cannot be computed there (the stories check it in Chromium). */
const JSDOM_OPTIONS: axe.RunOptions = {
  rules: { 'color-contrast': { enabled: false } },
  // Only the violations are read: the other results stop at one node each, with no selectors to compute.
  resultTypes: ['violations'],
};

/** Runs axe-core on `container` in jsdom and returns its violations (empty when accessible). */
export async function axeViolations(container: Element): Promise<axe.Result[]> {
  const results = await axe.run(container, JSDOM_OPTIONS);
  return results.violations;
}

/** One line per violation and node, so a failing assertion says what is wrong and where. */
export function describeViolations(violations: readonly axe.Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`),
  );
}
