// The core's store on the simulated bus in plain Node (CommonJS): bring-up, a dial, the far side answers.
const { createDialerStore } = require('@dialer-kit/core');
const { createSimulatedBus } = require('@dialer-kit/simulator');

const bus = createSimulatedBus({ session: 'restored' });
// Node has no `location`: the origin sent in REGISTER is given.
const store = createDialerStore({
  transport: bus.transport,
  appName: 'node',
  release: '1.0.0',
  origin: 'https://desk.example.com',
});
const seen = [];
let dialed;
let done = false;
store.subscribe((state) => {
  if (done) return;
  const step = `${state.connection}/${state.call.status}`;
  if (seen.at(-1) !== step) seen.push(step);
  // Dials once the bus is ready and the agent's lines are known (before that the store refuses: no line).
  if (state.connection === 'ready' && state.call.status === 'idle' && dialed?.ok !== true) {
    dialed = store.actions.dial('+14155550100');
  }
  if (state.call.status === 'ringing') bus.remoteAnswers();
  if (state.call.status === 'connected') {
    // dispose() closes the store at once: this listener hears `closed` inside it, and must not report twice.
    done = true;
    store.dispose();
    console.log(JSON.stringify({ dialed, seen }));
    process.exit(0);
  }
});
store.start();
setTimeout(() => {
  console.log(JSON.stringify({ timedOut: true, seen }));
  process.exit(1);
}, 10_000);
