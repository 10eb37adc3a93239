import type { GenesysClient } from '../genesys/client.js';
import type { ValidManifest } from '../manifest/validate.js';
import { buildPlan } from '../plan/diff.js';
import { withEvidenceNote, withLatency } from '../plan/evidence.js';
import type { Plan } from '../plan/types.js';
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
  if (options.latency === false) return plan;
  const { onProgress } = options;
  const { evidence, note } = await readLatency(
    client,
    plan,
    live.actions,
    (options.now ?? Date.now)(),
    onProgress ? (done, total) => onProgress('latency', done, total) : undefined,
  );
  const withEvidence = evidence === undefined ? plan : withLatency(plan, evidence);
  return note === undefined ? withEvidence : withEvidenceNote(withEvidence, note);
}
