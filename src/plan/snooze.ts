import { isDriftAccepted } from '../manifest/accept-drift.js';
import type { Manifest } from '../manifest/types.js';
import { fingerprint } from './fingerprint.js';
import { isChange, type Plan, type PlanEntry } from './types.js';

/**
 * Drift snoozes: a change in a drift plan whose deciding entry has `acceptDrift` with a date not yet
 * past is reported as accepted, not as drift. From the day after, it is drift again, with nobody
 * having to edit the file. Pure; the clock is injected.
 */

export interface AcceptedDrift {
  actionId: string;
  actionName: string;
  integrationName: string;
  field: PlanEntry['field'];
  /** The live value the org has now. */
  from: number | null;
  /** What the manifest says. */
  to: number | null;
  until: string;
  reason: string;
  line: number | null;
}

export interface DriftVerdict {
  /** True when something differs that is not accepted, or the manifest no longer resolves. */
  drift: boolean;
  /** Changes that are drift. */
  drifted: PlanEntry[];
  accepted: AcceptedDrift[];
}

export function judgeDrift(plan: Plan, manifest: Manifest, now: number): DriftVerdict {
  const drifted: PlanEntry[] = [];
  const accepted: AcceptedDrift[] = [];
  for (const e of plan.entries) {
    if (!isChange(e.op)) continue;
    const accept = e.entryIndex === null ? undefined : manifest.actions[e.entryIndex]?.acceptDrift;
    if (accept === undefined || !isDriftAccepted(accept, now)) {
      drifted.push(e);
      continue;
    }
    accepted.push({
      actionId: e.actionId,
      actionName: e.actionName,
      integrationName: e.integrationName,
      field: e.field,
      from: e.from,
      to: e.to,
      until: accept.until,
      reason: accept.reason,
      line: e.line,
    });
  }
  return { drift: drifted.length > 0 || plan.errors.length > 0, drifted, accepted };
}

/** One line a reviewer reads: `"Get Customer Order" (ERP): 20 s live, 15 s in the manifest; accepted until …: reason`. */
export function acceptedNote(a: AcceptedDrift): string {
  const show = (v: number | null): string => (v === null ? 'default' : `${v} s`);
  return `${JSON.stringify(a.actionName)} (${a.integrationName}) ${a.field}: ${show(a.from)} live, ${show(a.to)} in the manifest; accepted until ${a.until}: ${a.reason}`;
}

/**
 * The drift plan as reported: accepted rows leave the changes (and the fingerprint, so a drift
 * issue is not rewritten for them) and become notes. Only for reporting; never applied.
 */
export function driftView(plan: Plan, verdict: DriftVerdict): Plan {
  if (verdict.accepted.length === 0) return plan;
  const accepted = new Set(verdict.accepted.map((a) => `${a.actionId}|${a.field}`));
  const entries = plan.entries.filter(
    (e) => !(isChange(e.op) && accepted.has(`${e.actionId}|${e.field}`)),
  );
  const changes = entries.filter((e) => isChange(e.op));
  const count = (op: PlanEntry['op']): number => changes.filter((e) => e.op === op).length;
  return {
    ...plan,
    entries,
    fingerprint: fingerprint(entries),
    counts: {
      ...plan.counts,
      set: count('set'),
      update: count('update'),
      reset: count('reset'),
      changes: changes.length,
      changedActions: new Set(changes.map((e) => e.actionId)).size,
    },
    notes: [...plan.notes, ...verdict.accepted.map(acceptedNote)],
  };
}
