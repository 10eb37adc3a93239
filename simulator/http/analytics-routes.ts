import { route, type Route } from './router.js';

/** Action analytics (GENESYS_API.md §9): the sync aggregate query and the async aggregate jobs. */

const AGGREGATES = '/api/v2/analytics/actions/aggregates';

export const ANALYTICS_ROUTES: Route[] = [
  route('POST', `${AGGREGATES}/query`, (ctx) => ({
    status: 200,
    json: ctx.state.analytics.query(ctx.body),
  })),
  route('POST', `${AGGREGATES}/jobs`, (ctx) => ({
    status: 202,
    json: ctx.state.analytics.submit(ctx.body),
  })),
  route('GET', `${AGGREGATES}/jobs/:jobId`, (ctx) => ({
    status: 200,
    json: ctx.state.analytics.status(ctx.params.jobId as string),
  })),
  route('DELETE', `${AGGREGATES}/jobs/:jobId`, (ctx) => {
    ctx.state.analytics.remove(ctx.params.jobId as string);
    return { status: 204 };
  }),
  route('GET', `${AGGREGATES}/jobs/:jobId/results`, (ctx) => ({
    status: 200,
    json: ctx.state.analytics.results(ctx.params.jobId as string, ctx.query.get('cursor')),
  })),
];

/** The admin API's view of the analytics settings (`PUT` takes a mode or some settings). */
export const ANALYTICS_ADMIN_ROUTES: Route[] = [
  route('GET', '/__sim/analytics', (ctx) => ({ status: 200, json: ctx.state.analytics.settings })),
  route('PUT', '/__sim/analytics', (ctx) => ({
    status: 200,
    json: ctx.state.configureAnalytics(ctx.body),
  })),
];
