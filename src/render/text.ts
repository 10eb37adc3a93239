import type { Plan, PlanEntry, PlanOp, PlanProblem } from '../plan/types.js';
import { plural } from '../util/plural.js';
import { FLOWS_AS_OF, flowEvidenceTexts, latencyCell } from './flows.js';
import {
  clamp,
  countPhrases,
  flatten,
  formatChange,
  groupEntries,
  shortFingerprint,
  width,
} from './format.js';

export interface TextOptions {
  /** ANSI colour; the caller decides (a TTY, NO_COLOR), this module never looks. */
  color: boolean;
  /** List unchanged rows in the table instead of only counting them. */
  showUnchanged?: boolean;
}

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
  const paint = painter(options.color);
  const groups = groupEntries(plan.entries);
  const lines = [
    paint('bold', `gc-timeouts plan for ${clean(plan.label, HEADER_MAX)}`),
    `Manifest ${clean(plan.manifest, HEADER_MAX)} · region ${clean(plan.region, HEADER_MAX)}`,
  ];

  const rows = options.showUnchanged ? [...groups.changes, ...groups.unchanged] : groups.changes;
  if (rows.length > 0) lines.push('', ...table(rows, paint));
  const flows = flowLines(groups.changes);
  if (flows.length > 0)
    lines.push('', `Flows that use the changed actions, ${FLOWS_AS_OF}:`, ...flows);
  if (!options.showUnchanged && groups.unchanged.length > 0) {
    lines.push('', paint('dim', `  ${plural(groups.unchanged.length, 'unchanged row')} not shown`));
  }
  if (groups.unmanaged.length > 0) {
    lines.push('', 'Not in the manifest (unmanaged):', ...table(groups.unmanaged, paint));
  }

  const problems = [
    ...plan.notes.map((n) => `${paint('dim', 'Note:')} ${clean(n, MESSAGE_MAX)}`),
    ...plan.errors.map((p) => problem(p, paint('red', 'Error:'))),
    ...plan.warnings.map((p) => problem(p, paint('yellow', 'Warning:'))),
  ];
  if (problems.length > 0) lines.push('', ...problems);

  lines.push('', ...closing(plan, paint));
  return `${lines.join('\n')}\n`;
}

function table(entries: readonly PlanEntry[], paint: Paint): string[] {
  const allColumns = ['OP', 'ACTION', 'INTEGRATION', 'FIELD', 'TIMEOUT', 'P99', 'LINE', 'REASON'];
  const allRows = entries.map((e) => [
    `${OPS[e.op].symbol} ${e.op}`,
    clean(e.actionName, NAME_MAX),
    clean(e.integrationName, INTEGRATION_MAX),
    e.field,
    formatChange(e),
    latencyCell(e),
    e.line === null ? '' : String(e.line),
    clean(e.reason ?? '', REASON_MAX),
  ]);
  // P99, LINE and REASON are often empty for a whole table (unmanaged rows have none of them).
  const keep = allColumns.map((_, i) => i < 5 || allRows.some((cells) => cells[i] !== ''));
  const header = allColumns.filter((_, i) => keep[i]);
  const rows = allRows.map((cells) => cells.filter((_, i) => keep[i]));
  const widths = header.map((title, i) =>
    Math.max(width(title), ...rows.map((cells) => width(cells[i] ?? ''))),
  );
  const layout = (cells: string[], styles: (Style | undefined)[]): string =>
    `  ${cells
      .map((cell, i) => {
        const padded = i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0);
        return paint(styles[i], padded);
      })
      .join('  ')}`.trimEnd();
  return [
    layout(
      header,
      header.map((): Style => 'dim'),
    ),
    ...rows.map((cells, r) => layout(cells, [OPS[entries[r]?.op ?? 'unmanaged'].style])),
  ];
}

/** One line per changed action with flows read: "Name (Integration): used by 2 flows: …". */
function flowLines(changes: readonly PlanEntry[]): string[] {
  const seen = new Set<string>();
  return changes.flatMap((e) => {
    const [used, ...more] = flowEvidenceTexts(e);
    if (used === undefined || seen.has(e.actionId)) return [];
    seen.add(e.actionId);
    const who = `${clean(e.actionName, NAME_MAX)} (${clean(e.integrationName, INTEGRATION_MAX)})`;
    return [
      `  ${who}: ${clean(used, MESSAGE_MAX)}`,
      ...more.map((m) => `    ${clean(m, MESSAGE_MAX)}`),
    ];
  });
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
