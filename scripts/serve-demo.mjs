#!/usr/bin/env node
// Builds the agent desktop and the bus simulator (production) and serves both with `vite preview`:
// the agent desktop on 127.0.0.1:$DEMO_PORT (5173), the bus on 127.0.0.1:$BUS_PORT (5174). Two ports are
// two origins, so `?bus=frame` shows the kit talking to a bus iframe across origins. Runs until Ctrl-C.
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

/** Reads a port from the environment, or exits with a clear message. */
function portFrom(name, fallback) {
  const raw = process.env[name] ?? String(fallback);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${name}=${raw} is not a port number (1 to 65535).`);
    process.exit(1);
  }
  return port;
}

const apps = [
  { name: 'agent desktop', dir: 'apps/agent-desktop', port: portFrom('DEMO_PORT', 5173), env: 'DEMO_PORT' },
  { name: 'bus simulator', dir: 'apps/bus-simulator', port: portFrom('BUS_PORT', 5174), env: 'BUS_PORT' },
];

if (apps[0].port === apps[1].port) {
  console.error(
    `DEMO_PORT and BUS_PORT must differ (both are ${apps[0].port}): each app needs its own origin.`,
  );
  process.exit(1);
}

/** Resolves when `port` can be listened on, rejects with the system's error otherwise. */
function probe(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, HOST, () => server.close(() => resolve()));
  });
}

// Checked before building, so a taken port fails in a second instead of after the build.
for (const app of apps) {
  try {
    await probe(app.port);
  } catch (error) {
    const why = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.code ?? error})`;
    console.error(
      `Port ${app.port} on ${HOST} ${why}: stop what uses it, or set ${app.env}=<another port> for the ${app.name}.`,
    );
    process.exit(1);
  }
}

const configOf = (app) => ({
  configFile: join(root, app.dir, 'vite.config.ts'),
  root: join(root, app.dir),
  mode: 'production',
});

for (const app of apps) {
  console.log(`building the ${app.name} (${app.dir})...`);
  await build({ ...configOf(app), logLevel: 'warn' });
}

const servers = [];
for (const app of apps) {
  try {
    servers.push(
      await preview({
        ...configOf(app),
        logLevel: 'warn',
        preview: { host: HOST, port: app.port, strictPort: true, open: false },
      }),
    );
  } catch (error) {
    console.error(`The ${app.name} could not be served on ${HOST}:${app.port}: ${error.message ?? error}`);
    await Promise.all(servers.map((server) => server.close()));
    process.exit(1);
  }
}

const desktop = `http://${HOST}:${apps[0].port}/`;
const bus = `http://${HOST}:${apps[1].port}/`;
// The app's default bus URL is port 5174; any other port must be named in the query.
const frameQuery = apps[1].port === 5174 ? '?bus=frame' : `?bus=frame&busUrl=${encodeURIComponent(bus)}`;
console.log(`
agent desktop: ${desktop}
agent desktop on the bus iframe: ${desktop}${frameQuery}
bus simulator: ${bus}

Press Ctrl-C to stop.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // Open keep-alive connections may hold a close up: do not outwait them.
  setTimeout(() => process.exit(0), 1500).unref();
  await Promise.all(servers.map((server) => server.close()));
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
