/**
 * A unified diff of two texts, for edits that change a few lines of a file (promote, set):
 * common lines are matched by a longest common subsequence of the changed region, and each hunk
 * shows `context` lines around its changes. Pure; the caller prints it.
 */
export function unifiedDiff(before: string, after: string, path: string, context = 2): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  const ops = lineOps(a, b);
  const hunks = hunksOf(ops, context);
  const body = hunks.flatMap((hunk) => [
    `@@ -${hunk.aStart + 1},${hunk.aCount} +${hunk.bStart + 1},${hunk.bCount} @@`,
    ...hunk.lines,
  ]);
  return `${[`--- ${path}`, `+++ ${path}`, ...body].join('\n')}\n`;
}

type Op = { kind: ' ' | '-' | '+'; text: string; a: number; b: number };

/** The edit script: common prefix and suffix kept, the middle by LCS (bounded, else replaced). */
function lineOps(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: ' ', text: a[i] ?? '', a: i, b: i });
  ops.push(...middle(a.slice(start, endA), b.slice(start, endB), start, start));
  for (let i = 0; i < a.length - endA; i++)
    ops.push({ kind: ' ', text: a[endA + i] ?? '', a: endA + i, b: endB + i });
  return ops;
}

function middle(a: readonly string[], b: readonly string[], offA: number, offB: number): Op[] {
  const ops: Op[] = [];
  if (a.length * b.length > 4_000_000) {
    a.forEach((text, i) => ops.push({ kind: '-', text, a: offA + i, b: offB }));
    b.forEach((text, j) => ops.push({ kind: '+', text, a: offA + a.length, b: offB + j }));
    return ops;
  }
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i]!, a: offA + i++, b: offB + j++ });
    } else if (i < a.length && (j === b.length || table[i + 1]![j]! >= table[i]![j + 1]!)) {
      // Removals before additions, as diff(1) writes a changed line.
      ops.push({ kind: '-', text: a[i]!, a: offA + i++, b: offB + j });
    } else {
      ops.push({ kind: '+', text: b[j]!, a: offA + i, b: offB + j++ });
    }
  }
  return ops;
}

interface Hunk {
  aStart: number;
  bStart: number;
  aCount: number;
  bCount: number;
  lines: string[];
}

function hunksOf(ops: readonly Op[], context: number): Hunk[] {
  const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  const hunks: Hunk[] = [];
  let from = -1;
  let to = -1;
  const flush = (): void => {
    const slice = ops.slice(from, to + 1);
    const first = slice[0];
    if (first === undefined) return;
    hunks.push({
      aStart: first.a,
      bStart: first.b,
      aCount: slice.filter((op) => op.kind !== '+').length,
      bCount: slice.filter((op) => op.kind !== '-').length,
      lines: slice.map((op) => `${op.kind}${op.text}`),
    });
  };
  for (const at of changed) {
    const lo = Math.max(0, at - context);
    const hi = Math.min(ops.length - 1, at + context);
    if (from >= 0 && lo <= to + 1) to = hi;
    else {
      if (from >= 0) flush();
      from = lo;
      to = hi;
    }
  }
  if (from >= 0) flush();
  return hunks;
}
