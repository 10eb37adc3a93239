import { describe, expect, it } from 'vitest';
import { cutRow, fitWidths, measure, type ColumnSpec } from '../../src/render/fit.js';

/** The whole table fitted at once, held: the reference the streamed layout is held to. */
interface FittedTable {
  /** Indexes of the kept columns, in order. */
  keep: number[];
  widths: number[];
  /** Header and rows, cut to their widths and to the kept columns. */
  header: string[];
  rows: string[][];
}

function fitTable(
  specs: readonly ColumnSpec[],
  rows: readonly (readonly string[])[],
  maxWidth: number,
): FittedTable {
  const fit = fitWidths(specs, measure(specs, rows), maxWidth);
  return {
    keep: fit.keep,
    widths: fit.widths,
    header: cutRow(
      fit,
      specs.map((s) => s.title),
    ),
    rows: rows.map((cells) => cutRow(fit, cells)),
  };
}

const SPECS: ColumnSpec[] = [
  { title: 'OP', min: 0 },
  { title: 'NAME', min: 8, shrink: 2 },
  { title: 'P99', min: 4, shrink: 0, drop: 2, short: (cell) => cell.split(' · ')[0] ?? cell },
  { title: 'NOTE', min: 6, shrink: 1, drop: 1 },
];

const ROWS = [
  ['~', 'Get Customer Order', '11.2 s · 2.1 % failed', 'slow since March'],
  ['+', 'Score Lead', '900 ms', ''],
  ['-', 'Lookup', '', 'gone'],
];

describe('fitting a table to a width', () => {
  it('keeps every column at its widest cell when there is room', () => {
    const fitted = fitTable(SPECS, ROWS, 200);
    expect(fitted.keep).toEqual([0, 1, 2, 3]);
    expect(fitted.widths).toEqual([2, 18, 21, 16]);
    expect(fitted.header).toEqual(['OP', 'NAME', 'P99', 'NOTE']);
    expect(fitted.rows).toEqual(ROWS);
  });

  it('shrinks a column only by what is too wide, a column with a short form showing that form', () => {
    // 2 + 18 + 21 + 16, three gaps of 2 and an indent of 2 make 65: 5 too wide, all taken from P99,
    // whose cells then all read in their short form.
    const fitted = fitTable(SPECS, ROWS, 60);
    expect(fitted.widths).toEqual([2, 18, 16, 16]);
    expect(fitted.rows[0]).toEqual(['~', 'Get Customer Order', '11.2 s', 'slow since March']);
    expect(fitted.rows[1]).toEqual(['+', 'Score Lead', '900 ms', '']);
  });

  it('shrinks columns in order down to their floors, then drops the least needed', () => {
    const shrunk = fitTable(SPECS, ROWS, 30);
    expect(shrunk.keep).toEqual([0, 1, 2, 3]);
    // P99 to its short form (6), NOTE to its least (6), NAME to its least (8).
    expect(shrunk.widths).toEqual([2, 8, 6, 6]);
    expect(shrunk.rows[0]).toEqual(['~', 'Get Cus…', '11.2 s', 'slow …']);
    const dropped = fitTable(SPECS, ROWS, 20);
    expect(dropped.keep).toEqual([0, 1]);
    expect(dropped.widths).toEqual([2, 14]);
    expect(dropped.header).toEqual(['OP', 'NAME']);
    expect(dropped.rows[0]).toEqual(['~', 'Get Customer …']);
  });

  it('fits a table of 200,000 rows, the widest cells last, as it fits a small one', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [
      '~',
      `Action ${i}`,
      `${i % 900} ms · ${i % 7} % failed`,
      i % 2 === 0 ? 'even' : '',
    ]);
    rows.push(['+', 'The Longest Action Name', '12.5 s · 10 % failed', 'the widest note of all']);
    const wide = fitTable(SPECS, rows, 200);
    expect(wide.widths).toEqual([2, 23, 20, 22]);
    expect(wide.rows).toHaveLength(200_001);
    expect(wide.rows[199_999]).toEqual(['~', 'Action 199999', '199 ms · 2 % failed', '']);
    const narrow = fitTable(SPECS, rows, 60);
    expect(narrow.keep).toEqual([0, 1, 2, 3]);
    expect(narrow.widths).toEqual([2, 23, 6, 21]);
    expect(narrow.rows[200_000]).toEqual([
      '+',
      'The Longest Action Name',
      '12.5 s',
      'the widest note of a…',
    ]);
    expect(narrow.rows[3]).toEqual(['~', 'Action 3', '3 ms', '']);
  });

  it('measures a column of a million cells without running out of stack', () => {
    // Widths were Math.max(...cells): a call with one argument a row, past the stack's room at
    // about 150,000 rows in the CLI's main thread (4 MB worker stacks, as here, last to ~450,000).
    const names = Array.from({ length: 1_000 }, (_, i) => `Action ${i}`);
    const rows = Array.from({ length: 1_000_000 }, (_, i) => ['~', names[i % 1_000] ?? '', '', '']);
    rows.push(['+', 'The Longest Action Name', '', '']);
    const fitted = fitTable(SPECS, rows, 20);
    // As the old code fitted the same table of 100,000 rows: NOTE, empty, goes; P99 keeps its title.
    expect(fitted.keep).toEqual([0, 1, 2]);
    expect(fitted.widths).toEqual([2, 9, 3]);
    expect(fitted.header).toEqual(['OP', 'NAME', 'P99']);
    expect(fitted.rows[1_000_000]).toEqual(['+', 'The Long…', '']);
    expect(fitted.rows[999_999]).toEqual(['~', 'Action 9…', '']);
  });

  it('lays a table out from rows streamed once, as fitTable does from them all', () => {
    let visits = 0;
    function* once(): Generator<string[]> {
      visits++;
      yield* ROWS;
    }
    const measures = measure(SPECS, once());
    expect(visits).toBe(1);
    expect(measures).toEqual([
      { natural: 2, short: 2, filled: true },
      { natural: 18, short: 4, filled: true },
      { natural: 21, short: 6, filled: true },
      { natural: 16, short: 4, filled: true },
    ]);
    expect(measure(SPECS, [['~', '', '', '']]).map((m) => m.filled)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    for (const width of [200, 60, 30, 20, 8]) {
      const fit = fitWidths(SPECS, measures, width);
      const whole = fitTable(SPECS, ROWS, width);
      expect(fit.keep).toEqual(whole.keep);
      expect(fit.widths).toEqual(whole.widths);
      expect(ROWS.map((cells) => cutRow(fit, cells))).toEqual(whole.rows);
    }
  });
});
