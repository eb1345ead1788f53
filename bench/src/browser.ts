// The figures measured in Debian's Chromium (launched as the browser tests launch it), on page.tsx built
// from the packages' dist/. scripts/bench.mjs bundles this file and runs it as
// `node browser.mjs <wasted|latency> <count> [repeats]`; it prints its figures as one JSON line.
import { launchChromium } from '../../tests/support/launchChromium';
import { buildPage, type CommitCount, inPage, type PageBench } from './chromium';
import { type Figure, medianFigure } from './measure';

async function wasted(calls: number): Promise<Figure[]> {
  const [code, browser] = await Promise.all([buildPage({ profiling: true, kit: 'dist' }), launchChromium()]);
  try {
    const parts = Object.entries(await inPage(browser, code, 'wastedCommits', calls));
    const total = (key: keyof CommitCount) => parts.reduce((sum, [, count]) => sum + count[key], 0);
    return [
      { name: `commits.${calls}-calls`, value: total('commits'), unit: 'count' },
      { name: `commits.${calls}-calls.wasted`, value: total('wasted'), unit: 'count' },
      ...parts.map(([part, count]) => ({
        name: `commits.${calls}-calls.wasted.${part}`,
        value: count.wasted,
        unit: 'count',
      })),
    ];
  } finally {
    await browser.close();
  }
}

async function latency(events: number, repeats: number): Promise<Figure[]> {
  const [code, browser] = await Promise.all([buildPage({ profiling: false, kit: 'dist' }), launchChromium()]);
  try {
    // Each repeat in a fresh page; each figure is the median of the repeats' percentiles.
    const runs: Awaited<ReturnType<PageBench['latency']>>[] = [];
    for (let i = 0; i < repeats; i += 1) runs.push(await inPage(browser, code, 'latency', events));
    const of = (name: string, pick: (run: (typeof runs)[number]) => number, unit = 'ms') =>
      medianFigure(name, runs.map(pick), unit);
    return [
      of('latency.floor.p50', (run) => run.floor.p50),
      of('latency.floor.p99', (run) => run.floor.p99),
      of('latency.p50', (run) => run.all.p50),
      of('latency.p99', (run) => run.all.p99),
      of('latency.tag-dialog.p50', (run) => run.tagDialog.p50),
      of('latency.tag-dialog.p99', (run) => run.tagDialog.p99),
      of('latency.tag-dialog.count', (run) => run.tagDialog.count, 'count'),
      of('latency.tag-dialog.show-modal.p50', (run) => run.showModal.p50),
      of('latency.tag-dialog.show-modal.p99', (run) => run.showModal.p99),
      of('latency.other.p50', (run) => run.other.p50),
      of('latency.other.p99', (run) => run.other.p99),
    ];
  } finally {
    await browser.close();
  }
}

const [task = '', count = '', repeats = ''] = process.argv.slice(2);
let figures: Figure[];
if (task === 'wasted') figures = await wasted(Number(count) || 1000);
else if (task === 'latency') figures = await latency(Number(count) || 10_000, Number(repeats) || 3);
else throw new Error(`unknown task "${task}"`);
process.stdout.write(`${JSON.stringify(figures)}\n`);
