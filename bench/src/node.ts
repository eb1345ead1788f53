// The figures measured in Node: throughput by stage against the floor, the cost of a teammate event, and the
// heap over a long session. scripts/bench.mjs bundles this file and runs it as
// `node --expose-gc node.mjs <throughput|teammates|heap>`; it prints its figures as one JSON line.
import { getHeapSpaceStatistics } from 'node:v8';
import { bareImmerPass, createMemoryLink, parseAll, parseAndReduceAll, startStore } from './kit/core';
import { createFloor, type Figure, interleave, medianFigure, rate } from './measure';
import { checkReplay, createReplay, recordTrace, sessionMessages } from './session';
import { storeWithTeammates } from './teammates';

/** How long each timed sample runs at least, in ms. */
const SAMPLE_MS = 60;

function throughput(rounds: number): Figure[] {
  const trace = recordTrace();
  // A realistic mix: the bring-up and 100 calls, as the replay plays them (about 1 600 messages).
  const messages = sessionMessages(trace, 100);
  if (parseAll(messages) !== messages.length) throw new Error('some session messages fail validation');
  const n = messages.length;
  const floorPass = (): void => {
    const floor = createFloor();
    for (const message of messages) floor(message);
  };
  const storePass = (): void => {
    const link = createMemoryLink();
    const kit = startStore(link.transport);
    for (const message of messages) link.push(message);
    if (kit.notified() === 0) throw new Error('the store never notified its listener');
    kit.dispose();
  };
  const immer = bareImmerPass(messages);
  const subjects = {
    floor: () => rate(floorPass, n, SAMPLE_MS),
    parse: () => rate(() => parseAll(messages), n, SAMPLE_MS),
    'parse-reduce': () => rate(() => parseAndReduceAll(messages), n, SAMPLE_MS),
    store: () => rate(storePass, n, SAMPLE_MS),
    'bare-immer': () => rate(immer.pass, immer.states, SAMPLE_MS),
  };
  interleave(2, subjects); // warm-up: the JIT compiles every path first
  const runs = interleave(rounds, subjects);
  const floor = runs.floor ?? [];
  const figures: Figure[] = [medianFigure('throughput.floor', floor, 'events/s')];
  for (const stage of ['parse', 'parse-reduce', 'store', 'bare-immer'] as const) {
    const rates = runs[stage] ?? [];
    figures.push(medianFigure(`throughput.${stage}`, rates, 'events/s'));
    // Each round's ratio is taken within the round (same load), then the median of those.
    figures.push(
      medianFigure(
        `throughput.${stage}.vs-floor`,
        rates.map((value, i) => (floor[i] ?? Number.NaN) / value),
        'x',
      ),
    );
  }
  return figures;
}

/**
 * Runs one throughput stage alone for `seconds` s, for a CPU profile:
 * `node --cpu-prof bench/dist/node.mjs profile <parse|parse-reduce|store> [seconds]`.
 */
function profile(stage: string, seconds: number): Figure[] {
  const messages = sessionMessages(recordTrace(), 100);
  const passes: Record<string, () => unknown> = {
    parse: () => parseAll(messages),
    'parse-reduce': () => parseAndReduceAll(messages),
    store: () => {
      const link = createMemoryLink();
      const kit = startStore(link.transport);
      for (const message of messages) link.push(message);
      kit.dispose();
    },
  };
  const pass = passes[stage];
  if (pass === undefined)
    throw new Error(`unknown stage "${stage}"; stages: ${Object.keys(passes).join(' ')}`);
  return [medianFigure(`profile.${stage}`, [rate(pass, messages.length, seconds * 1000)], 'events/s')];
}

function teammates(rounds: number): Figure[] {
  const bringUp = sessionMessages(recordTrace(), 0);
  const few = storeWithTeammates(bringUp, 10);
  const many = storeWithTeammates(bringUp, 3000);
  // Each sample runs for a fixed time, not a fixed count: 50 events with 3 000 known took well under a
  // millisecond, so a collection falling in one sample moved the ratio between 0.7 and 1.8.
  const cost = (push: () => void): number => 1e6 / rate(push, 1, SAMPLE_MS);
  const subjects = { few: () => cost(few.change), many: () => cost(many.change) };
  interleave(1, subjects);
  const runs = interleave(rounds, subjects);
  few.dispose();
  many.dispose();
  const costFew = runs.few ?? [];
  const costMany = runs.many ?? [];
  return [
    medianFigure('teammate-event.10', costFew, 'us'),
    medianFigure('teammate-event.3000', costMany, 'us'),
    medianFigure(
      'teammate-event.3000.vs-10',
      costMany.map((value, i) => value / (costFew[i] ?? Number.NaN)),
      'x',
    ),
  ];
}

declare const gc: (() => void) | undefined;

/**
 * The heap's data in use after forced collections, in MB: every V8 heap space but the code spaces, whose
 * size follows the JIT's choices (it moves by up to 0.4 MB between identical runs), not what the kit keeps.
 */
async function heapAfterGc(): Promise<number> {
  if (typeof gc !== 'function') throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i += 1) {
    // A turn of the event loop between collections lets finalizers and queued callbacks let go too.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  const data = getHeapSpaceStatistics().filter((space) => !space.space_name.startsWith('code'));
  return data.reduce((sum, space) => sum + space.space_used_size, 0) / 2 ** 20;
}

async function heap(calls: number): Promise<Figure[]> {
  const trace = recordTrace();
  const replay = createReplay(trace);
  const kit = startStore(replay.transport);
  let after100 = Number.NaN;
  const stats = await replay.run(
    {
      agent: kit.agent,
      deliver: (message, push) => push(message),
      beforeCall: async (n) => {
        if (n === 100) after100 = await heapAfterGc();
      },
    },
    { calls },
  );
  const afterAll = await heapAfterGc();
  if (kit.complaintsSeen() > 0) throw new Error(`the kit complained ${kit.complaintsSeen()} times`);
  kit.dispose();
  return [
    { name: 'heap.100-calls', value: after100, unit: 'MB' },
    { name: `heap.${calls}-calls`, value: afterAll, unit: 'MB' },
    { name: `heap.growth.100-to-${calls}`, value: afterAll - after100, unit: 'MB' },
    { name: 'session.messages-per-call', value: stats.messages / stats.calls, unit: 'count' },
  ];
}

const [task = '', count = ''] = process.argv.slice(2);
const rounds = Number(count) || 9;
let figures: Figure[];
if (task === 'throughput') figures = throughput(rounds);
else if (task === 'teammates') figures = teammates(rounds);
else if (task === 'heap') figures = await heap(Number(count) || 10_000);
else if (task === 'profile') figures = profile(count, Number(process.argv[4]) || 5);
else if (task === 'check') {
  const stats = await checkReplay(recordTrace(), Number(count) || 100);
  figures = [{ name: 'session.check', value: stats.calls, unit: 'count' }];
} else throw new Error(`unknown task "${task}"`);
process.stdout.write(`${JSON.stringify(figures)}\n`);
