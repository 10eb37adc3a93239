import { thousands } from '../util/plural.js';
import type { TimeoutField } from './types.js';

/** Fewer runs than this say little about a p99: the value is kept. */
export const MIN_RUNS_FOR_RECOMMENDATION = 20;

export type RecommendationStatus = 'change' | 'unchanged' | 'too-few-runs' | 'no-runs';

/** One action and field: what the manifest says now, what the evidence supports, and why. */
export interface Recommendation {
  readonly actionId: string;
  readonly actionName: string;
  readonly integrationName: string;
  readonly field: TimeoutField;
  readonly entryIndex: number;
  readonly selector: 'id' | 'name' | 'match';
  /** The manifest's value now; null is the platform default. */
  readonly current: number | null;
  /** The evidence-based value; equal to `current` when the evidence is too thin. */
  readonly recommended: number | null;
  readonly status: RecommendationStatus;
  readonly runs: number;
  readonly days: number | null;
  readonly p99Ms: number | null;
  /** The bound that cut the value, when one did. */
  readonly clampedBy: string | null;
  /** One line for a reviewer, e.g. "p99 4.2 s × 1.5 → 7 s (1,204 runs, 7 days)". */
  readonly note: string;
}

/** What a row is made of: the plan row's facts and, when there is one, the evidence's value. */
export interface RowFacts {
  actionId: string;
  actionName: string;
  integrationName: string;
  field: TimeoutField;
  entryIndex: number;
  selector: Recommendation['selector'];
  current: number | null;
  runs: number;
  days: number | null;
  p99Ms: number | null;
  /** The value the evidence supports within the bounds; null when the evidence is too thin. */
  value: number | null;
  /** p99 × headroom before the bounds (0 when the evidence is too thin). */
  raw: number;
  clampedBy: string | null;
  headroom: number;
  /** Flows that wait less of their own than the p99 (see flowsBelowP99). */
  flows: readonly string[];
}

/** What a note is written from: a row's facts, as RecommendationTable keeps them. */
export interface NoteFacts {
  readonly current: number | null;
  readonly runs: number;
  readonly days: number | null;
  readonly p99Ms: number | null;
  /** What the action alone needs, within the bounds (null when the evidence is too thin). */
  readonly own: number | null;
  /** p99 × headroom before the bounds. */
  readonly raw: number;
  readonly clampedBy: string | null;
  readonly headroom: number;
  readonly flows: readonly string[];
  /** The value of the glob entry the row is held to; undefined when it stands alone. */
  readonly heldTo: number | null | undefined;
}

/** "p99 4.2 s × 1.5 → 7 s (1,204 runs, 7 days)", after what its glob needs when it is held to it. */
export function recommendationNote(f: NoteFacts): string {
  const own = ownNote(f);
  if (f.heldTo === undefined) return own;
  const value = f.heldTo === null ? 'default' : `${f.heldTo} s`;
  return `${value}, what its glob entry needs; alone: ${own}`;
}

function ownNote(f: NoteFacts): string {
  const keeps = `keeps ${f.current === null ? 'default' : `${f.current} s`}`;
  if (f.runs === 0) return `no runs observed: ${keeps}`;
  if (f.p99Ms === null) return `no p99 in the analytics answer: ${keeps}`;
  const runs = `${thousands(f.runs)} run${f.runs === 1 ? '' : 's'}, ${f.days} days`;
  if (f.runs < MIN_RUNS_FOR_RECOMMENDATION) {
    return `only ${runs}, fewer than ${MIN_RUNS_FOR_RECOMMENDATION}: ${keeps}`;
  }
  const cut = f.clampedBy === null ? '' : ` (${f.raw} s, held to ${f.clampedBy})`;
  const flows = f.flows.length === 0 ? '' : `; ${f.flows.join('; ')}`;
  return `p99 ${(f.p99Ms / 1000).toFixed(1)} s × ${f.headroom} → ${f.own} s${cut} (${runs})${flows}`;
}

/** Why the evidence is too thin to recommend from; undefined when it is not. */
export function thinStatus(f: {
  runs: number;
  p99Ms: number | null;
}): RecommendationStatus | undefined {
  if (f.runs === 0 || f.p99Ms === null) return 'no-runs';
  return f.runs < MIN_RUNS_FOR_RECOMMENDATION ? 'too-few-runs' : undefined;
}
