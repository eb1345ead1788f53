/**
 * An init script (run in every frame before its own scripts) that records the `targetOrigin` of every
 * `postMessage` made from that frame into `window.__postedTargets`, and the message's `type` (or `''`)
 * into `window.__postedTypes`.
 *
 * Why proxies: a cross-origin window's `postMessage` cannot be patched, so the windows a frame reaches
 * (`iframe.contentWindow`, `window.parent`, `event.source`) are handed out as one recording proxy each.
 * Every one of those paths gets the same proxy for the same window, so identity checks such as
 * `event.source === iframe.contentWindow` compare exactly as they would without the script.
 * Serialised by Playwright: it must not close over anything.
 */
export function recordPostMessage(): void {
  const targets: string[] = [];
  const types: string[] = [];
  Object.defineProperty(window, '__postedTargets', { value: targets });
  Object.defineProperty(window, '__postedTypes', { value: types });
  const targetOf = (arg: unknown): string => {
    if (typeof arg === 'string') return arg;
    if (typeof arg === 'object' && arg !== null && 'targetOrigin' in arg) return String(arg.targetOrigin);
    return '/';
  };
  const record = (message: unknown, targetArg: unknown): void => {
    targets.push(targetOf(targetArg));
    types.push(
      typeof message === 'object' && message !== null && 'type' in message ? String(message.type) : '',
    );
  };

  type Post = (message: unknown, ...rest: unknown[]) => void;
  const ownPost = window.postMessage.bind(window) as Post;
  Object.defineProperty(window, 'postMessage', {
    configurable: true,
    writable: true,
    value: (message: unknown, ...rest: unknown[]) => {
      record(message, rest[0]);
      ownPost(message, ...rest);
    },
  });

  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || value === window) return value;
    if (typeof MessagePort !== 'undefined' && value instanceof MessagePort) return value;
    let proxy = proxies.get(value);
    if (proxy === undefined) {
      const real = value as { postMessage: Post };
      const post: Post = (message, ...rest) => {
        record(message, rest[0]);
        real.postMessage(message, ...rest);
      };
      proxy = new Proxy(value, {
        get: (target, key) => {
          if (key === 'postMessage') return post;
          const property: unknown = Reflect.get(target, key);
          // Methods must run on the real window, not on the proxy.
          return typeof property === 'function' ? property.bind(target) : property;
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };

  const wrapGetter = (owner: object, key: string): void => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, key);
    const get = descriptor?.get;
    if (descriptor === undefined || get === undefined) return;
    Object.defineProperty(owner, key, {
      configurable: true,
      enumerable: descriptor.enumerable ?? true,
      get(this: unknown) {
        return wrap(get.call(this));
      },
    });
  };
  wrapGetter(HTMLIFrameElement.prototype, 'contentWindow');
  wrapGetter(MessageEvent.prototype, 'source');
  wrapGetter(window, 'parent');
  wrapGetter(window, 'top');
}
