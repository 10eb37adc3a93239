import { recommendationNote, type RecommendationRow } from './recommend-row.js';
import type { TimeoutField } from './types.js';

/**
 * The recommendation as `recommend`'s table reads it, while the recommended manifest is planned
 * and its table written: each row's note, by field and action id, and how many values were kept
 * for want of runs. Over 100,000 actions the rows themselves (an object of 18 fields each, with
 * the names of the first read of the org) were some 26 MB of live heap through the second plan,
 * and the process's peak grows with what is live; these columns are some 4 MB besides the ids.
 */
export interface RecommendNotes {
  /** Values kept for want of runs (too few, or none). */
  readonly thin: number;
  /** The row's note; undefined for an action and field the recommendation did not consider. */
  note(field: TimeoutField, actionId: string): string | undefined;
}

/** Stands for null in the integer columns, and for "held to no glob" in `heldTo`. */
const NULL = -1;
const ALONE = -2;

const int = (value: number | null): number => value ?? NULL;
const back = (value: number): number | null => (value === NULL ? null : value);

export function compactNotes(recs: readonly RecommendationRow[]): RecommendNotes {
  const n = recs.length;
  const rows = {
    timeoutSeconds: new Map<string, number>(),
    functionTimeoutSeconds: new Map<string, number>(),
  };
  const runs = new Int32Array(n);
  const days = new Float64Array(n);
  const p99Ms = new Float64Array(n);
  const headroom = new Float64Array(n);
  // current, own, raw, heldTo: small integers (seconds), NULL or ALONE.
  const seconds = new Int32Array(n * 4);
  // The bound that cut a value is one of a few texts, each kept once; 0 is none.
  const clampTexts: string[] = [''];
  const clampIndex = new Map<string, number>();
  const clamps = new Uint16Array(n);
  // Flows that wait less than the p99 are rare: kept by row.
  const flows = new Map<number, readonly string[]>();
  let thin = 0;
  recs.forEach((r, i) => {
    rows[r.field].set(r.actionId, i);
    if (r.status === 'too-few-runs' || r.status === 'no-runs') thin += 1;
    runs[i] = r.runs;
    days[i] = r.days ?? Number.NaN;
    p99Ms[i] = r.p99Ms ?? Number.NaN;
    headroom[i] = r.headroom;
    seconds[i * 4] = int(r.current);
    seconds[i * 4 + 1] = int(r.own);
    seconds[i * 4 + 2] = r.raw;
    seconds[i * 4 + 3] = r.heldTo === undefined ? ALONE : int(r.heldTo);
    if (r.clampedBy !== null) clamps[i] = textIndex(r.clampedBy, clampTexts, clampIndex);
    if (r.flows.length > 0) flows.set(i, r.flows);
  });
  return {
    thin,
    note(field, actionId) {
      const i = rows[field].get(actionId);
      if (i === undefined) return undefined;
      const at = (k: number): number => seconds[i * 4 + k] ?? NULL;
      const p99 = p99Ms[i] ?? Number.NaN;
      const day = days[i] ?? Number.NaN;
      return recommendationNote({
        current: back(at(0)),
        own: back(at(1)),
        raw: at(2),
        heldTo: at(3) === ALONE ? undefined : back(at(3)),
        runs: runs[i] ?? 0,
        days: Number.isNaN(day) ? null : day,
        p99Ms: Number.isNaN(p99) ? null : p99,
        headroom: headroom[i] ?? 0,
        clampedBy: (clamps[i] ?? 0) === 0 ? null : (clampTexts[clamps[i] ?? 0] ?? null),
        flows: flows.get(i) ?? [],
      });
    },
  };
}

function textIndex(text: string, texts: string[], index: Map<string, number>): number {
  const known = index.get(text);
  if (known !== undefined) return known;
  texts.push(text);
  index.set(text, texts.length - 1);
  return texts.length - 1;
}
