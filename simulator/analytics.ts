import { badRequest } from './errors.js';
import { isRecord } from './json.js';
import { uniform } from './prng.js';
import type { StoredAction, StoredIntegration } from './types.js';

/**
 * The body of an action aggregate query (GENESYS_API.md §9), evaluated: `tTotalExecution` stats in
 * milliseconds, derived from each action's latency profile. The answer is a pure function of the
 * seed, the action and the interval, so a query can be repeated and compared. The sync query and
 * the async jobs (analytics-service.ts) share it.
 */

const DIMENSIONS = [
  'actionCategory',
  'actionId',
  'actionName',
  'correlationId',
  'errorType',
  'integrationId',
  'integrationName',
  'responseStatus',
] as const;
type Dimension = (typeof DIMENSIONS)[number];
const METRIC = 'tTotalExecution';
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

interface Stats {
  count: number;
  min: number;
  max: number;
  sum: number;
  p95?: number;
  p99?: number;
}

/** One group of the answer, in the API's ActionAggregateDataContainer shape. */
export interface AggregateGroup {
  group: Record<string, string>;
  data: { interval: string; metrics: { metric: string; stats: Stats }[] }[];
}

export interface EvaluationLimits {
  /** The longest interval accepted, in days (not documented, §9). */
  maxDays: number;
  /** false: stats without p95/p99, which are optional in StatisticalSummary (§9). */
  percentiles: boolean;
}

type Predicate = (values: Partial<Record<Dimension, string>>) => boolean;

function parseInterval(value: unknown, maxDays: number): { start: number; end: number } {
  if (typeof value !== 'string') throw badRequest('interval is required.', 'interval', 'required');
  const [from, to, extra] = value.split('/');
  const start = from === undefined ? NaN : Date.parse(from);
  const end = to === undefined ? NaN : Date.parse(to);
  if (extra !== undefined || Number.isNaN(start) || Number.isNaN(end) || end <= start) {
    throw badRequest(
      'interval must be an ISO-8601 interval start/end with end after start.',
      'interval',
    );
  }
  if (end - start > maxDays * DAY_MS) {
    throw badRequest(`interval must not exceed ${maxDays} days.`, 'interval', 'max.value');
  }
  return { start, end };
}

function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);
}

function parsePredicates(raw: unknown, where: string): Predicate[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest(`${where} must be an array.`, where);
  return raw.map((p, i): Predicate => {
    if (!isRecord(p) || !isDimension(p.dimension)) {
      throw badRequest(
        `${where}[${i}].dimension must be one of ${DIMENSIONS.join(', ')}.`,
        `${where}[${i}].dimension`,
      );
    }
    const dimension = p.dimension;
    const operator = p.operator ?? 'matches';
    if (operator === 'exists') return (v) => v[dimension] !== undefined;
    if (operator === 'notExists') return (v) => v[dimension] === undefined;
    if (operator !== 'matches' || typeof p.value !== 'string') {
      throw badRequest(
        `${where}[${i}] needs operator matches with a string value.`,
        `${where}[${i}]`,
      );
    }
    const value = p.value;
    return (v) => v[dimension] === value;
  });
}

function combine(type: unknown, parts: Predicate[], where: string): Predicate {
  if (type !== 'and' && type !== 'or')
    throw badRequest(`${where}.type must be and or or.`, `${where}.type`);
  return type === 'and' ? (v) => parts.every((p) => p(v)) : (v) => parts.some((p) => p(v));
}

function parseFilter(raw: unknown): Predicate {
  if (raw === undefined || raw === null) return () => true;
  if (!isRecord(raw)) throw badRequest('filter must be an object.', 'filter');
  const parts = parsePredicates(raw.predicates, 'filter.predicates');
  if (raw.clauses !== undefined) {
    if (!Array.isArray(raw.clauses))
      throw badRequest('filter.clauses must be an array.', 'filter.clauses');
    raw.clauses.forEach((clause: unknown, i) => {
      const where = `filter.clauses[${i}]`;
      if (!isRecord(clause)) throw badRequest(`${where} must be an object.`, where);
      parts.push(
        combine(clause.type, parsePredicates(clause.predicates, `${where}.predicates`), where),
      );
    });
  }
  return combine(raw.type, parts, 'filter');
}

function statsFor(
  seed: string,
  action: StoredAction,
  start: number,
  end: number,
): Stats | undefined {
  const { callsPerDay, p50Ms, p95Ms, p99Ms } = action.latency;
  // A window is known to the hour: "the last 7 days" asked twice a minute apart is the same
  // window and gets the same answer, so a recommendation shown and then written agree.
  // (A window shorter than a day, which only tests ask for, to the minute.)
  const unit = end - start >= DAY_MS ? HOUR_MS : MINUTE_MS;
  const from = Math.floor(start / unit);
  const span = Math.max(1, Math.round((end - start) / unit));
  const key = `${seed}|${action.id}|${from}|${span}|${unit}`;
  const count = Math.floor(
    ((callsPerDay * span * unit) / DAY_MS) * (0.85 + 0.3 * uniform(`${key}|count`)),
  );
  if (count <= 0) return undefined;
  const wobble = (name: string): number => 0.95 + 0.1 * uniform(`${key}|${name}`);
  const p95 = Math.round(p95Ms * wobble('p95'));
  const p99 = Math.max(p95, Math.round(p99Ms * wobble('p99')));
  const min = Math.max(1, Math.round(p50Ms * 0.3 * wobble('min')));
  const max = count === 1 ? min : Math.max(p99, Math.round(p99Ms * 1.2 * wobble('max')));
  return { count, min, max, sum: Math.round(count * p50Ms * 1.15 * wobble('sum')), p95, p99 };
}

function merge(a: Stats, b: Stats): Stats {
  return {
    count: a.count + b.count,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    sum: a.sum + b.sum,
    // Percentiles do not add up; the larger one is the conservative answer for a timeout.
    ...(a.p95 !== undefined && b.p95 !== undefined ? { p95: Math.max(a.p95, b.p95) } : {}),
    ...(a.p99 !== undefined && b.p99 !== undefined ? { p99: Math.max(a.p99, b.p99) } : {}),
  };
}

function withoutPercentiles({ count, min, max, sum }: Stats): Stats {
  return { count, min, max, sum };
}

interface ParsedQuery {
  interval: { start: number; end: number };
  groupBy: Dimension[];
  filter: Predicate;
}

function parseQuery(body: unknown, maxDays: number): ParsedQuery {
  if (!isRecord(body)) throw badRequest('The request body must be an ActionAggregationQuery.');
  const interval = parseInterval(body.interval, maxDays);
  const metrics = body.metrics;
  if (!Array.isArray(metrics) || metrics.length === 0) {
    throw badRequest('metrics is required.', 'metrics', 'required');
  }
  for (const metric of metrics) {
    if (metric !== METRIC) throw badRequest(`Unknown metric ${JSON.stringify(metric)}.`, 'metrics');
  }
  const groupBy: unknown = body.groupBy ?? [];
  if (!Array.isArray(groupBy) || !groupBy.every(isDimension)) {
    throw badRequest(`groupBy entries must be among ${DIMENSIONS.join(', ')}.`, 'groupBy');
  }
  return { interval, groupBy, filter: parseFilter(body.filter) };
}

/**
 * The groups a query selects, one per distinct value of its groupBy dimensions; actions without a
 * run in the interval are left out, as analytics leaves them out.
 */
export function evaluateQuery(
  body: unknown,
  seed: string,
  actions: Iterable<StoredAction>,
  integrations: ReadonlyMap<string, StoredIntegration>,
  limits: EvaluationLimits,
): AggregateGroup[] {
  const { interval, groupBy, filter } = parseQuery(body, limits.maxDays);
  const groups = new Map<string, { group: Record<string, string>; stats: Stats }>();
  for (const action of actions) {
    const values: Partial<Record<Dimension, string>> = {
      actionId: action.id,
      actionName: action.name,
      actionCategory: action.category,
      integrationId: action.integrationId,
    };
    const integrationName = integrations.get(action.integrationId)?.name;
    if (integrationName !== undefined) values.integrationName = integrationName;
    if (!filter(values)) continue;
    const stats = statsFor(seed, action, interval.start, interval.end);
    if (stats === undefined) continue;
    const group: Record<string, string> = {};
    for (const dimension of groupBy) {
      const value = values[dimension];
      if (value !== undefined) group[dimension] = value;
    }
    const key = JSON.stringify(group);
    const existing = groups.get(key);
    groups.set(key, {
      group,
      stats: existing === undefined ? stats : merge(existing.stats, stats),
    });
  }
  const intervalText = `${new Date(interval.start).toISOString()}/${new Date(interval.end).toISOString()}`;
  return [...groups.values()].map(({ group, stats }) => ({
    group,
    data: [
      {
        interval: intervalText,
        metrics: [
          { metric: METRIC, stats: limits.percentiles ? stats : withoutPercentiles(stats) },
        ],
      },
    ],
  }));
}
