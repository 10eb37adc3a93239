import { dirname, relative, resolve } from 'node:path';
import type { GenesysClient } from '../genesys/client.js';
import { readRepoFlows } from '../manifest/flow-files.js';
import type { SourcePosition } from '../manifest/types.js';
import type { ValidManifest } from '../manifest/validate.js';
import { withFailures } from '../plan/failures.js';
import { withFlowWaits } from '../plan/flow-overrides.js';
import { withRepoFlows } from '../plan/repo-flows.js';
import type { Plan } from '../plan/types.js';
import { workspaceRoot } from '../util/read-file.js';
import { readFailures } from './failures.js';
import { readFlowWaits, type FlowWaitBudget } from './flow-waits.js';

/**
 * The evidence issue 21 adds to a plan someone reads, after the flows that use each changed action
 * are known: what each flow waits (≤ MAX_FLOW_CONFIGS requests) with `policy.flowOverrides`, the
 * failure share of each changed action (1 request), and the repository's flow files that call it
 * (no request). Never for apply or drift; never a reason for the plan to fail except the policy.
 */

export interface FlowDetailOptions extends FlowWaitBudget {
  /** Read the failure share (with latency; default true). */
  latency?: boolean;
  now?: () => number;
  /** The workspace the manifest's `flows:` globs are read in (default GITHUB_WORKSPACE or cwd). */
  root?: string;
}

type Client = Pick<GenesysClient, 'getFlowLatestConfiguration' | 'readActionFailures'>;

export async function addFlowDetail(
  client: Client,
  plan: Plan,
  valid: ValidManifest,
  options: FlowDetailOptions = {},
): Promise<Plan> {
  const policy = valid.manifest.policy ?? {};
  const locate = (path: Parameters<typeof valid.source.locate>[0]): SourcePosition =>
    valid.source.locate(path);
  let out = withFlowWaits(plan, await readFlowWaits(client, plan, options), policy, locate);
  // Only when analytics answered the latency query: one refusal or outage is not asked twice.
  if (options.latency !== false && out.entries.some((e) => e.latency !== null)) {
    out = withFailures(out, await readFailures(client, out, (options.now ?? Date.now)()));
  }
  return withRepoFlowFiles(out, valid, options.root);
}

/** Offline: the repository's flow files that call each changed action (manifest `flows:`). */
export async function withRepoFlowFiles(
  plan: Plan,
  valid: ValidManifest,
  root: string = workspaceRoot(),
): Promise<Plan> {
  const globs = valid.manifest.flows;
  if (globs === undefined || globs.length === 0) return plan;
  const baseDir = relative(resolve(root), dirname(resolve(valid.path))) || '.';
  const repo = await readRepoFlows(globs, { root, baseDir });
  return withRepoFlows(plan, repo.calls, repo.notes);
}
