import type { Plan, PlanOp, PlanProblem } from '../plan/types.js';
import { plural } from '../util/plural.js';
import { inlineCode } from './escape.js';
import { countPhrases, groupEntries } from './format.js';
import { formatTimeout } from '../plan/timeout-value.js';
import { planMarker } from '../github/marker.js';
import { planMarkerFields } from './plan-marker.js';
import { FLOWS_AS_OF, flowEvidenceTexts, latencyCell } from './flows.js';
import {
  SEE_ALL,
  blockCost,
  details,
  fit,
  fitList,
  join,
  lineCell,
  lineLinker,
  linesOf,
  longerThan,
  problemItem,
  problemList,
  row,
  type Lines,
  table,
  text,
  titled,
} from './markdown-blocks.js';

export interface MarkdownOptions {
  /** Hard limit on the result's length; GitHub refuses comments over 65,536 characters. */
  maxLength?: number;
  /** Heading text (plain text, escaped here); default `gc-timeouts plan for <label>`. */
  heading?: string;
  /** Links manifest lines to `${repoUrl}/blob/${ref}/${plan.manifest}#L${line}`. */
  links?: { repoUrl: string; ref: string };
  /** One line shown under the heading (plain text), e.g. why the live plan was skipped. */
  note?: string;
}

export const DEFAULT_MAX_LENGTH = 60_000;

// Cells stay readable and a single hostile name cannot eat the comment's budget.
const NAME_MAX = 200;
const REASON_MAX = 300;
const NOTE_MAX = 1_000;
const FLOWS_MAX = 1_000;

const OP_LABEL: Record<PlanOp, string> = {
  set: '➕ set',
  update: '🔄 update',
  reset: '↩️ reset',
  unchanged: 'unchanged',
  unmanaged: 'unmanaged',
};

/**
 * The change table's header: with observed latency (analytics) the reviewer sees the evidence next
 * to each new value, and with flows (dependency tracking) what the change touches.
 */
function changeHeader(latency: boolean, flows: boolean): string[] {
  const titles = ['Op', 'Action', 'Integration', 'Field', 'From', 'To'];
  const align = ['---', '---', '---', '---', '---:', '---:'];
  if (latency) {
    titles.push('Observed p99');
    align.push('---:');
  }
  titles.push('Manifest line', 'Reason');
  align.push('---:', '---');
  if (flows) {
    titles.push(`Used by (${FLOWS_AS_OF})`);
    align.push('---');
  }
  return [row(titles), row(align)];
}

const UNMANAGED_HEADER = [
  '| Action | Integration | Field | Live timeout |',
  '| --- | --- | --- | ---: |',
];
const UNCHANGED_HEADER = [
  '| Action | Integration | Field | Timeout | Manifest line |',
  '| --- | --- | --- | ---: | ---: |',
];

const SHORTENED = {
  noUnchanged: '_Shortened to fit the size limit: unchanged rows are counted, not listed._',
  someRows: `_Shortened to fit the size limit: not every row is listed ${SEE_ALL}._`,
  countsOnly: `_Shortened to fit the size limit: only counts and problems are shown ${SEE_ALL}._`,
};

/**
 * The plan as GitHub markdown, for the sticky PR comment and the job summary. Starts with the
 * hidden plan marker; never longer than `maxLength`, dropping detail in steps to get there.
 */
export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const parts = prepare(plan, options);
  for (const level of [complete, withoutUnchanged, someRows, countsOnly]) {
    const text = level(parts, max);
    if (text !== undefined && text.length <= max) return text;
  }
  return lastResort(parts, max);
}

/** Every piece: short ones rendered once, row and problem lists when a level asks for them. */
interface Parts {
  marker: string;
  /** Heading, note, region and manifest, counts. */
  top: string;
  status: string;
  changeHeader: string[];
  changes: Lines;
  unmanaged: Lines;
  unchanged: Lines;
  errors: Lines;
  warnings: Lines;
  /** The errors counted per kind: what is left when they cannot all be listed. */
  errorKinds: string;
  footer: string;
}

function prepare(plan: Plan, options: MarkdownOptions): Parts {
  const groups = groupEntries(plan.entries);
  const link = lineLinker(plan.manifest, options.links);
  const heading = options.heading ?? `gc-timeouts plan for ${plan.label}`;
  const manifest = text(plan.manifest, NAME_MAX);
  const manifestUrl = link(null);
  const top = [
    `### ${text(heading, NAME_MAX)}`,
    noteBlock([...(options.note === undefined ? [] : [options.note]), ...plan.notes]),
    `**Region** ${text(plan.region, NAME_MAX)} · **Manifest** ${
      manifestUrl === undefined ? manifest : `[${manifest}](${manifestUrl})`
    }`,
    countsLine(plan),
  ];
  const withLatency = groups.changes.some((e) => latencyCell(e) !== '');
  const withFlows = groups.changes.some((e) => flowEvidenceTexts(e).length > 0);
  return {
    marker: planMarker(planMarkerFields(plan)),
    top: join(top),
    status: status(plan),
    changeHeader: changeHeader(withLatency, withFlows),
    changes: linesOf(groups.changes, (e) =>
      row([
        OP_LABEL[e.op],
        text(e.actionName, NAME_MAX),
        text(e.integrationName, NAME_MAX),
        inlineCode(e.field),
        formatTimeout(e.from),
        formatTimeout(e.to),
        ...(withLatency ? [latencyCell(e)] : []),
        lineCell(e.line, link),
        text(e.reason ?? '', REASON_MAX),
        ...(withFlows ? [text(flowEvidenceTexts(e).join('; '), FLOWS_MAX)] : []),
      ]),
    ),
    unmanaged: linesOf(groups.unmanaged, (e) =>
      row([
        text(e.actionName, NAME_MAX),
        text(e.integrationName, NAME_MAX),
        inlineCode(e.field),
        formatTimeout(e.from),
      ]),
    ),
    unchanged: linesOf(groups.unchanged, (e) =>
      row([
        text(e.actionName, NAME_MAX),
        text(e.integrationName, NAME_MAX),
        inlineCode(e.field),
        formatTimeout(e.from),
        lineCell(e.line, link),
      ]),
    ),
    errors: linesOf(plan.errors, (p) => problemItem(p, link)),
    warnings: linesOf(plan.warnings, (p) => problemItem(p, link)),
    errorKinds: kindsLine(plan.errors),
    footer: `<sub>Fingerprint ${inlineCode(plan.fingerprint)} · gc-timeouts ${text(plan.tool.version, 50)}</sub>`,
  };
}

/** The document in its one order; the levels differ in the notice and in what the middle holds. */
function assemble(p: Parts, notice: string, rows: string[], problems: string[]): string {
  // The comment ends on the marker's line, so the heading can follow on the next one.
  return join([`${p.marker}\n${p.top}`, notice, p.status, ...rows, ...problems, p.footer]);
}

const UNMANAGED_TITLE = 'Not in the manifest (unmanaged)';

function allProblems(p: Parts): string[] {
  return [problemList('❌', 'error', p.errors), problemList('⚠️', 'warning', p.warnings)];
}

// Level 1: everything.
function complete(p: Parts, max: number): string | undefined {
  if (longerThan([p.changes, p.unmanaged, p.unchanged, p.errors, p.warnings], max))
    return undefined;
  return assemble(
    p,
    '',
    [
      table(p.changeHeader, p.changes),
      titled(UNMANAGED_TITLE, table(UNMANAGED_HEADER, p.unmanaged)),
      details(p.unchanged.length, table(UNCHANGED_HEADER, p.unchanged)),
    ],
    allProblems(p),
  );
}

// Level 2: unchanged rows only counted (the counts line has the number).
function withoutUnchanged(p: Parts, max: number): string | undefined {
  if (longerThan([p.changes, p.unmanaged, p.errors, p.warnings], max)) return undefined;
  return assemble(
    p,
    p.unchanged.length > 0 ? SHORTENED.noUnchanged : '',
    [
      table(p.changeHeader, p.changes),
      titled(UNMANAGED_TITLE, table(UNMANAGED_HEADER, p.unmanaged)),
    ],
    allProblems(p),
  );
}

// Level 3: as many change rows as fit, then as many unmanaged rows; problems in full.
function someRows(p: Parts, max: number): string | undefined {
  if (longerThan([p.errors, p.warnings], max)) return undefined;
  const problems = allProblems(p);
  let budget = max - assemble(p, SHORTENED.someRows, [], problems).length;
  const changes = fit(p.changeHeader, p.changes, budget, 'change');
  if (changes === undefined) return undefined;
  budget -= blockCost(changes);
  const titleCost = `#### ${UNMANAGED_TITLE}\n\n`.length;
  const unmanaged = fit(UNMANAGED_HEADER, p.unmanaged, budget - titleCost, 'unmanaged action');
  return assemble(
    p,
    SHORTENED.someRows,
    [changes, unmanaged === undefined ? '' : titled(UNMANAGED_TITLE, unmanaged)],
    problems,
  );
}

// Level 4: counts and as many problems as fit, errors first (the counts line has both numbers).
function countsOnly(p: Parts, max: number): string | undefined {
  let budget = max - assemble(p, SHORTENED.countsOnly, [], []).length;
  if (budget < 0) return undefined;
  const listed =
    !longerThan([p.errors], budget) && blockCost(problemList('❌', 'error', p.errors)) <= budget;
  const kinds = listed || blockCost(p.errorKinds) > budget ? '' : p.errorKinds;
  budget -= blockCost(kinds);
  const errors = fitList('❌', 'error', p.errors, budget) ?? '';
  budget -= blockCost(errors);
  const warnings = fitList('⚠️', 'warning', p.warnings, budget) ?? '';
  return assemble(p, SHORTENED.countsOnly, [], [kinds, errors, warnings]);
}

/** `**Errors by kind:** `unknown-name` 9000 · `policy` 1000`, the most frequent first. */
function kindsLine(errors: readonly PlanProblem[]): string {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  const kinds = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return kinds.length === 0
    ? ''
    : `**Errors by kind:** ${kinds.map(([code, n]) => `${inlineCode(code)} ${n}`).join(' · ')}`;
}

// When not even the counts fit (a tiny limit, a huge label), the marker still lets the apply step
// find the comment; cut as a last resort, which leaves a marker nobody can parse.
function lastResort(p: Parts, max: number): string {
  const candidates = [`${p.marker}\n**gc-timeouts plan**: too large to show ${SEE_ALL}.`, p.marker];
  const fitting = candidates.find((c) => c.length <= max);
  if (fitting !== undefined) return fitting;
  const cut = p.marker.slice(0, Math.max(0, max));
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** One GitHub note block for every note, or nothing. */
function noteBlock(notes: readonly string[]): string {
  if (notes.length === 0) return '';
  return `> [!NOTE]\n${notes.map((n) => `> ${text(n, NOTE_MAX)}`).join('\n>\n')}`;
}

function status(plan: Plan): string {
  const { changes, errors } = plan.counts;
  if (errors > 0) {
    const until = `until ${errors === 1 ? 'it is' : 'they are'} fixed.`;
    const none = changes === 0 ? ' No changes are planned.' : '';
    return `**The plan has ${plural(errors, 'error')} and cannot be applied** ${until}${none}`;
  }
  return changes === 0 ? '**No changes.** The org matches the manifest.' : '';
}

function countsLine(plan: Plan): string {
  const c = plan.counts;
  const parts = countPhrases(c, (n) => `**${n}**`);
  if (c.errors > 0) parts.push(`❌ ${plural(c.errors, 'error')}`);
  if (c.warnings > 0) parts.push(`⚠️ ${plural(c.warnings, 'warning')}`);
  return parts.join(' · ');
}
