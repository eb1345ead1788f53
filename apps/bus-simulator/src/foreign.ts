// A page the browser tests load in extra iframes (or in place of the bus) to play a hostile sender: the
// tests post from it with `frame.evaluate`; it only records what reaches it, to prove nothing leaks to it.
const received: unknown[] = [];
window.addEventListener('message', (event) => {
  received.push({ origin: event.origin, data: event.data });
});
Object.defineProperty(window, '__foreign', { value: { received } });
