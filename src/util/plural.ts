/** "1 error", "3 errors": counts in messages read as a person would write them. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * A count with thousands separators, `1,204`, as `toLocaleString('en-US')` writes a whole number.
 * Not that call: its first use loads ICU's number formatting, about 7 MiB of every run's memory,
 * for commas.
 */
export function thousands(n: number): string {
  const digits = String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 && digits !== '0' ? `-${digits}` : digits;
}
