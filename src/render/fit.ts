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

/** What fitting needs to know of a column's cells, gathered in one pass over the rows. */
export interface ColumnMeasure {
  /** The widest cell, the title included. */
  natural: number;
  /** The widest cell in the column's short form, the title included (the title alone without one). */
  short: number;
  /** Whether any row has a non-empty cell here (a column empty for a whole table can be left out). */
  filled: boolean;
}

/** The kept columns and their widths: enough to cut any row of the table measured. */
export interface TableFit {
  /** Indexes of the kept columns, in order. */
  keep: number[];
  /** The width of each kept column. */
  widths: number[];
  /** The short form of each kept column narrowed below its widest cell, else undefined. */
  shorts: (((cell: string) => string) | undefined)[];
}

/** Spaces before a row and between columns, as the text plan lays them out. */
export const INDENT = 2;
export const GAP = 2;

/**
 * Each column's widths, the rows visited once and none kept: a table of 100,000 rows can be laid
 * out from cells made again row by row, and no width is a call with an argument per row (which
 * overflows the stack past about 150,000).
 */
export function measure(
  specs: readonly ColumnSpec[],
  rows: Iterable<readonly string[]>,
): ColumnMeasure[] {
  const measures = specs.map((s) => {
    const title = width(s.title);
    return { natural: title, short: title, filled: false };
  });
  for (const cells of rows) {
    for (const [i, m] of measures.entries()) {
      const cell = cells[i] ?? '';
      const short = specs[i]?.short;
      m.natural = Math.max(m.natural, width(cell));
      if (short !== undefined) m.short = Math.max(m.short, width(short(cell)));
      if (cell !== '') m.filled = true;
    }
  }
  return measures;
}

/** Which columns stay and how wide each is, for a table measured by `measure` with the same specs. */
export function fitWidths(
  specs: readonly ColumnSpec[],
  measures: readonly ColumnMeasure[],
  maxWidth: number,
): TableFit {
  let keep = specs.map((_, i) => i);
  const natural = measures.map((m) => m.natural);
  // A column with a short form shrinks to that form whole before any cell of it is cut.
  const floors = specs.map((s, i) =>
    Math.min(natural[i] ?? 0, Math.max(s.min, measures[i]?.short ?? 0)),
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
  return {
    keep,
    widths: keep.map((i) => widths[i] ?? 0),
    // Every cell of a narrowed column in its short form, so the column reads alike.
    shorts: keep.map((i) => ((widths[i] ?? 0) < (natural[i] ?? 0) ? specs[i]?.short : undefined)),
  };
}

/** A row (or the header) cut to the kept columns, each cell to its column's width. */
export function cutRow(fit: TableFit, cells: readonly string[]): string[] {
  return fit.keep.map((i, k) => {
    const cell = cells[i] ?? '';
    const short = fit.shorts[k];
    return clamp(short === undefined ? cell : short(cell), fit.widths[k] ?? 0);
  });
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
