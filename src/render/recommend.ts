import { flowsBelowP99, type RecommendationTable, type RecommendNotes } from '../plan/recommend.js';
import { isChange, type Plan } from '../plan/types.js';
import { plural } from '../util/plural.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import { cutRow, fitWidths, GAP, INDENT, measure, type ColumnSpec } from './fit.js';
import { clamp, flatten, formatChange } from './format.js';
import { formatTimeout } from '../plan/timeout-value.js';

/** The recommendation, as a terminal table and as a collapsed section of the PR comment. */

const NAME_MAX = 60;

function clean(text: string, max: number): string {
  return clamp(flatten(text), max);
}

/** "Recommended timeouts: 5 changes, 2 values kept for want of runs". */
export function recommendHeading(table: RecommendationTable): string {
  const { changes, thin } = table.counts();
  const parts = [plural(changes, 'change')];
  if (thin > 0) parts.push(`${plural(thin, 'value')} kept for want of runs`);
  return `Recommended timeouts: ${parts.join(', ')}`;
}

const SYMBOL: Partial<Record<Plan['entries'][number]['op'], string>> = {
  set: '+',
  update: '~',
  reset: '-',
};

const PLANNED_COLUMNS: ColumnSpec[] = [
  { title: '', min: 0 },
  { title: 'ACTION', min: 16, shrink: 3 },
  { title: 'INTEGRATION', min: 12, shrink: 2, drop: 2 },
  { title: 'FIELD', min: 14, shrink: 4, drop: 3 },
  { title: 'TIMEOUT', min: 0 },
  { title: 'WHY', min: 20, shrink: 1, drop: 1 },
];

/**
 * The recommendation at a terminal, from the plan of the manifest as --write would leave it: the
 * rows, their count and their "from" (the org's value) are that plan's, so what is shown is what
 * is written and then applied. Each row says why (p99 × headroom, the bound that held it, flows
 * that wait less than the p99 of their own); values kept for want of runs are counted.
 */
export function* recommendPlanTextChunks(
  notes: RecommendNotes,
  plan: Plan,
  columns = Infinity,
): Generator<string> {
  const parts = [plural(plan.counts.changes, 'change') + ' to the org'];
  if (notes.thin > 0) parts.push(`${plural(notes.thin, 'value')} kept for want of runs`);
  yield `Recommended timeouts: ${parts.join(', ')}\n`;
  // Two passes over the plan, each row's cells made anew in each (the first measures, the second
  // writes): held, the cells, their fitted copies and the lines of 100,000 rows were over 100 MB.
  const rows = function* (): Generator<string[]> {
    for (const e of plan.entries) {
      if (!isChange(e.op)) continue;
      const note = notes.note(e.field, e.actionId) ?? 'already in the manifest, not yet applied';
      const flows = flowsBelowP99(e).filter((f) => !note.includes(f));
      yield [
        SYMBOL[e.op] ?? '~',
        clean(e.actionName, NAME_MAX),
        clean(e.integrationName, 40),
        e.field,
        formatChange(e),
        clean([note, ...flows].join('; '), 400),
      ];
    }
  };
  const fit = fitWidths(PLANNED_COLUMNS, measure(PLANNED_COLUMNS, rows()), columns);
  for (const cells of rows()) {
    const fitted = cutRow(fit, cells);
    const line = fitted
      .map((c, i) => (i < fitted.length - 1 ? c.padEnd(fit.widths[i] ?? 0) : c))
      .join(' '.repeat(GAP));
    yield `${' '.repeat(INDENT)}${line}`.trimEnd() + '\n';
  }
}

/** The PR comment's section: the recommendation, or why there is none (no latency evidence). */
export function renderRecommendSection(table: RecommendationTable | undefined): string {
  return table === undefined
    ? '<details><summary>Recommended timeouts: no observed latency to recommend from</summary>\n\nThe plan has no latency evidence (analytics unavailable, or no managed action ran).\n\n</details>'
    : renderRecommendMarkdown(table);
}

/** A `<details>` block for the PR comment: collapsed, so the plan stays what a reviewer reads first. */
export function renderRecommendMarkdown(table: RecommendationTable, maxRows = 200): string {
  if (table.size === 0) return '';
  const header = [
    '| Action | Integration | Field | Manifest | Recommended | Evidence |',
    '| --- | --- | --- | ---: | ---: | --- |',
  ];
  // Only the rows shown are made into objects: the rest stay columns.
  const rows = table
    .rows(maxRows)
    .map(
      (r) =>
        `| ${escapeMarkdown(clean(r.actionName, 200))} | ${escapeMarkdown(clean(r.integrationName, 200))} | ${inlineCode(r.field)} | ${formatTimeout(r.current)} | ${r.status === 'change' ? `**${formatTimeout(r.recommended)}**` : formatTimeout(r.recommended)} | ${escapeMarkdown(clean(r.note, 300))} |`,
    );
  const more = table.size > maxRows ? `\n\n… and ${table.size - maxRows} more` : '';
  const how =
    'Run `gc-timeouts recommend --write` to put these values in the manifest (`--split-globs` for one entry per action of a glob).';
  return `<details><summary>${escapeMarkdown(recommendHeading(table))}</summary>\n\n${[...header, ...rows].join('\n')}${more}\n\n${how}\n\n</details>`;
}
