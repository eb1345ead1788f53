import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Where {@link buildDemo} put each app. */
export interface DemoBuild {
  readonly desktopDir: string;
  readonly busDir: string;
}

/** Builds one app with its own Vite config (production) into `outDir`. */
async function buildApp(app: string, outDir: string): Promise<void> {
  const root = join(repo, 'apps', app);
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Builds the agent desktop and the bus simulator (production) into `outDir/desktop` and `outDir/bus`. */
export async function buildDemo(outDir: string): Promise<DemoBuild> {
  const desktopDir = join(outDir, 'desktop');
  const busDir = join(outDir, 'bus');
  // Vitest sets NODE_ENV=test, which Vite keeps: React's development build (several times the CPU per
  // page) would be bundled. The demo is served as its users get it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await Promise.all([buildApp('agent-desktop', desktopDir), buildApp('bus-simulator', busDir)]);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return { desktopDir, busDir };
}
