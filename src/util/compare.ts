/**
 * Strings in code-unit order: the same on every machine and locale (localeCompare is not), so a
 * sorted plan, fingerprint or listing reads the same wherever it is made.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
