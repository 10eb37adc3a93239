import type { GenesysClient } from '../genesys/client.js';
import type { Action } from '../genesys/types.js';
import type { SourcePosition } from '../manifest/types.js';
import type { ValidManifest } from '../manifest/validate.js';
import { buildPlan } from '../plan/diff.js';
import { changedActionIds, withEvidenceNote, withFlows, withLatency } from '../plan/evidence.js';
import { mayTarget } from '../plan/resolve.js';
import { isChange, type Plan } from '../plan/types.js';
import { readFlowEvidence } from './flows.js';
import { addFlowDetail } from './flow-detail.js';
import type { ReadProgress } from '../util/progress.js';
import { readLatency } from './latency.js';
import { readLiveOrg } from './read.js';

export interface PlanOptions {
  label: string;
  region: string;
  /** The API host the client talks to, recorded in the plan. */
  apiHost?: string;
  /** Read observed latency for the managed actions (default true). */
  latency?: boolean;
  /** Read which flows use the changed actions (default true). */
  flows?: boolean;
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
  if (options.apiHost !== undefined) plan.apiHost = options.apiHost;
  const changing = liveToChange(plan, live.kept);
  const measured =
    options.latency === false ? plan : await addLatency(client, valid, plan, live.actions, options);
  const changed = changedActionIds(measured);
  if (options.flows === false || changed.length === 0) return { plan: measured, live: changing };
  const flowed = withFlows(measured, await readFlowEvidence(client, changed));
  // Issue 21: what each flow waits, failure shares, repository flow files (org/flow-detail.ts).
  return { plan: await addFlowDetail(client, flowed, valid, options), live: changing };
}

/** The plan with observed latency and the policy's latency rules, or the note of why there is none. */
async function addLatency(
  client: GenesysClient,
  valid: ValidManifest,
  plan: Plan,
  actions: Parameters<typeof readLatency>[2],
  options: PlanOptions,
): Promise<Plan> {
  const { onProgress } = options;
  const { evidence, note } = await readLatency(
    client,
    plan,
    actions,
    (options.now ?? Date.now)(),
    onProgress ? (done, total) => onProgress('latency', done, total) : undefined,
  );
  const locate = (path: Parameters<typeof valid.source.locate>[0]): SourcePosition =>
    valid.source.locate(path);
  const policy = valid.manifest.policy ?? {};
  const measured = evidence === undefined ? plan : withLatency(plan, evidence, policy, locate);
  return note === undefined ? measured : withEvidenceNote(measured, note);
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
