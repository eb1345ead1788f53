/**
 * The bus URL when the page names none: the same server under the other loopback name, which is another
 * origin (`127.0.0.1` ↔ `localhost`), so one `vite` serves both sides of a cross-origin demo.
 */
export function defaultBusUrl(location: Pick<Location, 'protocol' | 'hostname' | 'port'>): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}:${location.port}/`;
}
