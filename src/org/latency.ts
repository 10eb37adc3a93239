import type { GenesysClient } from '../genesys/client.js';
import { lastDaysInterval, type LatencyReading } from '../genesys/analytics.js';
import type { LatencyEvidence } from '../plan/evidence.js';
import type { PlanEntry } from '../plan/types.js';
import { plural } from '../util/plural.js';

export const LATENCY_DAYS = 7;

/** Latency for the plan's managed rows, and at most one note on what analytics did not give. */
export interface LatencyOutcome {
  evidence: LatencyEvidence | undefined;
  note: string | undefined;
  /** The actions analytics was asked about (the managed rows'), an action once per field. */
  asked: readonly string[];
}

/**
 * Whether an earlier reading of this run asked about every action these rows manage: a plan of the
 * same read of the org then shows that reading instead of asking analytics again (OrgRead).
 */
export function answersFor(earlier: LatencyOutcome, entries: readonly PlanEntry[]): boolean {
  if (asksTheSame(earlier.asked, entries)) return true;
  const asked = new Set(earlier.asked);
  return entries.every((e) => e.entryIndex === null || asked.has(e.actionId));
}

/**
 * Whether these rows manage exactly the actions asked about, in the order asked: two plans of one
 * read usually do, and this needs no set of 100,000 ids (a large object) at the peak of a plan.
 */
function asksTheSame(asked: readonly string[], entries: readonly PlanEntry[]): boolean {
  let i = 0;
  for (const e of entries) {
    if (e.entryIndex === null) continue;
    if (asked[i] !== e.actionId) return false;
    i += 1;
  }
  return i === asked.length;
}

/**
 * Evidence for the reviewer, never a reason to fail: one query (or one analytics job) for every
 * managed action. Without the analytics permission, without percentiles, or when analytics has a
 * bad moment, the plan is made with what came back and one note says what is missing.
 */
export async function readLatency(
  client: GenesysClient,
  entries: readonly PlanEntry[],
  orgIntegrations: ReadonlySet<string>,
  now: number,
  onProgress?: (done: number, total: number) => void,
): Promise<LatencyOutcome> {
  // One list filled row by row, an action twice when two of its fields are managed (the query
  // takes each once): over 100,000 rows, every further list or set of them is a large object
  // held, or left for a full collection, while analytics answers.
  const managed: string[] = [];
  const used = new Set<string>();
  for (const e of entries) {
    if (e.entryIndex === null) continue;
    managed.push(e.actionId);
    used.add(e.integrationId);
  }
  if (managed.length === 0) return { evidence: undefined, note: undefined, asked: managed };
  const read = await client.readActionLatency(
    { actionIds: managed, ...narrowing(used, orgIntegrations) },
    lastDaysInterval(LATENCY_DAYS, now),
    onProgress,
  );
  const evidence =
    read.byAction.size === 0 ? undefined : { days: LATENCY_DAYS, byAction: read.byAction };
  return { evidence, note: noteOn(read), asked: managed };
}

/** The managed actions' integrations, when they are only some of the org's: a smaller answer. */
function narrowing(
  used: ReadonlySet<string>,
  all: ReadonlySet<string>,
): { integrationIds?: string[] } {
  return used.size < all.size ? { integrationIds: [...used] } : {};
}

const WHY: Record<NonNullable<LatencyReading['unavailable']>['reason'], string> = {
  forbidden: 'analytics refused the query for lack of a permission',
  refused: 'analytics refused the query and the asynchronous job',
  'job-failed': 'the analytics job did not complete',
  'job-timeout': 'the analytics job did not finish in time',
  error: 'analytics could not be read',
};

function noteOn(read: LatencyReading): string | undefined {
  const gap = read.unavailable;
  if (gap !== undefined) {
    const grant =
      gap.reason === 'forbidden'
        ? ' The analytics query takes integrations:action:view or bridge:actions:view (GENESYS_API.md §9).'
        : '';
    const status = gap.status === undefined ? '' : `${gap.status}: `;
    return `No observed latency in this plan: ${WHY[gap.reason]} (${status}${gap.message}).${grant}`;
  }
  if (read.withoutPercentiles === 0) return undefined;
  return `Analytics returned no p95/p99 for ${plural(read.withoutPercentiles, 'action')} with runs: the plan shows no latency for ${read.withoutPercentiles === 1 ? 'it' : 'them'} and cannot warn below p99.`;
}
