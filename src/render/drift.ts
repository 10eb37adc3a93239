import type { DriftVerdict } from '../plan/snooze.js';
import type { Plan } from '../plan/types.js';
import { plural } from '../util/plural.js';
import { renderTextChunks } from './text.js';

/** "1 timeout differs", "3 timeouts differ". */
export function timeoutsDiffer(n: number): string {
  return n === 1 ? '1 timeout differs' : `${n} timeouts differ`;
}

/**
 * The terminal report of a drift check, a line at a time as the plan's: a verdict line, and the
 * plan when there is anything to show.
 */
export function* renderDriftTextChunks(
  view: Plan,
  verdict: DriftVerdict,
  color: boolean,
): Generator<string> {
  const drifted = view.counts.changes;
  const accepted = verdict.accepted.length;
  const also = accepted === 0 ? '' : ` (${plural(accepted, 'accepted difference')} noted below)`;
  yield drifted === 0
    ? `No drift: ${view.region} matches ${view.manifest}${also}.\n`
    : `Drift: ${plural(drifted, 'timeout')} in ${view.region} differ${drifted === 1 ? 's' : ''} from ${view.manifest}${also}.\n`;
  if (drifted === 0 && view.errors.length === 0 && accepted === 0) return;
  yield '\n';
  yield* renderTextChunks(view, { color });
}

/** The heading of the drift report in the job summary and the drift issue. */
export function driftHeading(plan: Plan, drifted: boolean): string {
  if (!drifted) return `gc-timeouts: no drift in ${plan.region}`;
  if (plan.counts.changes > 0)
    return `gc-timeouts: drift in ${plan.region} (${timeoutsDiffer(plan.counts.changes)} from ${plan.manifest})`;
  return `gc-timeouts: drift in ${plan.region} (${plan.manifest} no longer matches the org: ${plural(plan.errors.length, 'error')})`;
}

/** The drift check in one log line. */
export function driftLogLine(plan: Plan, drifted: boolean): string {
  return drifted
    ? `Drift: ${timeoutsDiffer(plan.counts.changes)} from the manifest, ${plural(plan.errors.length, 'plan error')}.`
    : 'No drift.';
}
