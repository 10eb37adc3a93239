import type { Plan, PlanEntry, PlanOp, PlanProblem } from '../plan/types.js';
import { plural, thousands } from '../util/plural.js';
import { FLOWS_AS_OF, flowEvidenceTexts, latencyCell } from './flows.js';
import { cutRow, fitWidths, GAP, INDENT, measure, type ColumnSpec } from './fit.js';
import {
  clamp,
  countPhrases,
  flatten,
  formatChange,
  groupEntries,
  shortFingerprint,
  width,
} from './format.js';
import { selectWarnings } from './problem-summary.js';

export interface TextOptions {
  /** ANSI colour; the caller decides (a TTY, NO_COLOR), this module never looks. */
  color: boolean;
  /** List unchanged rows in the table instead of only counting them. */
  showUnchanged?: boolean;
  /** Every warning and every unmanaged row; otherwise those about what does not change are counted. */
  verbose?: boolean;
  /** The width tables must fit (the terminal's); no limit when absent (the CLI always says). */
  columns?: number;
}

/** Unmanaged rows listed before the rest are counted (all of them with `verbose`). */
export const UNMANAGED_SHOWN = 10;

// A 5,000-character name would push every other column off screen; these keep a row on one line
// of a wide terminal while leaving real names (rarely over 60 characters) intact.
const NAME_MAX = 60;
const INTEGRATION_MAX = 40;
const REASON_MAX = 100;
const HEADER_MAX = 200;
const MESSAGE_MAX = 1_000;

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'magenta';
type Paint = (style: Style | undefined, text: string) => string;

const SGR: Record<Style, readonly [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  magenta: [35, 39],
};

const OPS: Record<PlanOp, { symbol: string; style: Style | undefined }> = {
  set: { symbol: '+', style: 'green' },
  update: { symbol: '~', style: 'yellow' },
  reset: { symbol: '-', style: 'magenta' },
  unchanged: { symbol: '=', style: 'dim' },
  unmanaged: { symbol: '?', style: undefined },
};

/** The plan for a terminal: an aligned table, problems, and a closing line like Terraform's. */
export function renderText(plan: Plan, options: TextOptions): string {
  return [...renderTextChunks(plan, options)].join('');
}

/**
 * The same text as renderText, a line at a time: a table of 100,000 rows is laid out from its rows'
 * cells made twice (once to measure, once to write) and never held, nor is any list of its lines.
 */
export function* renderTextChunks(plan: Plan, options: TextOptions): Generator<string> {
  for (const line of textLines(plan, options)) yield `${line}\n`;
}

function* textLines(plan: Plan, options: TextOptions): Generator<string> {
  const paint = painter(options.color);
  const columns = options.columns ?? Infinity;
  const groups = groupEntries(plan.entries);
  yield paint('bold', `gc-timeouts plan for ${clean(plan.label, HEADER_MAX)}`);
  yield `Manifest ${clean(plan.manifest, HEADER_MAX)} · ${where(plan)}`;

  const rows = options.showUnchanged ? [...groups.changes, ...groups.unchanged] : groups.changes;
  if (rows.length > 0) {
    yield '';
    yield* table(rows, paint, columns);
  }
  const flows = flowLines(groups.changes, columns);
  if (flows.length > 0)
    yield* ['', `Flows that use the changed actions, ${FLOWS_AS_OF}:`, ...flows];
  if (!options.showUnchanged && groups.unchanged.length > 0) {
    yield* ['', paint('dim', `  ${plural(groups.unchanged.length, 'unchanged row')} not shown`)];
  }
  if (groups.unmanaged.length > 0) {
    yield '';
    yield* unmanaged(groups.unmanaged, paint, options);
  }
  yield* problems(plan, paint, options.verbose === true);
  yield* ['', ...closing(plan, paint)];
}

/** Notes, errors and warnings after a blank line, one at a time (with --verbose, maybe thousands). */
function* problems(plan: Plan, paint: Paint, verbose: boolean): Generator<string> {
  const warnings = selectWarnings(plan, verbose);
  const count =
    plan.notes.length + plan.errors.length + warnings.shown.length + warnings.summaries.length;
  if (count === 0) return;
  yield '';
  for (const n of plan.notes) yield `${paint('dim', 'Note:')} ${clean(n, MESSAGE_MAX)}`;
  for (const p of plan.errors) yield problem(p, paint('red', 'Error:'));
  for (const p of warnings.shown) yield problem(p, paint('yellow', 'Warning:'));
  for (const line of warnings.summaries) yield `${paint('yellow', 'Warning:')} ${line}`;
}

/** The region, and the API host when it is not the region's own name (a proxy, the simulator). */
function where(plan: Plan): string {
  const region = `region ${clean(plan.region, HEADER_MAX)}`;
  const host = plan.apiHost;
  return host === undefined || host === plan.region
    ? region
    : `${region} · API ${clean(host, HEADER_MAX)}`;
}

function* unmanaged(
  entries: readonly PlanEntry[],
  paint: Paint,
  options: TextOptions,
): Generator<string> {
  const all = options.verbose === true || entries.length <= UNMANAGED_SHOWN + 1;
  const shown = all ? entries : entries.slice(0, UNMANAGED_SHOWN);
  yield 'Not in the manifest (unmanaged):';
  yield* table(shown, paint, options.columns ?? Infinity);
  if (!all) {
    const more = thousands(entries.length - shown.length);
    yield paint('dim', `  … and ${more} more unmanaged actions (--verbose lists them)`);
  }
}

// Which columns give way first when a terminal is narrow: the evidence to its p99 alone, the
// reason, then names (never below a readable stub); the operation and the change never shrink.
const COLUMNS: ColumnSpec[] = [
  { title: 'OP', min: 0 },
  { title: 'ACTION', min: 16, shrink: 5 },
  { title: 'INTEGRATION', min: 12, shrink: 3, drop: 5 },
  { title: 'FIELD', min: 14, shrink: 4, drop: 4 },
  { title: 'TIMEOUT', min: 0 },
  { title: 'P99', min: 6, shrink: 0, drop: 2, short: (cell) => cell.split(' · ')[0] ?? cell },
  { title: 'LINE', min: 0, drop: 3 },
  { title: 'REASON', min: 12, shrink: 1, drop: 1 },
];

/** The columns before these are in every table. */
const OPTIONAL_FROM = 5;

function cellsOf(e: PlanEntry): string[] {
  return [
    `${OPS[e.op].symbol} ${e.op}`,
    clean(e.actionName, NAME_MAX),
    clean(e.integrationName, INTEGRATION_MAX),
    e.field,
    formatChange(e),
    latencyCell(e),
    e.line === null ? '' : String(e.line),
    clean(e.reason ?? '', REASON_MAX),
  ];
}

/**
 * The table in two passes over the entries, their cells made anew in each: the first measures the
 * columns, the second writes each row as it is laid out. Held, the cells of 100,000 rows, their
 * fitted copy and the lines cost about 260 MiB, twice the plan itself.
 */
function* table(entries: readonly PlanEntry[], paint: Paint, columns: number): Generator<string> {
  const measures = measure(COLUMNS, mapped(entries, cellsOf));
  // P99, LINE and REASON are often empty for a whole table (unmanaged rows have none of them).
  const present = measures.map((m, i) => i < OPTIONAL_FROM || m.filled);
  const pick = <T>(list: readonly T[]): T[] => list.filter((_, i) => present[i]);
  const fit = fitWidths(pick(COLUMNS), pick(measures), columns);
  const layout = (cells: string[], styles: (Style | undefined)[]): string =>
    `${' '.repeat(INDENT)}${cells
      .map((cell, i) => {
        const padded = i === cells.length - 1 ? cell : pad(cell, fit.widths[i] ?? 0);
        return paint(styles[i], padded);
      })
      .join(' '.repeat(GAP))}`.trimEnd();
  const header = cutRow(fit, pick(COLUMNS.map((c) => c.title)));
  yield layout(
    header,
    header.map((): Style => 'dim'),
  );
  for (const e of entries) yield layout(cutRow(fit, pick(cellsOf(e))), [OPS[e.op].style]);
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * One line per changed action with flows read: "Name (Integration): used by 2 flows: …"; the
 * actions no flow uses share one line, which on a large change is most of them.
 */
function flowLines(changes: readonly PlanEntry[], columns: number): string[] {
  const seen = new Set<string>();
  const unused: string[] = [];
  const lines = changes.flatMap((e) => {
    const [used, ...more] = flowEvidenceTexts(e);
    if (used === undefined || seen.has(e.actionId)) return [];
    seen.add(e.actionId);
    const who = `${clean(e.actionName, NAME_MAX)} (${clean(e.integrationName, INTEGRATION_MAX)})`;
    if (used === NO_FLOW && more.length === 0) {
      unused.push(clean(e.actionName, NAME_MAX));
      return [];
    }
    return [
      `  ${who}: ${clean(used, MESSAGE_MAX)}`,
      ...more.map((m) => `    ${clean(m, MESSAGE_MAX)}`),
    ];
  });
  return unused.length === 0 ? lines : [...lines, unusedLine(unused, columns)];
}

const NO_FLOW = 'used by no flow';

/** "5 actions used by no flow: A, B and 3 more", naming as many as fit on one line (one at least). */
function unusedLine(names: readonly string[], columns: number): string {
  const head = `  ${plural(names.length, 'action')} ${NO_FLOW}: `;
  for (let n = names.length; n > 1; n--) {
    const rest = names.length - n;
    const line = head + names.slice(0, n).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
    if (width(line) <= columns) return line;
  }
  const rest = names.length - 1;
  return head + (names[0] ?? '') + (rest > 0 ? ` and ${rest} more` : '');
}

function problem(p: PlanProblem, prefix: string): string {
  const where = p.line === null ? '' : `line ${p.line}: `;
  return `${prefix} ${where}${clean(p.message, MESSAGE_MAX)}`;
}

function closing(plan: Plan, paint: Paint): string[] {
  const { counts } = plan;
  if (counts.changes === 0 && counts.errors === 0) {
    return [paint('bold', 'No changes.') + ' The org matches the manifest.'];
  }
  const lines = [
    `${paint('bold', 'Plan:')} ${countPhrases(counts).join(', ')}. Fingerprint ${shortFingerprint(plan.fingerprint)}.`,
  ];
  if (counts.errors > 0) {
    lines.push(paint('red', `${plural(counts.errors, 'error')}: the plan cannot be applied.`));
  }
  return lines;
}

function clean(text: string, max: number): string {
  return clamp(flatten(text), max);
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function painter(color: boolean): Paint {
  return (style, text) => {
    if (!color || style === undefined || text === '') return text;
    const [open, close] = SGR[style];
    return `\x1b[${open}m${text}\x1b[${close}m`;
  };
}
