import { isRecord } from './json.js';
import { DEMO_FAILURES } from './seeds/demo-flow-configs.js';

/**
 * Analytics grouped by `errorType` and `responseStatus` (GENESYS_API.md §9): each action's runs
 * split into the successful ones (responseStatus 200, no errorType) and the failed ones of its
 * failure profile. The answer of the query without that split is taken as it is, so the counts
 * always add up to what the plain query says.
 */

interface Group {
  group: Record<string, string>;
  data: { interval: string; metrics: { metric: string; stats: Record<string, number> }[] }[];
}

/** Does the query ask for the error dimensions (and per action, the only split served)? */
export function asksForErrors(body: unknown): boolean {
  if (!isRecord(body) || !Array.isArray(body.groupBy)) return false;
  const dims: unknown[] = body.groupBy;
  return (
    dims.includes('actionId') && (dims.includes('errorType') || dims.includes('responseStatus'))
  );
}

function withCount(g: Group, group: Record<string, string>, share: number): Group {
  return {
    group,
    data: g.data.map((d) => ({
      interval: d.interval,
      metrics: d.metrics.map((m) => {
        const count = Math.round((m.stats.count ?? 0) * share);
        const sum = m.stats.sum === undefined ? {} : { sum: Math.round(m.stats.sum * share) };
        return { metric: m.metric, stats: { ...m.stats, count, ...sum } };
      }),
    })),
  };
}

/** The groups of the plain answer, split per failure profile; groups without runs are left out. */
export function splitByError(
  answer: Record<string, unknown>,
  seed: string,
  groupBy: unknown[],
): Record<string, unknown> {
  const results = Array.isArray(answer.results) ? (answer.results as Group[]) : [];
  const keepStatus = groupBy.includes('responseStatus');
  const keepType = groupBy.includes('errorType');
  const split = results.flatMap((g) => {
    const id = g.group.actionId ?? '';
    const profile = seed === 'demo' ? (DEMO_FAILURES[id] ?? []) : [];
    const failedShare = profile.reduce((s, p) => s + p.share, 0);
    const ok = { ...g.group, ...(keepStatus ? { responseStatus: '200' } : {}) };
    const failed = profile.map((p) =>
      withCount(
        g,
        {
          ...g.group,
          ...(keepType ? { errorType: p.errorType } : {}),
          ...(keepStatus ? { responseStatus: p.responseStatus } : {}),
        },
        p.share,
      ),
    );
    return [withCount(g, ok, 1 - failedShare), ...failed].filter(
      (x) => (x.data[0]?.metrics[0]?.stats.count ?? 0) > 0,
    );
  });
  return split.length === 0 ? {} : { ...answer, results: split };
}
