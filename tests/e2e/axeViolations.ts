import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What {@link axeViolations} checks. */
export interface AxeScope {
  /** Also check each frame of the page, in its own document (the bus iframe is on another origin). */
  readonly subframes?: boolean;
  /** CSS selectors of the parts of the page to check; default the whole document. */
  readonly include?: readonly string[];
}

/**
 * Runs axe on `page` (and, with `subframes`, in each of its frames) and returns the violations as
 * readable lines: `where: rule (impact): help, at target`.
 */
export async function axeViolations(
  page: Page,
  { subframes = true, include }: AxeScope = {},
): Promise<string[]> {
  const found: string[] = [];
  const frames = subframes ? page.frames() : [page.mainFrame()];
  for (const frame of frames) {
    if (frame.url() === 'about:blank') continue;
    // Injected once per document: parsing axe is a good part of a check's cost.
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE_SCRIPT });
    const parts = frame === page.mainFrame() ? include : undefined;
    const violations = await frame.evaluate(async (selectors) => {
      const axe = (
        window as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResults> } }
      ).axe;
      const context = selectors === undefined ? document : { include: selectors.map((s) => [s]) };
      const results = await axe.run(context, { iframes: false, resultTypes: ['violations'] });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    }, parts);
    const where = frame === page.mainFrame() ? 'page' : `frame ${new URL(frame.url()).origin}`;
    for (const v of violations)
      found.push(`${where}: ${v.id} (${v.impact}): ${v.help}, at ${v.targets.join(', ')}`);
  }
  return found;
}
