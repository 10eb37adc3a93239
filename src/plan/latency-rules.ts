import {
  FUNCTION_DEFAULT_TIMEOUT_SECONDS,
  PLATFORM_DEFAULT_TIMEOUT_SECONDS,
} from '../manifest/semantics.js';
import type { Policy, SourcePosition } from '../manifest/types.js';
import { flat } from '../util/flat-text.js';
import { thousands } from '../util/plural.js';
import type { Locate } from './resolve.js';
import { isChange, type PlanEntry, type PlanProblem, type TimeoutField } from './types.js';

/**
 * The latency rules of `policy`, over a finished plan's managed rows. Pure. A timeout below the
 * p99 cuts off real runs; far above it, a backend that hangs holds the caller that long; and a
 * timeout no run was observed for rests on nothing.
 */

/** Fewer runs than this say little about a p99. */
export const MIN_RUNS_FOR_LATENCY = 20;
/** A timeout more than this many times the p99 is mostly time a caller spends waiting on a failure. */
export const SLOW_FAILURE_FACTOR = 10;

const DEFAULT_SECONDS: Record<TimeoutField, number> = {
  timeoutSeconds: PLATFORM_DEFAULT_TIMEOUT_SECONDS,
  functionTimeoutSeconds: FUNCTION_DEFAULT_TIMEOUT_SECONDS,
};

export interface LatencyRuleInput {
  entries: readonly PlanEntry[];
  policy: Policy;
  /** The analytics window, when latency was read at all (no "no runs" finding without it). */
  observedDays: number | undefined;
  /** Where each entry's field is in the manifest, for the column of a finding. */
  locate?: Locate | undefined;
}

export function latencyProblems(input: LatencyRuleInput): PlanProblem[] {
  const noRuns = new Set<string>();
  // One match entry may warn on 50,000 rows: its place in the file is looked up once.
  const places = new Map<string, SourcePosition>();
  const locate = (index: number, field: PlanEntry['field']): SourcePosition | undefined => {
    const key = `${index}:${field}`;
    const known = places.get(key);
    if (known !== undefined || input.locate === undefined) return known;
    const at = input.locate(['actions', index, field]);
    places.set(key, at);
    return at;
  };
  const problems: PlanProblem[] = [];
  const add = (e: PlanEntry, severity: PlanProblem['severity'], kind: Kind, n: number): void => {
    const at = e.entryIndex === null ? undefined : locate(e.entryIndex, e.field);
    problems.push(new LatencyFinding(e, severity, kind, n, at?.line ?? e.line, at?.column ?? null));
  };
  for (const e of input.entries) {
    if (e.entryIndex === null || e.op === 'unmanaged') continue;
    const l = e.latency;
    if (l === null || l.count === 0) {
      if (input.observedDays === undefined || noRuns.has(e.actionId)) continue;
      noRuns.add(e.actionId);
      add(e, 'warning', 'no-runs', input.observedDays);
      continue;
    }
    if (l.p99Ms === null || l.count < MIN_RUNS_FOR_LATENCY) continue;
    const seconds = e.to ?? DEFAULT_SECONDS[e.field];
    if (seconds * 1000 < l.p99Ms) {
      const failing = input.policy.failBelowP99 === true;
      add(e, failing ? 'error' : 'warning', failing ? 'below-failing' : 'below', seconds);
    } else if (seconds * 1000 > SLOW_FAILURE_FACTOR * l.p99Ms) {
      add(e, 'warning', 'slow-failure', seconds);
    }
  }
  return problems;
}

/** Which finding; its text also names a number: the timeout's seconds, or the days observed. */
type Kind = 'below' | 'below-failing' | 'slow-failure' | 'no-runs';

/**
 * A latency problem whose message is made from its row each time it is read, not kept: a plan
 * over 100,000 actions has some 50,000 of them, whose texts (about 10 MiB) would otherwise be held
 * from planning until the last output is written. `message` is an own enumerable property all the
 * same, in its documented place, so JSON, spreads and comparisons see a plain problem; the row and
 * the finding are private.
 */
export class LatencyFinding implements PlanProblem {
  declare readonly severity: PlanProblem['severity'];
  declare readonly code: 'latency';
  declare readonly message: string;
  declare readonly line: number | null;
  declare readonly column: number | null;
  declare readonly entryIndex: number | null;
  declare readonly actionId: string;
  readonly #row: PlanEntry;
  readonly #kind: Kind;
  readonly #n: number;

  static readonly #message: PropertyDescriptor = {
    enumerable: true,
    get(this: LatencyFinding): string {
      return messageOf(this.#row, this.#kind, this.#n);
    },
  };

  constructor(
    row: PlanEntry,
    severity: PlanProblem['severity'],
    kind: Kind,
    n: number,
    line: number | null,
    column: number | null,
  ) {
    this.#row = row;
    this.#kind = kind;
    this.#n = n;
    // Assigned in the document's key order (docs/plan-json.md), the message in its place.
    const self = this as { -readonly [K in keyof PlanProblem]: PlanProblem[K] };
    self.severity = severity;
    self.code = 'latency';
    Object.defineProperty(this, 'message', LatencyFinding.#message);
    self.line = line;
    self.column = column;
    self.entryIndex = row.entryIndex;
    self.actionId = row.actionId;
  }

  /**
   * How every one of its messages begins: the action's name as JSON. Two such beginnings are
   * equal or differ before either ends (a quote inside a JSON string is escaped, so one never
   * stops where another goes on), so messages whose beginnings differ are ordered by them alone.
   */
  lead(): string {
    return quotedName(this.#row);
  }
}

function messageOf(e: PlanEntry, kind: Kind, n: number): string {
  switch (kind) {
    case 'below':
      return belowMessage(e, n, false);
    case 'below-failing':
      return belowMessage(e, n, true);
    case 'slow-failure':
      return slowFailureMessage(e, n);
    case 'no-runs':
      return noRunsMessage(e, n);
  }
}

/** The start of every message (LatencyFinding.lead). */
function quotedName(e: PlanEntry): string {
  return JSON.stringify(e.actionName);
}

function subject(e: PlanEntry, seconds: number): string {
  const what = isChange(e.op) ? `the planned ${e.field}` : `its ${e.field}`;
  return `${quotedName(e)} (${e.integrationName}): ${what} of ${seconds} s`;
}

function evidence(e: PlanEntry): string {
  const l = e.latency;
  if (l === null || l.p99Ms === null) return '';
  return `the observed p99 of ${(l.p99Ms / 1000).toFixed(1)} s over ${l.days} days (${thousands(l.count)} runs)`;
}

function belowMessage(e: PlanEntry, seconds: number, failing: boolean): string {
  const l = e.latency;
  const share =
    l?.p95Ms !== null && l?.p95Ms !== undefined && seconds * 1000 < l.p95Ms
      ? 'more than 1 run in 20'
      : 'more than 1 run in 100';
  const policy = failing ? ' (policy.failBelowP99)' : '';
  return flat`${subject(e, seconds)} is below ${evidence(e)}; ${share} would time out${policy}`;
}

function slowFailureMessage(e: PlanEntry, seconds: number): string {
  return flat`${subject(e, seconds)} is more than ${SLOW_FAILURE_FACTOR} × ${evidence(e)}; when the backend hangs, a caller waits ${seconds} s for the failure`;
}

function noRunsMessage(e: PlanEntry, days: number): string {
  return flat`${quotedName(e)} (${e.integrationName}): no runs observed in the last ${days} days, so no evidence supports its timeout; check that a flow still calls it`;
}
