import { badRequest, notFound } from '../errors.js';
import { envelope, pageOf, parsePaging } from '../listing.js';
import { integrationView } from '../views.js';
import { route, type Route, type RouteContext, type RouteResult } from './router.js';

/** Integrations. */

const INTEGRATIONS_PATH = '/api/v2/integrations';
const MAX_INTEGRATION_IDS = 100;

function listIntegrations(ctx: RouteContext): RouteResult {
  const paging = parsePaging(ctx.query, ctx.state.knobs.pageCap);
  const type = ctx.query.get('integrationType');
  const ids = ctx.query
    .getAll('ids')
    .flatMap((value) => value.split(','))
    .filter((id) => id !== '');
  if (ids.length > MAX_INTEGRATION_IDS) {
    throw badRequest(`ids accepts at most ${MAX_INTEGRATION_IDS} ids.`, 'ids', 'max.items');
  }
  const sortBy = ctx.query.get('sortBy') ?? 'name';
  if (sortBy !== 'name' && sortBy !== 'id')
    throw badRequest('sortBy must be name or id.', 'sortBy');
  const all = [...ctx.state.store.integrations.values()]
    .filter((i) => type === null || i.typeId === type)
    .filter((i) => ids.length === 0 || ids.includes(i.id))
    .sort((a, b) =>
      a[sortBy] < b[sortBy] ? -1 : a[sortBy] > b[sortBy] ? 1 : a.id < b.id ? -1 : 1,
    );
  const entities = pageOf(all, paging).map(integrationView);
  return {
    status: 200,
    json: envelope(entities, all.length, paging, INTEGRATIONS_PATH, ctx.query),
  };
}

function getIntegration(ctx: RouteContext): RouteResult {
  const integration = ctx.state.store.integrations.get(ctx.params.id as string);
  if (integration === undefined) throw notFound(ctx.params.id);
  return { status: 200, json: integrationView(integration) };
}

export const ORG_ROUTES: Route[] = [
  route('GET', INTEGRATIONS_PATH, listIntegrations),
  route('GET', `${INTEGRATIONS_PATH}/:id`, getIntegration),
];
