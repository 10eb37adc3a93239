import { runAggregateJob, type JobTiming } from './analytics-jobs.js';
import { GenesysApiError } from './errors.js';
import type { ApiRequester } from './http.js';
import type { LatencyStats } from './types.js';

/**
 * Observed execution latency per action (GENESYS_API.md §9), for evidence-based timeouts: one
 * aggregate query grouped by `actionId` whatever the number of actions, and the asynchronous job
 * when the synchronous query is refused (too many results, interval too long: 400).
 */

export const ACTION_AGGREGATES_PATH = '/api/v2/analytics/actions/aggregates/query';

/**
 * Up to this many ids (or integrations) are named in the filter, as many as the list's `ids`
 * filter takes; the maximum number of predicates per query is not documented. Beyond it the query
 * covers the whole org and the answer is narrowed here.
 */
export const FILTER_LIMIT = 50;

/** The ISO-8601 interval of the last `days` days up to `nowMs`, as analytics queries take it. */
export function lastDaysInterval(days: number, nowMs: number): string {
  return `${new Date(nowMs - days * 86_400_000).toISOString()}/${new Date(nowMs).toISOString()}`;
}

interface Predicate {
  type: 'dimension';
  dimension: 'actionId' | 'integrationId';
  operator: 'matches';
  value: string;
}

export interface ActionAggregationQuery {
  interval: string;
  metrics: string[];
  groupBy: string[];
  filter?: { type: 'or'; predicates: Predicate[] };
}

/** What latency is wanted for. */
export interface LatencyScope {
  /** An id may come more than once; each is asked for and answered once. */
  actionIds: readonly string[];
  /**
   * The integrations of those actions, given only when they are a part of the org's: the query is
   * then narrowed to them. Leave out when every integration is concerned.
   */
  integrationIds?: readonly string[];
}

interface StatsBody {
  count?: number;
  min?: number;
  max?: number;
  sum?: number;
  p95?: number;
  p99?: number;
}

export interface AggregateResponse {
  results?: (
    | {
        group?: Record<string, string>;
        data?: { interval?: string; metrics?: { metric?: string; stats?: StatsBody }[] }[];
      }
    | undefined
  )[];
  /** Job result pages only: there while more pages follow. */
  cursor?: string;
}

export type LatencyGapReason = 'forbidden' | 'refused' | 'job-failed' | 'job-timeout' | 'error';

export interface LatencyReading {
  byAction: Map<string, LatencyStats>;
  /** How the answer came: one synchronous query, an async job, or not at all. */
  via: 'query' | 'job' | 'none';
  /** Why there is no evidence; undefined when analytics answered (even with no runs). */
  unavailable?: { reason: LatencyGapReason; status?: number; message: string };
  /** Actions with runs whose stats came without p95 or p99 (both optional, §9). */
  withoutPercentiles: number;
}

export interface LatencyOptions {
  timing: JobTiming;
  /** Actions accounted for so far out of those wanted; called at least at the start and the end. */
  onProgress?: (done: number, total: number) => void;
}

function predicates(dimension: Predicate['dimension'], values: readonly string[]): Predicate[] {
  return values.map((value) => ({ type: 'dimension', dimension, operator: 'matches', value }));
}

/** A filter only where it narrows the answer: a few ids, else a few integrations, else none. */
export function buildLatencyQuery(scope: LatencyScope, interval: string): ActionAggregationQuery {
  const query: ActionAggregationQuery = {
    interval,
    metrics: ['tTotalExecution'],
    groupBy: ['actionId'],
  };
  const ids = uniqueUpTo(scope.actionIds, FILTER_LIMIT);
  const integrations = [...new Set(scope.integrationIds ?? [])];
  if (ids !== undefined) {
    query.filter = { type: 'or', predicates: predicates('actionId', ids) };
  } else if (integrations.length > 0 && integrations.length <= FILTER_LIMIT) {
    query.filter = { type: 'or', predicates: predicates('integrationId', integrations) };
  }
  return query;
}

/**
 * The distinct values, or undefined once there are more than `limit`: a query over 100,000 ids
 * never filters by them, and a set of them all would be built only to be counted.
 */
function uniqueUpTo(values: readonly string[], limit: number): string[] | undefined {
  const unique = new Set<string>();
  for (const value of values) {
    unique.add(value);
    if (unique.size > limit) return undefined;
  }
  return [...unique];
}

/**
 * The ids asked for, each mapped to the caller's own string: the summaries are keyed with it, not
 * with the copy each answer parses (100,000 ids are about 6 MiB held until the plan is made).
 */
type Wanted = ReadonlyMap<string, string>;

/**
 * Folds an answer into one summary per wanted action; other groups are dropped as they come.
 * Several intervals (if the server splits them) are combined: counts add up; for percentiles the
 * largest is kept, which errs on the safe side when choosing a timeout.
 */
function parseLatencyResponse(
  body: AggregateResponse | undefined,
  into: Map<string, LatencyStats>,
  wanted: Wanted,
): void {
  for (const result of body?.results ?? []) foldLatencyResult(result, into, wanted);
}

type AggregateResult = NonNullable<AggregateResponse['results']>[number];

/** One result of an answer folded into the summary of its action, when that action is wanted. */
function foldLatencyResult(result: unknown, into: Map<string, LatencyStats>, wanted: Wanted): void {
  if (typeof result !== 'object' || result === null) return;
  const { group, data } = result as NonNullable<AggregateResult>;
  const asked = group?.actionId;
  const id = typeof asked === 'string' ? wanted.get(asked) : undefined;
  if (id === undefined) return;
  for (const bucket of Array.isArray(data) ? data : []) {
    for (const metric of bucket?.metrics ?? []) {
      if (metric?.metric !== 'tTotalExecution' || metric.stats === undefined) continue;
      into.set(id, merge(into.get(id), metric.stats));
    }
  }
}

/**
 * One object literal with every field: adding p95 and p99 to a summary afterwards gave each of
 * 100,000 summaries an out-of-object property store, megabytes held while evidence is read.
 */
function merge(a: LatencyStats | undefined, s: StatsBody): LatencyStats {
  const larger = (x: number | undefined, y: number | undefined): number | undefined =>
    x === undefined ? y : y === undefined ? x : Math.max(x, y);
  return {
    count: (a?.count ?? 0) + (s.count ?? 0),
    p95: larger(a?.p95, s.p95),
    p99: larger(a?.p99, s.p99),
  };
}

function gapOf(error: GenesysApiError): NonNullable<LatencyReading['unavailable']> {
  const reason: LatencyGapReason =
    error.status === 403 ? 'forbidden' : error.status === 400 ? 'refused' : 'error';
  return {
    reason,
    message: error.apiMessage,
    ...(error.status === undefined ? {} : { status: error.status }),
  };
}

/** 400 (too many results, interval too long) and 413 are what a job is for. */
function jobMayHelp(error: GenesysApiError): boolean {
  return error.status === 400 || error.status === 413;
}

function reading(
  byAction: Map<string, LatencyStats>,
  via: LatencyReading['via'],
  unavailable?: LatencyReading['unavailable'],
): LatencyReading {
  let withoutPercentiles = 0;
  for (const stats of byAction.values()) {
    if (stats.count > 0 && (stats.p95 === undefined || stats.p99 === undefined))
      withoutPercentiles += 1;
  }
  return {
    byAction,
    via,
    withoutPercentiles,
    ...(unavailable === undefined ? {} : { unavailable }),
  };
}

/**
 * Latency of the given actions over `interval` in O(1) requests: one synchronous query, or one job
 * (submit, a bounded number of polls, its result pages). Never throws for an API answer: evidence
 * is optional, so a refusal comes back as `unavailable` with the reason.
 */
export async function readActionLatency(
  api: ApiRequester,
  scope: LatencyScope,
  interval: string,
  options: LatencyOptions,
): Promise<LatencyReading> {
  const wanted = new Map<string, string>();
  for (const id of scope.actionIds) wanted.set(id, id);
  const byAction = new Map<string, LatencyStats>();
  const progress = (): void => options.onProgress?.(byAction.size, wanted.size);
  if (wanted.size === 0) return reading(byAction, 'none');
  progress();
  const body = buildLatencyQuery(scope, interval);
  try {
    // Folded as it is read: an answer over 100,000 actions is never held whole, as text or objects.
    let folded = new Map<string, LatencyStats>();
    await api.jsonItems(
      {
        method: 'POST',
        path: ACTION_AGGREGATES_PATH,
        body,
        // A query changes nothing: retrying it is as safe as a GET.
        idempotent: true,
      },
      'results',
      () => {
        // Each attempt folds afresh: a body cut off and read again is never counted twice.
        const into = new Map<string, LatencyStats>();
        folded = into;
        return (result) => foldLatencyResult(result, into, wanted);
      },
    );
    options.onProgress?.(wanted.size, wanted.size);
    return reading(folded, 'query');
  } catch (error) {
    if (!(error instanceof GenesysApiError)) throw error;
    if (!jobMayHelp(error)) return reading(byAction, 'none', gapOf(error));
  }
  return readByJob(api, body, wanted, byAction, options);
}

async function readByJob(
  api: ApiRequester,
  body: ActionAggregationQuery,
  wanted: Wanted,
  byAction: Map<string, LatencyStats>,
  options: LatencyOptions,
): Promise<LatencyReading> {
  const progress = (): void => options.onProgress?.(byAction.size, wanted.size);
  try {
    const outcome = await runAggregateJob<AggregateResponse>(api, body, options.timing, {
      onPoll: progress,
      onPage: (page) => {
        parseLatencyResponse(page, byAction, wanted);
        progress();
      },
    });
    if (!outcome.ok) {
      return reading(new Map(), 'none', { reason: outcome.reason, message: outcome.message });
    }
  } catch (error) {
    if (!(error instanceof GenesysApiError)) throw error;
    return reading(new Map(), 'none', gapOf(error));
  }
  options.onProgress?.(wanted.size, wanted.size);
  return reading(byAction, 'job');
}
