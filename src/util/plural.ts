/** "1 error", "3 errors": counts in messages read as a person would write them. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
