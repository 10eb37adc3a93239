/**
 * "Did you mean" candidates: the closest strings by edit distance, ignoring case, close enough to
 * be a plausible typo (at most a third of the longer string differs).
 */
export function suggest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { candidate: string; distance: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const hay = candidate.toLowerCase();
    // "timeout" for "timeoutSeconds": a truncated key is as plausible as a typo.
    if (needle.length >= 4 && hay.startsWith(needle) && hay !== needle) {
      scored.push({ candidate, distance: 1 });
      continue;
    }
    const limit = Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3));
    if (Math.abs(needle.length - hay.length) > limit) continue;
    const distance = editDistance(needle, hay, limit);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** `["a", "b", "c"]` → `"a", "b" or "c"`. */
export function quoteList(items: readonly string[], conjunction = 'or'): string {
  const quoted = items.map((item) => JSON.stringify(item));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
