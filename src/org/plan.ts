import type { GenesysClient } from '../genesys/client.js';
import type { ValidManifest } from '../manifest/validate.js';
import { draftPlan, finishPlan, type PlanDraft } from '../plan/diff.js';
import { readScope, type ReadScope } from '../plan/read-scope.js';
import {
  changedActionsBySize,
  NO_CHANGES,
  type LatencyEvidence,
  type PlanEvidence,
  type RankedChanges,
} from '../plan/evidence.js';
import type { LiveOrg, Plan, PlanEntry } from '../plan/types.js';
import type { ReadProgress } from '../util/progress.js';
import { readFlowDetail, type FlowDetailInput } from './flow-detail.js';
import { MAX_FLOW_CONFIGS } from './flow-waits.js';
import {
  boxed,
  EVIDENCE_ACTIONS_MAX,
  EVIDENCE_REQUESTS_MAX,
  evidenceEndsAt,
  evidenceOrg,
  readEvidence,
  type EvidenceOrg,
  type LatencyShare,
} from './evidence.js';
import { readLiveOrg } from './read.js';

export interface PlanOptions {
  label: string;
  /** The environment of the manifest planned (absent for a file without environments). */
  environment?: string | undefined;
  region: string;
  /** The API host the client talks to, recorded in the plan. */
  apiHost?: string;
  /**
   * Read observed latency for the managed actions (default false): evidence for a reviewer, asked
   * for by `plan`, the PR comment and `recommend`, never by apply or drift.
   */
  latency?: boolean;
  /** Read which flows use the largest changes (default false; bounded, see org/evidence.ts). */
  flows?: boolean;
  /** Epoch ms of the run's deadline: evidence takes at most half of the time left. */
  deadline?: number;
  now?: () => number;
  onProgress?: ReadProgress;
  /** The workspace the manifest's `flows:` globs are read in (default GITHUB_WORKSPACE or cwd). */
  root?: string;
  /**
   * A read of the org made earlier in this run (readOrgFor), planned again instead of read again
   * when it holds every action this manifest can select (and its latency with it, when it answers
   * for every managed row); otherwise the org is read anew.
   */
  read?: OrgRead | undefined;
  /**
   * This plan is the read's last: it takes the actions out of it, so that they end with its draft
   * instead of being held by the caller while evidence is read (100,000 actions are some 11 MB).
   */
  lastOfRead?: boolean;
}

/**
 * One read of the org that several plans of one run share: `recommend` observes the manifest's
 * rows (observeOrg) and then plans the manifest it recommends over the same actions, so what its
 * table says "from" and "p99" are what its recommendation was made from. The first latency read
 * is kept with it (a second analytics query over 100,000 actions is some 24 MB of answer). Plans
 * only: apply reads each action it writes anew, and asks for no evidence.
 */
export interface OrgRead extends LatencyShare {
  /** What was read: undefined for the whole org, else the actions of these ids and names. */
  readonly scope: ReadScope | undefined;
  /** The actions read; undefined once the read's last plan has taken them (`lastOfRead`). */
  org: LiveOrg | undefined;
}

/** The org as a plan of this manifest reads it (only its actions when it names them). */
export async function readOrgFor(
  client: GenesysClient,
  valid: ValidManifest,
  region: string,
  onProgress?: ReadProgress,
): Promise<OrgRead> {
  const scope = readScope(valid.manifest);
  return { scope, org: await readLiveOrg(client, region, onProgress, scope) };
}

/** Whether a read holds every action a manifest of this scope can select. */
export function covers(read: ReadScope | undefined, wanted: ReadScope | undefined): boolean {
  if (read === undefined) return true;
  if (wanted === undefined) return false;
  const ids = new Set(read.ids);
  const names = new Set(read.names);
  return wanted.ids.every((id) => ids.has(id)) && wanted.names.every((n) => names.has(n));
}

/**
 * The plan. It holds no action configs: apply reads each action it writes with a single GET
 * just before its PATCH (org/apply.ts).
 */
export interface PlannedOrg {
  plan: Plan;
}

/**
 * Reads the org (only the manifest's actions when it names them and that is cheaper), then the
 * evidence asked for, then builds the plan once from all of it.
 */
export async function planOrg(
  client: GenesysClient,
  valid: ValidManifest,
  options: PlanOptions,
): Promise<PlannedOrg> {
  const flows = options.flows === true;
  const { draft, evidence, changed, first } = await draftWithEvidence(client, valid, options, {
    latency: options.latency === true,
    flows,
  });
  const detail = flows
    ? await flowDetail(
        client,
        { ...evidence, entries: draft.entries, changed },
        valid,
        options,
        first,
      )
    : {};
  return { plan: finishPlan(draft, { ...evidence, ...detail }) };
}

/**
 * What a recommendation is made from: the manifest's rows against the org (a draft: its rows carry
 * no evidence) and the latency observed for them. Not a plan, since nothing here is shown or
 * applied: over 100,000 actions a finished plan's evidence on each row, findings and fingerprint
 * were some 8 MB more, held at the run's peak while the recommended manifest was planned.
 */
export interface ObservedRows {
  entries: readonly PlanEntry[];
  latency: LatencyEvidence | undefined;
}

export async function observeOrg(
  client: GenesysClient,
  valid: ValidManifest,
  options: PlanOptions,
): Promise<ObservedRows> {
  const ask = { latency: true, flows: false };
  const { draft, evidence } = await draftWithEvidence(client, valid, options, ask);
  return { entries: draft.entries, latency: evidence.latency };
}

/** The draft (of the shared read when it serves) and the evidence asked for, within its bounds. */
async function draftWithEvidence(
  client: GenesysClient,
  valid: ValidManifest,
  options: PlanOptions,
  ask: { latency: boolean; flows: boolean },
): Promise<{ draft: PlanDraft; evidence: PlanEvidence; changed: RankedChanges; first: number }> {
  const read = shared(options.read, valid);
  const { draft, org } = await readAndDraft(client, valid, read, options);
  const first = client.stats().requests;
  // Largest change first, once: flows and the failure share both read the head of this list.
  const changed = ask.flows
    ? changedActionsBySize(draft.entries, EVIDENCE_ACTIONS_MAX)
    : NO_CHANGES;
  const evidence = await readEvidence(client, draft, org, {
    latency: ask.latency,
    share: read,
    flowsFor: changed,
    deadline: options.deadline,
    now: options.now,
    onProgress: options.onProgress,
  });
  return { draft, evidence, changed, first };
}

/** The shared read, when it holds every action this manifest can select; else the plan reads anew. */
function shared(read: OrgRead | undefined, valid: ValidManifest): OrgRead | undefined {
  const usable = read?.org !== undefined && covers(read.scope, readScope(valid.manifest));
  return usable ? read : undefined;
}

/**
 * The draft and what evidence needs of the org. The live actions end here, unless the caller shares
 * the read: the rows hold what the plan needs of them, so 100,000 of them are not kept while
 * evidence is read and the plan built.
 */
async function readAndDraft(
  client: GenesysClient,
  valid: ValidManifest,
  read: OrgRead | undefined,
  options: PlanOptions,
): Promise<{ draft: PlanDraft; org: EvidenceOrg }> {
  const live =
    read?.org ??
    (await readLiveOrg(client, options.region, options.onProgress, readScope(valid.manifest)));
  if (read !== undefined && options.lastOfRead === true) read.org = undefined;
  const draft = draftPlan({
    manifest: valid.manifest,
    manifestPath: valid.path,
    label: options.label,
    environment: options.environment,
    region: options.region,
    apiHost: options.apiHost,
    live: live.actions,
    locate: (path) => valid.source.locate(path),
    diagnostics: valid.diagnostics,
    integrationsUnreadable: live.integrationsUnreadable,
  });
  return { draft, org: evidenceOrg(live.actions) };
}

/**
 * What each flow waits and the failure share (issue 21), inside what is left of the evidence
 * budget and its time box; evidence never fails a plan, so anything going wrong leaves it out.
 */
async function flowDetail(
  client: GenesysClient,
  read: FlowDetailInput,
  valid: ValidManifest,
  options: PlanOptions,
  first: number,
): Promise<Pick<PlanEvidence, 'flowWaits' | 'failures' | 'repoFlows'>> {
  // One request of what is left goes to the failure-share query.
  const left = EVIDENCE_REQUESTS_MAX - (client.stats().requests - first) - 1;
  const detail = readFlowDetail(client, read, valid, {
    maxFlows: Math.max(0, Math.min(MAX_FLOW_CONFIGS, left)),
    latency: options.latency === true && left > 0,
    ...(options.now ? { now: options.now } : {}),
    ...(options.root !== undefined ? { root: options.root } : {}),
  }).catch(() => undefined);
  const now = options.now ?? Date.now;
  return (await boxed(detail, evidenceEndsAt(now(), options.deadline) - now())) ?? {};
}
