import { clamp, width } from './format.js';

/**
 * Fitting a table to a terminal's width without ever breaking a row: columns shrink in a set
 * order down to their least useful width (cells then end in an ellipsis), and when that is not
 * enough the least needed columns go. Pure; the caller says how wide the screen is.
 */

export interface ColumnSpec {
  title: string;
  /** Narrowest this column may become; equal to its natural width, it never shrinks. */
  min: number;
  /** Lower shrinks first; undefined never shrinks. */
  shrink?: number;
  /** Lower goes first when shrinking is not enough; undefined never goes. */
  drop?: number;
  /** A shorter form of a cell (the p99 without its failure share) used before cutting it. */
  short?: (cell: string) => string;
}

export interface FittedTable {
  /** Indexes of the kept columns, in order. */
  keep: number[];
  widths: number[];
  /** Header and rows, cut to their widths and to the kept columns. */
  header: string[];
  rows: string[][];
}

/** Spaces before a row and between columns, as the text plan lays them out. */
export const INDENT = 2;
export const GAP = 2;

export function fitTable(
  specs: readonly ColumnSpec[],
  rows: readonly (readonly string[])[],
  maxWidth: number,
): FittedTable {
  let keep = specs.map((_, i) => i);
  const widest = (i: number, cell: (c: string) => string): number =>
    Math.max(width(specs[i]?.title ?? ''), ...rows.map((cells) => width(cell(cells[i] ?? ''))));
  const natural = specs.map((_, i) => widest(i, (c) => c));
  // A column with a short form shrinks to that form whole before any cell of it is cut.
  const floors = specs.map((s, i) =>
    Math.min(natural[i] ?? 0, Math.max(s.min, s.short ? widest(i, s.short) : width(s.title))),
  );
  let widths = shrink(specs, natural, floors, keep, maxWidth);
  const dropOrder = specs
    .map((s, i) => ({ i, drop: s.drop }))
    .filter((d): d is { i: number; drop: number } => d.drop !== undefined)
    .sort((a, b) => a.drop - b.drop);
  for (const { i } of dropOrder) {
    if (total(widths, keep) <= maxWidth) break;
    keep = keep.filter((k) => k !== i);
    widths = shrink(specs, natural, floors, keep, maxWidth);
  }
  const cut = (cells: readonly string[]): string[] =>
    keep.map((i) => {
      const cell = cells[i] ?? '';
      const max = widths[i] ?? 0;
      const short = specs[i]?.short;
      // Every cell of a narrowed column in its short form, so the column reads alike.
      if (max < (natural[i] ?? 0) && short !== undefined) return clamp(short(cell), max);
      return clamp(cell, max);
    });
  return {
    keep,
    widths: keep.map((i) => widths[i] ?? 0),
    header: cut(specs.map((s) => s.title)),
    rows: rows.map(cut),
  };
}

function total(widths: readonly number[], keep: readonly number[]): number {
  return INDENT + keep.reduce((sum, i) => sum + (widths[i] ?? 0), 0) + GAP * (keep.length - 1);
}

function shrink(
  specs: readonly ColumnSpec[],
  natural: readonly number[],
  floors: readonly number[],
  keep: readonly number[],
  maxWidth: number,
): number[] {
  const widths = [...natural];
  const order = keep
    .filter((i) => specs[i]?.shrink !== undefined)
    .sort((a, b) => (specs[a]?.shrink ?? 0) - (specs[b]?.shrink ?? 0));
  for (const i of order) {
    const excess = total(widths, keep) - maxWidth;
    if (excess <= 0) break;
    widths[i] = Math.max(floors[i] ?? 0, (widths[i] ?? 0) - excess);
  }
  return widths;
}

/** Columns for a table: the terminal's, else COLUMNS, else a width that reads well in a log or a file. */
export const DEFAULT_COLUMNS = 120;

export function tableColumns(
  stream: { isTTY?: boolean; columns?: number | undefined },
  env: NodeJS.ProcessEnv,
): number {
  if (stream.isTTY === true && stream.columns !== undefined && stream.columns > 0)
    return stream.columns;
  const fromEnv = Number(env['COLUMNS']);
  return Number.isInteger(fromEnv) && fromEnv >= 40 ? fromEnv : DEFAULT_COLUMNS;
}
