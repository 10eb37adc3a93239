import type { DriftVerdict } from '../plan/snooze.js';
import type { Plan, PlanCounts, PlanEntry, PlanProblem } from '../plan/types.js';
import { batched, PIECE_CHARS } from './batch.js';
import { flowEvidenceFields, orderedFlow } from './flows-json.js';

/**
 * The plan file (format 1, docs/plan-json.md). Keys are written in the documented order whatever
 * order the object was built or parsed in, so two plans diff line by line; a required field added
 * to the model fails to compile here until it is placed.
 */
export function renderJson(plan: Plan): string {
  return [...renderJsonChunks(plan)].join('');
}

/** Keys a document built on the plan (drift JSON) has before and after the plan's own. */
interface Around {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * `pretty`: indented by 2 and ending in a newline, as files and stdout get it. `compact`: no
 * whitespace at all, as JSON.stringify writes a value (for the Action's size-bound output).
 */
export type JsonLayout = 'pretty' | 'compact';

/** The plan's lists written an element at a time, in the document's order. */
const LISTS = ['entries', 'errors', 'warnings'] as const;
const slot = (name: string): string => `\u0000${name}`;

/**
 * The same text as renderJson, an element at a time: a plan of 100,000 rows and 50,000 warnings
 * is never held as one string (nor as a second, reordered copy of the plan), so writing it costs
 * little memory. The frame holds each non-empty list as one marker, replaced by its elements.
 */
export function* renderJsonChunks(
  plan: Plan,
  around: Around = {},
  layout: JsonLayout = 'pretty',
): Generator<string> {
  const shape = SHAPES[layout];
  const empty = { ...plan, entries: [], errors: [], warnings: [] };
  const marked = Object.fromEntries(
    LISTS.filter((name) => plan[name].length > 0).map((name) => [name, [slot(name)]]),
  );
  let frame = JSON.stringify(
    { ...around.before, ...ordered(empty), ...marked, ...around.after },
    null,
    shape.space,
  );
  for (const name of LISTS) {
    if (marked[name] === undefined) continue;
    const marker = `${shape.itemIndent}${JSON.stringify(slot(name))}`;
    const at = frame.indexOf(marker);
    yield frame.slice(0, at);
    frame = frame.slice(at + marker.length);
    if (name === 'entries') yield* elements(plan.entries, orderedEntry, shape);
    else yield* elements(plan[name], orderedProblem, shape);
  }
  yield `${frame}${shape.end}`;
}

/** Elements stringified at once: few enough that a group stays a small string. */
const PER_GROUP = 32;

/**
 * What JSON.stringify writes in each layout: the indent, an element of a top-level list's own
 * indent, around a group's elements (`{ "e": [ … ] }`), between two of them, after the document.
 */
const SHAPES: Record<
  JsonLayout,
  { space: number; itemIndent: string; open: string; close: string; comma: string; end: string }
> = {
  pretty: {
    space: 2,
    itemIndent: '    ',
    open: '{\n  "e": [\n',
    close: '\n  ]\n}',
    comma: ',\n',
    end: '\n',
  },
  compact: { space: 0, itemIndent: '', open: '{"e":[', close: ']}', comma: ',', end: '' },
};

/**
 * The elements of one list, a group at a time, laid out as JSON.stringify lays them out inside the
 * plan: the group is a list under a top-level key, at the same depth as the plan's own lists, so
 * its text between the brackets is theirs. One string a group, where re-indenting each element's
 * text made three.
 */
function* elements<T>(
  list: readonly T[],
  render: (item: T) => T,
  shape: (typeof SHAPES)[JsonLayout],
): Generator<string> {
  for (let at = 0; at < list.length; at += PER_GROUP) {
    const group = JSON.stringify(
      { e: list.slice(at, at + PER_GROUP).map(render) },
      null,
      shape.space,
    );
    yield `${at === 0 ? '' : shape.comma}${group.slice(shape.open.length, -shape.close.length)}`;
  }
}

/**
 * `drift --format json`, a piece at a time as the plan's: the drift plan (accepted drift left out of
 * its changes) with `drift` first and every accepted difference after it (docs/plan-json.md,
 * "Drift JSON").
 */
export function renderDriftJsonChunks(view: Plan, verdict: DriftVerdict): Generator<string> {
  const accepted = verdict.accepted.map((a) => ({
    actionId: a.actionId,
    actionName: a.actionName,
    integrationName: a.integrationName,
    field: a.field,
    from: a.from,
    to: a.to,
    until: a.until,
    reason: a.reason,
    line: a.line,
  }));
  return renderJsonChunks(view, { before: { drift: verdict.drift }, after: { accepted } });
}

function ordered(plan: Plan): Plan {
  return {
    format: plan.format,
    tool: { name: plan.tool.name, version: plan.tool.version },
    label: plan.label,
    manifest: plan.manifest,
    ...(plan.environment !== undefined ? { environment: plan.environment } : {}),
    region: plan.region,
    ...(plan.apiHost !== undefined ? { apiHost: plan.apiHost } : {}),
    fingerprint: plan.fingerprint,
    counts: orderedCounts(plan.counts),
    entries: plan.entries.map(orderedEntry),
    errors: plan.errors.map(orderedProblem),
    warnings: plan.warnings.map(orderedProblem),
    notes: [...plan.notes],
  };
}

function orderedCounts(c: PlanCounts): PlanCounts {
  return {
    set: c.set,
    update: c.update,
    reset: c.reset,
    unchanged: c.unchanged,
    unmanaged: c.unmanaged,
    changes: c.changes,
    changedActions: c.changedActions,
    errors: c.errors,
    warnings: c.warnings,
  };
}

function orderedEntry(e: PlanEntry): PlanEntry {
  return {
    op: e.op,
    actionId: e.actionId,
    actionName: e.actionName,
    integrationId: e.integrationId,
    integrationName: e.integrationName,
    category: e.category,
    field: e.field,
    from: e.from,
    to: e.to,
    version: e.version,
    entryIndex: e.entryIndex,
    line: e.line,
    selector: e.selector,
    reason: e.reason,
    latency:
      e.latency === null
        ? null
        : {
            days: e.latency.days,
            count: e.latency.count,
            p95Ms: e.latency.p95Ms,
            p99Ms: e.latency.p99Ms,
          },
    usedBy: e.usedBy === null ? null : e.usedBy.map(orderedFlow),
    ...flowEvidenceFields(e),
  };
}

function orderedProblem(p: PlanProblem): PlanProblem {
  return {
    severity: p.severity,
    code: p.code,
    message: p.message,
    line: p.line,
    column: p.column,
    entryIndex: p.entryIndex,
    actionId: p.actionId,
  };
}

/** renderJsonChunks gathered into pieces of about `size` characters: fewer writes, same text. */
export function renderJsonBatches(plan: Plan, size = PIECE_CHARS): Generator<string> {
  return batched(renderJsonChunks(plan), size);
}
