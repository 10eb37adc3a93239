import type { GenesysClient } from '../genesys/client.js';
import type { Action } from '../genesys/types.js';
import type { ValidManifest } from '../manifest/validate.js';
import { buildPlan } from '../plan/diff.js';
import { withEvidenceNote, withLatency } from '../plan/evidence.js';
import { mayTarget } from '../plan/resolve.js';
import { isChange, type Plan } from '../plan/types.js';
import type { ReadProgress } from '../util/progress.js';
import { readLatency } from './latency.js';
import { readLiveOrg } from './read.js';

export interface PlanOptions {
  label: string;
  region: string;
  /** Read observed latency for the managed actions (default true). */
  latency?: boolean;
  now?: () => number;
  onProgress?: ReadProgress;
}

/** A plan, and the live actions (full config) its config changes are to be applied to. */
export interface PlannedOrg {
  plan: Plan;
  /**
   * As read at plan time: apply writes from these without reading each action again (its PATCH
   * carries the plan's version, so an action that moved since is re-read, never overwritten).
   */
  live: ReadonlyMap<string, Action>;
}

/** Reads the org and plans the validated manifest against it, with latency evidence when asked. */
export async function planOrg(
  client: GenesysClient,
  valid: ValidManifest,
  options: PlanOptions,
): Promise<PlannedOrg> {
  const live = await readLiveOrg(
    client,
    options.region,
    options.onProgress,
    mayTarget(valid.manifest),
  );
  const plan = buildPlan({
    manifest: valid.manifest,
    manifestPath: valid.path,
    label: options.label,
    region: options.region,
    live: live.actions,
    locate: (path) => valid.source.locate(path),
    diagnostics: valid.diagnostics,
    integrationsUnreadable: live.integrationsUnreadable,
  });
  const changing = liveToChange(plan, live.kept);
  if (options.latency === false) return { plan, live: changing };
  const { onProgress } = options;
  const { evidence, note } = await readLatency(
    client,
    plan,
    live.actions,
    (options.now ?? Date.now)(),
    onProgress ? (done, total) => onProgress('latency', done, total) : undefined,
  );
  const withEvidence = evidence === undefined ? plan : withLatency(plan, evidence);
  return {
    plan: note === undefined ? withEvidence : withEvidenceNote(withEvidence, note),
    live: changing,
  };
}

/** Of the configs the read kept, those of actions whose config timeout the plan changes. */
function liveToChange(plan: Plan, kept: ReadonlyMap<string, Action>): Map<string, Action> {
  const changing = new Map<string, Action>();
  for (const entry of plan.entries) {
    if (!isChange(entry.op) || entry.field !== 'timeoutSeconds') continue;
    const action = kept.get(entry.actionId);
    if (action !== undefined) changing.set(entry.actionId, action);
  }
  return changing;
}
