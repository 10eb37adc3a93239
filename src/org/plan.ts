import type { GenesysClient } from '../genesys/client.js';
import type { ClientEvent } from '../genesys/events.js';
import type { ValidManifest } from '../manifest/validate.js';
import { buildPlan } from '../plan/diff.js';
import { withLatency } from '../plan/evidence.js';
import type { Plan } from '../plan/types.js';
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
  if (options.apiHost !== undefined) plan.apiHost = options.apiHost;
  if (options.latency === false) return plan;
  const evidence = await readLatency(client, plan, (options.now ?? Date.now)(), options.onEvent);
  return evidence === undefined ? plan : withLatency(plan, evidence);
}
