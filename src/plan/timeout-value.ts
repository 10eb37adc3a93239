/**
 * A timeout as every message and report says it: `5 s`, or `default` for no override (the platform
 * default applies). One phrasing, for the apply's own messages and every renderer.
 */
export function formatTimeout(value: number | null): string {
  return value === null ? 'default' : `${value} s`;
}
