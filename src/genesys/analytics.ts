import { GenesysApiError } from './errors.js';
import type { EventSink } from './events.js';
import type { ApiRequester } from './http.js';
import type { LatencyStats } from './types.js';

/** Observed execution latency per action (GENESYS_API.md §9), for evidence-based timeouts. */

export const ACTION_AGGREGATES_PATH = '/api/v2/analytics/actions/aggregates/query';

/** The maximum number of predicates per query is undocumented; keep chunks as small as the ids filter. */
export const LATENCY_CHUNK_SIZE = 50;

export interface ActionAggregationQuery {
  interval: string;
  metrics: string[];
  groupBy: string[];
  filter: {
    type: 'or';
    predicates: { type: 'dimension'; dimension: 'actionId'; operator: 'matches'; value: string }[];
  };
}

interface StatsBody {
  count?: number;
  min?: number;
  max?: number;
  sum?: number;
  p95?: number;
  p99?: number;
}

interface AggregateResponse {
  results?: {
    group?: Record<string, string>;
    data?: { interval?: string; metrics?: { metric?: string; stats?: StatsBody }[] }[];
  }[];
}

export function buildLatencyQuery(actionIds: string[], interval: string): ActionAggregationQuery {
  return {
    interval,
    metrics: ['tTotalExecution'],
    groupBy: ['actionId'],
    filter: {
      type: 'or',
      predicates: actionIds.map((value) => ({
        type: 'dimension',
        dimension: 'actionId',
        operator: 'matches',
        value,
      })),
    },
  };
}

/**
 * Folds the answer into one summary per action. Several intervals (if the server splits them) are
 * combined: counts and sums add up; for percentiles the largest is kept, which errs on the safe side
 * when choosing a timeout.
 */
export function parseLatencyResponse(
  body: AggregateResponse | undefined,
  into = new Map<string, LatencyStats>(),
): Map<string, LatencyStats> {
  for (const result of body?.results ?? []) {
    const id = result.group?.actionId;
    if (id === undefined) continue;
    for (const bucket of result.data ?? []) {
      for (const metric of bucket.metrics ?? []) {
        if (metric.metric !== 'tTotalExecution' || metric.stats === undefined) continue;
        into.set(id, merge(into.get(id), metric.stats));
      }
    }
  }
  return into;
}

function merge(a: LatencyStats | undefined, s: StatsBody): LatencyStats {
  const pick = (
    x: number | undefined,
    y: number | undefined,
    f: (...v: number[]) => number,
  ): number | undefined => (x === undefined ? y : y === undefined ? x : f(x, y));
  const add = (x: number | undefined, y: number | undefined): number | undefined =>
    x === undefined ? y : y === undefined ? x : x + y;
  const count = (a?.count ?? 0) + (s.count ?? 0);
  const sum = add(a?.sum, s.sum);
  const out: LatencyStats = { count };
  const set = (
    key: 'min' | 'max' | 'sum' | 'p95' | 'p99' | 'mean',
    v: number | undefined,
  ): void => {
    if (v !== undefined) out[key] = v;
  };
  set('min', pick(a?.min, s.min, Math.min));
  set('max', pick(a?.max, s.max, Math.max));
  set('sum', sum);
  set('mean', sum !== undefined && count > 0 ? sum / count : undefined);
  set('p95', pick(a?.p95, s.p95, Math.max));
  set('p99', pick(a?.p99, s.p99, Math.max));
  return out;
}

export async function queryActionLatency(
  api: ApiRequester,
  emit: EventSink,
  actionIds: string[],
  interval: string,
): Promise<Map<string, LatencyStats>> {
  const stats = new Map<string, LatencyStats>();
  const unique = [...new Set(actionIds)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += LATENCY_CHUNK_SIZE) {
    chunks.push(unique.slice(i, i + LATENCY_CHUNK_SIZE));
  }
  try {
    const answers = await Promise.all(
      chunks.map((ids) =>
        api.json<AggregateResponse>({
          method: 'POST',
          path: ACTION_AGGREGATES_PATH,
          body: buildLatencyQuery(ids, interval),
          // A query changes nothing: retrying it is as safe as a GET.
          idempotent: true,
        }),
      ),
    );
    for (const answer of answers) parseLatencyResponse(answer, stats);
    return stats;
  } catch (error) {
    // No analytics scope (403) or an interval the service refuses (400): latency is optional evidence.
    if (error instanceof GenesysApiError && (error.status === 400 || error.status === 403)) {
      emit({ type: 'latency-unavailable', status: error.status, message: error.message });
      return new Map();
    }
    throw error;
  }
}
