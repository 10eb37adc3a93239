import type { Diagnostic, Manifest, Policy } from '../manifest/types.js';
import { compareText } from '../util/compare.js';
import { VERSION } from '../version.js';
import type { PlanEvidence } from './evidence.js';
import { fingerprint } from './fingerprint.js';
import { placeEvidence } from './place-evidence.js';
import { manifestWarnings, maxChangesProblems, unmanagedProblems } from './policy-problems.js';
import { sortProblems } from './problems.js';
import { resolve, type Decision, type Locate } from './resolve.js';
import {
  isChange,
  type LiveAction,
  type Plan,
  type PlanCounts,
  type PlanEntry,
  type PlanOp,
  type PlanProblem,
  type TimeoutField,
} from './types.js';

export interface PlanInput {
  manifest: Manifest;
  manifestPath: string;
  label: string;
  environment?: string | undefined;
  region: string;
  live: readonly LiveAction[];
  locate: Locate;
  /** Offline warnings of the manifest, carried into the plan so reviewers see them too. */
  diagnostics?: readonly Diagnostic[];
  /** LiveOrg.integrationsUnreadable: integration names and types are unknown. */
  integrationsUnreadable?: string | undefined;
  /** The API host the org was read from, recorded in the plan. */
  apiHost?: string | undefined;
}

/**
 * The rows and problems of a plan before evidence: what the org reader needs to know which
 * actions a reviewer would want latency and flows for. Not a plan: only buildPlan makes one.
 */
export interface PlanDraft {
  /** The input without the live org: the rows hold what the plan needs of it. */
  readonly input: Omit<PlanInput, 'live'>;
  readonly entries: readonly PlanEntry[];
  readonly problems: readonly PlanProblem[];
  readonly changedActions: number;
}

/**
 * Desired state × live org (× evidence) → the plan. Pure and deterministic: same inputs, same
 * document. Built once: evidence is placed on the rows as they are made, and the counts,
 * problems and fingerprint are computed once from the final rows.
 */
export function buildPlan(input: PlanInput, evidence: PlanEvidence = {}): Plan {
  return finishPlan(draftPlan(input), evidence);
}

/** Resolves the manifest against the live org: the rows, sorted, and the manifest's problems. */
export function draftPlan(input: PlanInput): PlanDraft {
  const { decisions, problems } = resolve(
    input.manifest,
    input.live,
    input.locate,
    input.integrationsUnreadable,
  );
  const policy = input.manifest.policy ?? {};
  // Pushed one by one: a list per action (flatMap) was 100,000 short-lived lists, most of them empty.
  const entries: PlanEntry[] = [];
  for (const action of input.live) {
    const fields = decisions.get(action.id);
    for (const [field, decision] of fields ?? [])
      entries.push(managedRow(action, field, decision, input));
    if (fields === undefined && listsUnmanaged(action, policy))
      entries.push(planRow(action, 'timeoutSeconds', null));
  }
  entries.sort(compareEntries);
  const changedActions = new Set(changedIds(entries)).size;
  problems.push(
    ...unmanagedProblems(entries, policy, input.locate),
    ...maxChangesProblems(changedActions, policy, input.locate),
    ...manifestWarnings(input.diagnostics ?? []),
  );
  // Not kept: 100,000 live actions would stay in memory while evidence is read and the plan built.
  const { live: _live, ...kept } = input;
  return { input: kept, entries, problems, changedActions };
}

/** Drafts already made into a plan: their rows now belong to it. */
const finished = new WeakSet<PlanDraft>();

/**
 * The plan: the draft's rows with their evidence, the latency rules, counts and fingerprint. The
 * draft is used up: its rows get their evidence in place and become the plan's (a copy of 100,000
 * rows is tens of megabytes), so a draft is finished once.
 */
export function finishPlan(draft: PlanDraft, evidence: PlanEvidence = {}): Plan {
  if (finished.has(draft)) throw new Error('this plan draft was already made into a plan');
  finished.add(draft);
  const { input, changedActions } = draft;
  const entries = draft.entries as PlanEntry[];
  const placed = placeEvidence(entries, evidence, input.manifest.policy ?? {}, input.locate);
  const problems = [...draft.problems, ...placed.problems];
  const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
  const warnings = sortProblems(problems.filter((p) => p.severity === 'warning'));
  return {
    format: 1,
    tool: { name: 'gc-timeouts', version: VERSION },
    label: input.label,
    manifest: input.manifestPath,
    ...(input.environment === undefined ? {} : { environment: input.environment }),
    region: input.region,
    ...(input.apiHost === undefined ? {} : { apiHost: input.apiHost }),
    fingerprint: fingerprint(entries),
    counts: countEntries(entries, changedActions, errors.length, warnings.length),
    entries,
    errors,
    warnings,
    notes: placed.notes,
  };
}

function opFor(from: number | null, to: number | null): PlanOp {
  if (from === to) return 'unchanged';
  if (to === null) return 'reset';
  return from === null ? 'set' : 'update';
}

function liveValue(action: LiveAction, field: TimeoutField): number | null {
  return field === 'timeoutSeconds' ? action.timeoutSeconds : action.functionTimeoutSeconds;
}

/** What the manifest says about a managed row; null for an unmanaged one. */
interface Managed {
  to: number | null;
  entryIndex: number;
  line: number | null;
  selector: PlanEntry['selector'];
  reason: string | null;
}

/**
 * One row, every field in one object literal. A plan over 100,000 actions holds 100,000 rows:
 * made by spreading a base row into another literal, each row got out-of-object properties (and,
 * mixed with the evidence copies, hidden classes of its own), about three times the memory of a
 * row made at once; one literal gives every row the same compact shape.
 */
function planRow(action: LiveAction, field: TimeoutField, managed: Managed | null): PlanEntry {
  const from = liveValue(action, field);
  const to = managed === null ? from : managed.to;
  return {
    op: managed === null ? 'unmanaged' : opFor(from, to),
    actionId: action.id,
    actionName: action.name,
    integrationId: action.integrationId,
    integrationName: action.integrationName,
    category: action.category,
    field,
    from,
    to,
    version: action.version,
    entryIndex: managed === null ? null : managed.entryIndex,
    line: managed === null ? null : managed.line,
    selector: managed === null ? null : managed.selector,
    reason: managed === null ? null : managed.reason,
    latency: null,
    usedBy: null,
  };
}

function managedRow(
  action: LiveAction,
  field: TimeoutField,
  decision: Decision,
  input: PlanInput,
): PlanEntry {
  return planRow(action, field, {
    to: decision.value,
    entryIndex: decision.entryIndex,
    line: input.locate(['actions', decision.entryIndex, field]).line,
    selector: decision.selector,
    reason: input.manifest.actions[decision.entryIndex]?.reason ?? null,
  });
}

/** A live action no entry selects is listed only when the policy asks, and only if it can have a timeout. */
function listsUnmanaged(action: LiveAction, policy: Policy): boolean {
  if ((policy.unmanaged ?? 'ignore') === 'ignore') return false;
  return action.kind === 'custom' || action.kind === 'function';
}

function* changedIds(entries: readonly PlanEntry[]): Iterable<string> {
  for (const e of entries) if (isChange(e.op)) yield e.actionId;
}

const OP_ORDER: Record<PlanOp, number> = {
  update: 0,
  set: 1,
  reset: 2,
  unchanged: 3,
  unmanaged: 4,
};

function compareEntries(a: PlanEntry, b: PlanEntry): number {
  return (
    OP_ORDER[a.op] - OP_ORDER[b.op] ||
    compareText(a.integrationName, b.integrationName) ||
    compareText(a.actionName, b.actionName) ||
    compareText(a.actionId, b.actionId) ||
    compareText(a.field, b.field)
  );
}

function countEntries(
  entries: readonly PlanEntry[],
  changedActions: number,
  errors: number,
  warnings: number,
): PlanCounts {
  // Counted in one pass: a filtered list per op was a large object each over 100,000 rows.
  const counts: Record<PlanOp, number> = {
    set: 0,
    update: 0,
    reset: 0,
    unchanged: 0,
    unmanaged: 0,
  };
  for (const e of entries) counts[e.op] += 1;
  return {
    ...counts,
    changes: counts.set + counts.update + counts.reset,
    changedActions,
    errors,
    warnings,
  };
}
