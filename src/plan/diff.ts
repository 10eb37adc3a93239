import {
  FUNCTION_DEFAULT_TIMEOUT_SECONDS,
  PLATFORM_DEFAULT_TIMEOUT_SECONDS,
} from '../manifest/semantics.js';
import type { Diagnostic, Manifest } from '../manifest/types.js';
import { VERSION } from '../version.js';
import { fingerprint } from './fingerprint.js';
import { resolve, type Decision, type Locate } from './resolve.js';
import type { LatencyStats } from '../genesys/types.js';
import {
  isChange,
  type LiveAction,
  type ObservedLatency,
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
  region: string;
  live: readonly LiveAction[];
  locate: Locate;
  /** Offline warnings of the manifest, carried into the plan so reviewers see them too. */
  diagnostics?: readonly Diagnostic[];
  /** Observed latency per action id, when analytics could be read. */
  latency?: { days: number; byAction: ReadonlyMap<string, LatencyStats> };
}

/** Platform defaults (GENESYS_API.md §7, §1): what an unset timeout means at run time. */
const DEFAULT_SECONDS: Record<TimeoutField, number> = {
  timeoutSeconds: PLATFORM_DEFAULT_TIMEOUT_SECONDS,
  functionTimeoutSeconds: FUNCTION_DEFAULT_TIMEOUT_SECONDS,
};
/** Fewer runs than this say little about a p99. */
const MIN_RUNS_FOR_LATENCY = 20;

/** Desired state × live org → the plan. Pure and deterministic: same inputs, same document. */
export function buildPlan(input: PlanInput): Plan {
  const { manifest, live, locate } = input;
  const { decisions, problems } = resolve(manifest, live, locate);
  const policy = manifest.policy ?? {};
  const unmanagedPolicy = policy.unmanaged ?? 'ignore';

  const entries: PlanEntry[] = [];
  for (const action of live) {
    const fields = decisions.get(action.id);
    if (fields === undefined) {
      if (
        unmanagedPolicy !== 'ignore' &&
        (action.kind === 'custom' || action.kind === 'function')
      ) {
        entries.push(
          row(
            action,
            'timeoutSeconds',
            'unmanaged',
            action.timeoutSeconds ?? null,
            action.timeoutSeconds ?? null,
            undefined,
            input,
          ),
        );
      }
      continue;
    }
    for (const [field, decision] of fields) {
      const from =
        (field === 'timeoutSeconds' ? action.timeoutSeconds : action.functionTimeoutSeconds) ??
        null;
      const to = decision.value === 'default' ? null : decision.value;
      entries.push(row(action, field, opFor(from, to), from, to, decision, input));
    }
  }
  entries.sort(compareEntries);
  problems.push(...latencyWarnings(entries));

  const unmanaged = entries.filter((e) => e.op === 'unmanaged');
  if (unmanagedPolicy === 'fail' && unmanaged.length > 0) {
    problems.push(
      planProblem(
        'error',
        'unmanaged',
        `${unmanaged.length} live action${unmanaged.length === 1 ? ' is' : 's are'} not in the manifest and policy.unmanaged is fail: add them (gc-timeouts export lists them) or relax the policy`,
      ),
    );
  }
  for (const e of unmanaged) {
    const bound = outOfBounds(e.from, policy.minTimeoutSeconds, policy.maxTimeoutSeconds);
    if (bound !== undefined) {
      problems.push({
        ...planProblem(
          'warning',
          'policy',
          `unmanaged ${JSON.stringify(e.actionName)} (${e.integrationName}) has a live timeout of ${e.from} s, ${bound}`,
        ),
        actionId: e.actionId,
      });
    }
  }

  const changedActions = new Set(entries.filter((e) => isChange(e.op)).map((e) => e.actionId)).size;
  if (policy.maxChanges !== undefined && changedActions > policy.maxChanges) {
    problems.push(
      planProblem(
        'error',
        'max-changes',
        `the plan changes ${changedActions} actions, more than policy.maxChanges (${policy.maxChanges}); check the match globs, or raise the limit if this is intended`,
      ),
    );
  }

  for (const d of input.diagnostics ?? []) {
    if (d.severity === 'warning')
      problems.push({
        severity: 'warning',
        code: 'manifest',
        message: d.message,
        line: d.line,
        column: d.column,
        entryIndex: null,
        actionId: null,
      });
  }

  const errors = problems.filter((p) => p.severity === 'error').sort(compareProblems);
  const warnings = problems.filter((p) => p.severity === 'warning').sort(compareProblems);
  return {
    format: 1,
    tool: { name: 'gc-timeouts', version: VERSION },
    label: input.label,
    manifest: input.manifestPath,
    region: input.region,
    fingerprint: fingerprint(entries),
    counts: countEntries(entries, changedActions, errors.length, warnings.length),
    entries,
    errors,
    warnings,
  };
}

function opFor(from: number | null, to: number | null): PlanOp {
  if (from === to) return 'unchanged';
  if (to === null) return 'reset';
  return from === null ? 'set' : 'update';
}

function row(
  action: LiveAction,
  field: TimeoutField,
  op: PlanOp,
  from: number | null,
  to: number | null,
  decision: Decision | undefined,
  input: PlanInput,
): PlanEntry {
  return {
    op,
    actionId: action.id,
    actionName: action.name,
    integrationId: action.integrationId,
    integrationName: action.integrationName,
    category: action.category,
    field,
    from,
    to,
    version: action.version,
    entryIndex: decision?.entryIndex ?? null,
    line:
      decision === undefined ? null : input.locate(['actions', decision.entryIndex, field]).line,
    selector: decision?.selector ?? null,
    reason:
      decision === undefined ? null : (input.manifest.actions[decision.entryIndex]?.reason ?? null),
    latency: decision === undefined ? null : observed(action.id, input.latency),
  };
}

function observed(id: string, latency: PlanInput['latency']): ObservedLatency | null {
  const stats = latency?.byAction.get(id);
  if (latency === undefined || stats === undefined || stats.count === 0) return null;
  return {
    days: latency.days,
    count: stats.count,
    p95Ms: stats.p95 ?? null,
    p99Ms: stats.p99 ?? null,
  };
}

/**
 * A timeout below what the action needs for 1 run in 100 makes those runs fail in the flow: the
 * reviewer should see that before it is applied (and for unchanged rows, that it is happening now).
 */
function latencyWarnings(entries: readonly PlanEntry[]): PlanProblem[] {
  return entries.flatMap((e) => {
    const l = e.latency;
    if (l === null || l.p99Ms === null || l.count < MIN_RUNS_FOR_LATENCY) return [];
    const seconds = e.to ?? DEFAULT_SECONDS[e.field];
    if (seconds * 1000 >= l.p99Ms) return [];
    const share =
      l.p95Ms !== null && seconds * 1000 < l.p95Ms
        ? 'more than 1 run in 20'
        : 'more than 1 run in 100';
    const what = isChange(e.op)
      ? `the planned ${e.field} of ${seconds} s`
      : `its ${e.field} of ${seconds} s`;
    const message = `${JSON.stringify(e.actionName)} (${e.integrationName}): ${what} is below the observed p99 of ${(l.p99Ms / 1000).toFixed(1)} s over ${l.days} days (${l.count.toLocaleString('en-US')} runs); ${share} would time out`;
    return [
      {
        severity: 'warning' as const,
        code: 'latency' as const,
        message,
        line: e.line,
        column: null,
        entryIndex: e.entryIndex,
        actionId: e.actionId,
      },
    ];
  });
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
    cmp(a.integrationName, b.integrationName) ||
    cmp(a.actionName, b.actionName) ||
    cmp(a.actionId, b.actionId) ||
    cmp(a.field, b.field)
  );
}

function compareProblems(a: PlanProblem, b: PlanProblem): number {
  return (
    (a.line ?? Infinity) - (b.line ?? Infinity) || cmp(a.code, b.code) || cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countEntries(
  entries: readonly PlanEntry[],
  changedActions: number,
  errors: number,
  warnings: number,
): PlanCounts {
  const count = (op: PlanOp): number => entries.filter((e) => e.op === op).length;
  const counts = {
    set: count('set'),
    update: count('update'),
    reset: count('reset'),
    unchanged: count('unchanged'),
    unmanaged: count('unmanaged'),
  };
  return {
    ...counts,
    changes: counts.set + counts.update + counts.reset,
    changedActions,
    errors,
    warnings,
  };
}

function outOfBounds(
  value: number | null,
  min: number | undefined,
  max: number | undefined,
): string | undefined {
  // An unset timeout is the platform's choice, not someone's mistake: only explicit values are flagged.
  if (value === null) return undefined;
  if (min !== undefined && value < min) return `below policy.minTimeoutSeconds (${min})`;
  if (max !== undefined && value > max) return `above policy.maxTimeoutSeconds (${max})`;
  return undefined;
}

function planProblem(
  severity: PlanProblem['severity'],
  code: PlanProblem['code'],
  message: string,
): PlanProblem {
  return { severity, code, message, line: null, column: null, entryIndex: null, actionId: null };
}
