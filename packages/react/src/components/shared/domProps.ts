/** Joins class names, skipping empty ones: `cx('dk-button', className)`. */
export function cx(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** A present/absent `data-*` flag: `''` when true, `undefined` (attribute absent) when false. */
export function flag(on: boolean): '' | undefined {
  return on ? '' : undefined;
}

/** Joins element ids for `aria-describedby`, or `undefined` when there are none. */
export function joinIds(...ids: readonly (string | false | null | undefined)[]): string | undefined {
  const joined = cx(...ids);
  return joined === '' ? undefined : joined;
}
