import type { GenesysClient } from '../genesys/client.js';
import type { PlanDraft } from '../plan/diff.js';
import type {
  FlowEvidence,
  LatencyEvidence,
  PlanEvidence,
  RankedChanges,
} from '../plan/evidence.js';
import type { LiveAction } from '../plan/types.js';
import type { ReadProgress } from '../util/progress.js';
import { FAILURE_ACTIONS_MAX } from './failures.js';
import { FLOW_ACTIONS_MAX, readFlowEvidence } from './flows.js';
import { answersFor, readLatency, type LatencyOutcome } from './latency.js';

/** Changed actions evidence looks at, the largest changes: flows for some, the failure share. */
export const EVIDENCE_ACTIONS_MAX = Math.max(FLOW_ACTIONS_MAX, FAILURE_ACTIONS_MAX);

/** Requests a plan's evidence (latency and flows together) may cost, whatever its size. */
export const EVIDENCE_REQUESTS_MAX = 60;
/**
 * Of the budget, what the flows' own detail (org/flow-detail.ts: up to 20 flow configurations and
 * one failure-share query) is kept, so dependency tracking cannot leave it nothing.
 */
export const FLOW_DETAIL_RESERVE = 21;
/** Longest time evidence may take; never more than half the time left before the deadline. */
export const EVIDENCE_MAX_MS = 120_000;

/**
 * What evidence needs of the live org beyond the plan's rows, kept in place of the actions: a plan
 * over 100,000 actions would otherwise hold them all (about 11 MiB) until it is built.
 */
export interface EvidenceOrg {
  /** Every integration of the org: the latency query is narrowed when the managed actions use fewer. */
  integrationIds: ReadonlySet<string>;
  /** The secure actions: their flows are looked up under two dependency types, others under one. */
  secureIds: ReadonlySet<string>;
}

export function evidenceOrg(live: readonly LiveAction[]): EvidenceOrg {
  const integrationIds = new Set<string>();
  const secureIds = new Set<string>();
  for (const action of live) {
    integrationIds.add(action.integrationId);
    if (action.secure) secureIds.add(action.id);
  }
  return { integrationIds, secureIds };
}

/**
 * Where the plans of one read of the org (OrgRead) keep the latency first read over it: a later
 * plan over the same actions shows that reading, and does not ask analytics again.
 */
export interface LatencyShare {
  latency?: LatencyOutcome | undefined;
}

export interface EvidenceOptions {
  latency: boolean;
  /** An earlier plan's latency over the same read, used when it answers for every managed row. */
  share?: LatencyShare | undefined;
  /** The changed actions to read flows for, largest change first (changedActionsBySize). */
  flowsFor: RankedChanges;
  deadline?: number | undefined;
  now?: (() => number) | undefined;
  onProgress?: ReadProgress | undefined;
}

/**
 * What a reviewer reads beside the plan: observed latency of the managed rows and the flows of the
 * largest changes. Bounded in requests (EVIDENCE_REQUESTS_MAX: latency first, flows get what is
 * left, at most FLOW_ACTIONS_MAX actions) and in time (its own box inside the run's deadline):
 * whatever does not fit becomes a note, never a failure, and never what makes a plan miss its
 * deadline.
 */
export async function readEvidence(
  client: GenesysClient,
  draft: PlanDraft,
  org: EvidenceOrg,
  options: EvidenceOptions,
): Promise<PlanEvidence> {
  const now = options.now ?? Date.now;
  const started = now();
  const endsAt = evidenceEndsAt(started, options.deadline);
  const firstRequest = client.stats().requests;
  const notes: string[] = [];
  let latency: LatencyEvidence | undefined;
  if (options.latency) {
    const { onProgress, share } = options;
    const earlier = share?.latency;
    const read =
      earlier !== undefined && answersFor(earlier, draft.entries)
        ? earlier
        : await boxed(
            readLatency(
              client,
              draft.entries,
              org.integrationIds,
              started,
              onProgress ? (done, total) => onProgress('latency', done, total) : undefined,
            ),
            endsAt - now(),
          );
    if (share !== undefined && read !== undefined) share.latency ??= read;
    if (read === undefined)
      notes.push(timedOut('No observed latency in this plan', endsAt - started));
    else {
      latency = read.evidence;
      if (read.note !== undefined) notes.push(read.note);
    }
  }
  let flows: FlowEvidence | undefined;
  const changed = options.flowsFor;
  if (changed.total > 0) {
    const spent = client.stats().requests - firstRequest;
    const requests = EVIDENCE_REQUESTS_MAX - spent - FLOW_DETAIL_RESERVE;
    const flowTotal = Math.min(changed.total, FLOW_ACTIONS_MAX);
    options.onProgress?.('flows', 0, flowTotal);
    flows = await boxed(
      readFlowEvidence(client, changed, FLOW_ACTIONS_MAX, requests, (id) => org.secureIds.has(id)),
      endsAt - now(),
    );
    if (flows === undefined) notes.push(timedOut('flows not shown', endsAt - started));
    else options.onProgress?.('flows', flowTotal, flowTotal);
  }
  return { latency, flows, notes };
}

/** When evidence must be done: its own box, never more than half the time left before the deadline. */
export function evidenceEndsAt(started: number, deadline: number | undefined): number {
  const left = deadline === undefined ? Infinity : (deadline - started) / 2;
  return started + Math.max(0, Math.min(EVIDENCE_MAX_MS, left));
}

function timedOut(what: string, ms: number): string {
  return `${what}: evidence has ${Math.round(ms / 1000)} s of the run's time (at most half of what is left before the deadline), and that time passed`;
}

/** The work's result, or undefined once `ms` have passed (the work is then left to end on its own). */
export async function boxed<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  if (ms <= 0) {
    work.catch(() => undefined);
    return undefined;
  }
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
