import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshApp, installKit, overlay, removeApp, run } from './consumerApp';
import { nodeRecipe } from './recipes';

describe('plain Node', () => {
  const packed = inject('packed');
  const names = packed.map((entry) => entry.name);
  let dir = '';
  const node = async (script: string, ...args: string[]) =>
    JSON.parse((await run(process.execPath, [join(dir, script), ...args], { cwd: dir })).stdout);

  beforeAll(async () => {
    dir = await freshApp(nodeRecipe);
    await overlay(dir, 'node');
    await installKit(
      dir,
      packed.map((entry) => entry.tarball),
    );
  });
  afterAll(() => removeApp(dir));

  it('imports and requires every package, with the same exports both ways', async () => {
    const imported = await node('exports.mjs', ...names);
    const required = await node('exports.cjs', ...names);
    for (const name of names) {
      expect(imported[name].length, name).toBeGreaterThan(5);
      expect(required[name], name).toEqual(imported[name]);
    }
    expect(imported['@dialer-kit/react']).toEqual(
      expect.arrayContaining(['DialerProvider', 'CallBar', 'useCallStatus']),
    );
    expect(imported['@dialer-kit/testing']).toEqual(
      expect.arrayContaining(['createTestBus', 'renderWithDialer', 'agentDay', 'TAGGING_LINE']),
    );
  });

  it('imports and requires the Playwright helper of @dialer-kit/testing without playwright installed', async () => {
    const subpath = '@dialer-kit/testing/playwright';
    const imported = await node('exports.mjs', subpath);
    expect(imported[subpath]).toEqual(['playwrightAgent', 'serveTestBus', 'testBusFrame']);
    expect(await node('exports.cjs', subpath)).toEqual(imported);
  });

  it("imports and requires the core's subpaths, whose tools the main entry no longer has", async () => {
    const subpaths = ['@dialer-kit/core/protocol', '@dialer-kit/core/testing'];
    const imported = await node('exports.mjs', ...subpaths);
    expect(await node('exports.cjs', ...subpaths)).toEqual(imported);
    expect(imported['@dialer-kit/core/protocol']).toEqual(
      expect.arrayContaining(['parseBusCommand', 'parseBusEvent', 'BUS_COMMAND_TYPES', 'REQUEST_COMMANDS']),
    );
    expect(imported['@dialer-kit/core/testing']).toEqual([
      'checkInvariants',
      'createMemoryTabs',
      'createMemoryTransport',
    ]);
    const core = await node('exports.mjs', '@dialer-kit/core');
    for (const name of [...imported['@dialer-kit/core/protocol'], ...imported['@dialer-kit/core/testing']])
      expect(core['@dialer-kit/core'], name).not.toContain(name);
  });

  it('renders the provider with every component to a string, touching no window or document, warning nothing', async () => {
    const { touched, warnings, html } = await node('ssr.mjs');
    expect(touched).toEqual([]);
    expect(warnings).toEqual([]);
    for (const part of ['dk-call-bar', 'dk-dial-pad', 'dk-tag-modal', 'dk-availability', 'Phone number']) {
      expect(html).toContain(part);
    }
  });

  it('runs the core store on the simulated bus from CommonJS: bring-up, a dial, an answer', async () => {
    const { dialed, seen } = await node('store.cjs');
    expect(dialed).toEqual({ ok: true });
    expect(seen[0]).toBe('connecting/idle');
    expect(seen).toContain('ready/idle');
    expect(seen.at(-1)).toBe('ready/connected');
  });
});
