import { ACTION_AGGREGATES_PATH, FILTER_LIMIT } from './analytics.js';
import { GenesysApiError } from './errors.js';
import type { ApiRequester } from './http.js';

/**
 * The share of an action's runs that failed (GENESYS_API.md §9): one aggregate query of
 * `tTotalExecution` grouped by `actionId`, `errorType` and `responseStatus`, the run count being
 * the metric's `count`. The values of `errorType` are not documented: they are kept as given. A run
 * counts as failed when its group carries an `errorType`, or else a `responseStatus` of 400 or
 * more; a group with neither is a success. One request, no job fallback: this is extra evidence,
 * and a refusal (403, 400) comes back as `unavailable`, never as an exception.
 */

export interface FailureGroup {
  errorType: string | null;
  responseStatus: string | null;
  count: number;
}

export interface ActionFailures {
  runs: number;
  failed: number;
  /** Failed runs per (errorType, responseStatus), largest first. */
  groups: FailureGroup[];
}

export interface FailureReading {
  byAction: Map<string, ActionFailures>;
  unavailable?: { status: number | undefined; message: string };
}

interface Body {
  results?: unknown;
}

export function buildFailureQuery(actionIds: readonly string[], interval: string): object {
  const ids = [...new Set(actionIds)];
  return {
    interval,
    metrics: ['tTotalExecution'],
    groupBy: ['actionId', 'errorType', 'responseStatus'],
    ...(ids.length <= FILTER_LIMIT
      ? {
          filter: {
            type: 'or',
            predicates: ids.map((value) => ({
              type: 'dimension',
              dimension: 'actionId',
              operator: 'matches',
              value,
            })),
          },
        }
      : {}),
  };
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function isFailure(errorType: string | null, responseStatus: string | null): boolean {
  if (errorType !== null) return true;
  const status = responseStatus === null ? NaN : Number(responseStatus);
  return Number.isFinite(status) && status >= 400;
}

/** Runs of one result: the counts of its `tTotalExecution` buckets; 0 for any other shape. */
function runsOf(result: Record<string, unknown>): number {
  let runs = 0;
  for (const bucket of Array.isArray(result['data']) ? (result['data'] as unknown[]) : []) {
    if (typeof bucket !== 'object' || bucket === null) continue;
    const metrics = (bucket as Record<string, unknown>)['metrics'];
    for (const metric of Array.isArray(metrics) ? (metrics as unknown[]) : []) {
      if (typeof metric !== 'object' || metric === null) continue;
      const m = metric as { metric?: unknown; stats?: { count?: unknown } };
      const count = m.stats?.count;
      if (m.metric === 'tTotalExecution' && typeof count === 'number' && count > 0) runs += count;
    }
  }
  return runs;
}

/** Folds an answer into runs and failures per wanted action; unexpected shapes count as nothing. */
export function parseFailureResponse(
  body: unknown,
  wanted: ReadonlySet<string>,
): Map<string, ActionFailures> {
  const byAction = new Map<string, ActionFailures>();
  const results = (body as Body | undefined)?.results;
  for (const result of Array.isArray(results) ? (results as unknown[]) : []) {
    if (typeof result !== 'object' || result === null) continue;
    const group = (result as Record<string, unknown>)['group'];
    if (typeof group !== 'object' || group === null) continue;
    const g = group as Record<string, unknown>;
    const id = g['actionId'];
    if (typeof id !== 'string' || !wanted.has(id)) continue;
    const runs = runsOf(result as Record<string, unknown>);
    const into = byAction.get(id) ?? { runs: 0, failed: 0, groups: [] };
    into.runs += runs;
    const errorType = text(g['errorType']);
    const responseStatus = text(g['responseStatus']);
    if (runs > 0 && isFailure(errorType, responseStatus)) {
      into.failed += runs;
      const same = into.groups.find(
        (x) => x.errorType === errorType && x.responseStatus === responseStatus,
      );
      if (same === undefined) into.groups.push({ errorType, responseStatus, count: runs });
      else same.count += runs;
    }
    byAction.set(id, into);
  }
  for (const f of byAction.values()) f.groups.sort((a, b) => b.count - a.count);
  return byAction;
}

export async function readActionFailures(
  api: ApiRequester,
  actionIds: readonly string[],
  interval: string,
): Promise<FailureReading> {
  const wanted = new Set(actionIds);
  if (wanted.size === 0) return { byAction: new Map() };
  try {
    const answer = await api.json<unknown>({
      method: 'POST',
      path: ACTION_AGGREGATES_PATH,
      body: buildFailureQuery(actionIds, interval),
      // A query changes nothing: retrying it is as safe as a GET.
      idempotent: true,
    });
    return { byAction: parseFailureResponse(answer, wanted) };
  } catch (error) {
    if (!(error instanceof GenesysApiError)) throw error;
    return {
      byAction: new Map(),
      unavailable: { status: error.status, message: error.apiMessage },
    };
  }
}
