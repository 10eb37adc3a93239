import { asksForErrors, splitByError } from '../analytics-failures.js';
import { notFound } from '../errors.js';
import { FLOW_VIEW_PERMISSION, flowConfiguration } from '../flow-configs.js';
import { isRecord } from '../json.js';
import { holds } from '../knobs.js';
import { missingPermission } from '../permissions.js';
import { route, type Route } from './router.js';

/**
 * A flow's latest configuration (GENESYS_API.md §13, permission architect:flow:view) and the
 * action aggregate query grouped by errorType/responseStatus (§9). Listed before the analytics
 * routes: a query without the error dimensions is answered by them unchanged.
 */

const QUERY = '/api/v2/analytics/actions/aggregates/query';

export const FLOW_ROUTES: Route[] = [
  route('GET', '/api/v2/flows/:flowId/latestconfiguration', (ctx) => {
    if (!holds(ctx.state.knobs, FLOW_VIEW_PERMISSION))
      throw missingPermission([FLOW_VIEW_PERMISSION]);
    const config = flowConfiguration(ctx.state.options.seed, ctx.params.flowId as string);
    if (config === undefined) throw notFound(ctx.params.flowId);
    return { status: 200, json: config };
  }),
  route('POST', QUERY, (ctx) => {
    const answer = ctx.state.analytics.query(ctx.body);
    if (!asksForErrors(ctx.body) || !isRecord(ctx.body)) return { status: 200, json: answer };
    const groupBy = Array.isArray(ctx.body.groupBy) ? (ctx.body.groupBy as unknown[]) : [];
    return { status: 200, json: splitByError(answer, ctx.state.options.seed, groupBy) };
  }),
];
