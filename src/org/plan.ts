import type { GenesysClient } from '../genesys/client.js';
import type { ClientEvent } from '../genesys/events.js';
import type { SourcePosition } from '../manifest/types.js';
import type { ValidManifest } from '../manifest/validate.js';
import { buildPlan } from '../plan/diff.js';
import { changedActionIds, withFlows, withLatency } from '../plan/evidence.js';
import { readFlowEvidence } from './flows.js';
import type { Plan } from '../plan/types.js';
import type { ReadProgress } from '../util/progress.js';
import { readLatency } from './latency.js';
import { readLiveOrg } from './read.js';

export interface PlanOptions {
  label: string;
  region: string;
  /** Read observed latency for the managed actions (default true). */
  latency?: boolean;
  /** Read which flows use the changed actions (default true). */
  flows?: boolean;
  now?: () => number;
  onEvent?: (event: ClientEvent) => void;
  onProgress?: ReadProgress;
}

/** Reads the org and plans the validated manifest against it, with latency evidence when asked. */
export async function planOrg(
  client: GenesysClient,
  valid: ValidManifest,
  options: PlanOptions,
): Promise<Plan> {
  const live = await readLiveOrg(client, options.region, options.onProgress);
  const plan = buildPlan({
    manifest: valid.manifest,
    manifestPath: valid.path,
    label: options.label,
    region: options.region,
    live: live.actions,
    locate: (path) => valid.source.locate(path),
    diagnostics: valid.diagnostics,
  });
  const policy = valid.manifest.policy ?? {};
  const now = (options.now ?? Date.now)();
  const evidence =
    options.latency === false ? undefined : await readLatency(client, plan, now, options.onEvent);
  const locate = (path: Parameters<typeof valid.source.locate>[0]): SourcePosition =>
    valid.source.locate(path);
  const measured = evidence === undefined ? plan : withLatency(plan, evidence, policy, locate);
  const changed = changedActionIds(measured);
  if (options.flows === false || changed.length === 0) return measured;
  return withFlows(measured, await readFlowEvidence(client, changed));
}
