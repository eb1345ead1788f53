/** An object whose every read, key listing and prototype lookup throws: the worst a sender can hand over. */
export function throwingProxy(): object {
  return new Proxy(
    {},
    {
      get: () => {
        throw new Error('get');
      },
      getPrototypeOf: () => {
        throw new Error('proto');
      },
      ownKeys: () => {
        throw new Error('keys');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('descriptor');
      },
      has: () => {
        throw new Error('has');
      },
    },
  );
}
