import { dirname, relative, resolve } from 'node:path';
import type { GenesysClient } from '../genesys/client.js';
import { readRepoFlows } from '../manifest/flow-files.js';
import type { ValidManifest } from '../manifest/validate.js';
import {
  type FlowEvidence,
  type LatencyEvidence,
  type PlanEvidence,
  type RankedChanges,
  type RepoFlowEvidence,
} from '../plan/evidence.js';
import type { PlanEntry } from '../plan/types.js';
import { workspaceRoot } from '../util/read-file.js';
import { readFailures } from './failures.js';
import { readFlowWaits, type FlowWaitBudget } from './flow-waits.js';

/**
 * The evidence issue 21 adds to a plan someone reads, once the flows that use the largest changes
 * are known: what each flow waits (≤ MAX_FLOW_CONFIGS requests), the failure share of the largest
 * changes (1 request), and the repository's flow files that call each changed action (no
 * request). Read before the plan is built, which places it on the rows (plan/place-evidence.ts).
 * Never for apply or drift; never a reason for the plan to fail except the policy.
 */

export interface FlowDetailOptions extends FlowWaitBudget {
  /** Read the failure share (with latency; default true). */
  latency?: boolean;
  now?: () => number;
  /** The workspace the manifest's `flows:` globs are read in (default GITHUB_WORKSPACE or cwd). */
  root?: string;
}

type Client = Pick<GenesysClient, 'getFlowLatestConfiguration' | 'readActionFailures'>;

/** What was read so far: the draft's rows, the latency and the flows of its largest changes. */
export interface FlowDetailInput {
  entries: readonly PlanEntry[];
  /** The changed actions, largest change first (changedActionsBySize). */
  changed: RankedChanges;
  latency?: LatencyEvidence | undefined;
  flows?: FlowEvidence | undefined;
}

export async function readFlowDetail(
  client: Client,
  read: FlowDetailInput,
  valid: ValidManifest,
  options: FlowDetailOptions = {},
): Promise<Pick<PlanEvidence, 'flowWaits' | 'failures' | 'repoFlows'>> {
  const flowWaits =
    read.flows === undefined
      ? undefined
      : await readFlowWaits(client, read.entries, read.flows, options);
  // Only when analytics answered the latency query: one refusal or outage is not asked twice.
  const failures =
    options.latency !== false && someRuns(read.latency)
      ? await readFailures(client, read.changed, (options.now ?? Date.now)())
      : undefined;
  const repoFlows = await readRepoFlowFiles(valid, options.root);
  return { flowWaits, failures, repoFlows };
}

/** Whether analytics answered the latency query with any run at all. */
function someRuns(latency: LatencyEvidence | undefined): boolean {
  for (const stats of latency?.byAction.values() ?? []) if (stats.count > 0) return true;
  return false;
}

/** Offline: the repository's flow files that call each changed action (manifest `flows:`). */
export async function readRepoFlowFiles(
  valid: ValidManifest,
  root: string = workspaceRoot(),
): Promise<RepoFlowEvidence | undefined> {
  const globs = valid.manifest.flows;
  if (globs === undefined || globs.length === 0) return undefined;
  const baseDir = relative(resolve(root), dirname(resolve(valid.path))) || '.';
  const repo = await readRepoFlows(globs, { root, baseDir });
  return { calls: repo.calls, notes: repo.notes };
}
