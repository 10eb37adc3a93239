import { badRequest, notFound } from '../errors.js';
import type { JsonValue } from '../json.js';
import {
  envelope,
  matches,
  type ActionListQuery,
  pageOf,
  expandsContract,
  parseActionListQuery,
  parseBoolean,
  parsePaging,
  parseSortOrder,
  sortItems,
} from '../listing.js';
import type { SimulatorState } from '../state.js';
import { actionKind, type ActionConfig, type StoredAction, type StoredDraft } from '../types.js';
import {
  ACTIONS_PATH,
  FUNCTION_RUNTIMES,
  TEMPLATE_FILES,
  actionPath,
  actionView,
  draftPath,
  functionConfigView,
  type ActionViewOptions,
} from '../views.js';
import { route, type Route, type RouteContext, type RouteResult } from './router.js';

/** /api/v2/integrations/actions: list, categories, drafts list, one action, PATCH, templates. */

export function viewOptions(ctx: RouteContext): ActionViewOptions {
  return {
    includeConfig: parseBoolean(ctx.query, 'includeConfig') ?? false,
    expandContract: expandsContract(ctx.query),
    inlineTemplates: ctx.state.options.inlineTemplates,
  };
}

/** For answers to writes: the saved action with its config, as a client needs to verify it. */
export function savedView(
  state: SimulatorState,
  item: StoredAction | StoredDraft,
  base: string,
): JsonValue {
  return actionView(item, base, {
    includeConfig: true,
    expandContract: false,
    inlineTemplates: state.options.inlineTemplates,
  });
}

function listing(
  ctx: RouteContext,
  query: ActionListQuery,
  selected: (StoredAction | StoredDraft)[],
  path: string,
  baseOf: (id: string) => string,
): RouteResult {
  const options = {
    ...query,
    inlineTemplates: ctx.state.options.inlineTemplates,
    lean: ctx.state.knobs.listingConfig === 'lean',
  };
  const entities = pageOf(selected, query).map((item) =>
    actionView(item, baseOf(item.id), options),
  );
  return { status: 200, json: envelope(entities, selected.length, query, path, ctx.query) };
}

function listActions(ctx: RouteContext): RouteResult {
  const query = parseActionListQuery(ctx.query, ctx.state.knobs.pageCap);
  return listing(ctx, query, ctx.state.selectActions(query), ACTIONS_PATH, actionPath);
}

function listDrafts(ctx: RouteContext): RouteResult {
  const query = parseActionListQuery(ctx.query, ctx.state.knobs.pageCap);
  const wanted = [...ctx.state.store.drafts.values()].filter((draft) =>
    matches(draft, query, actionKind(draft.id) === 'customAuth'),
  );
  const drafts = sortItems(wanted, query.sortBy, query.descending);
  return listing(ctx, query, drafts, `${ACTIONS_PATH}/drafts`, draftPath);
}

/** CategoryEntityListing has no URI fields (GENESYS_API.md §1). */
function listCategories(ctx: RouteContext): RouteResult {
  const paging = parsePaging(ctx.query);
  const sortBy = ctx.query.get('sortBy') ?? 'name';
  if (sortBy !== 'name') throw badRequest('sortBy must be name.', 'sortBy');
  const descending = parseSortOrder(ctx.query);
  const secure = parseBoolean(ctx.query, 'secure');
  const names = new Set<string>();
  for (const action of ctx.state.store.actions.values()) {
    if (actionKind(action.id) === 'customAuth') continue;
    if (secure === undefined || action.secure === secure) names.add(action.category);
  }
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (descending) sorted.reverse();
  const entities = pageOf(sorted, paging).map((name) => ({ name }));
  return { status: 200, json: envelope(entities, sorted.length, paging, '', ctx.query, false) };
}

function getAction(ctx: RouteContext): RouteResult {
  const action = ctx.state.store.get(ctx.params.id as string);
  return { status: 200, json: actionView(action, actionPath(action.id), viewOptions(ctx)) };
}

function patchAction(ctx: RouteContext): RouteResult {
  const action = ctx.state.store.patchAction(ctx.params.id as string, ctx.body);
  return { status: 200, json: savedView(ctx.state, action, actionPath(action.id)) };
}

/**
 * text/plain template text; 404 for other names. A template the action lacks answers 404, or
 * (`missingTemplate: 'empty'`) 200 with an empty body, the reading under which Terraform's
 * "404 means the action is gone" holds (GENESYS_API.md §4).
 */
export function templateText(ctx: RouteContext, config: ActionConfig, id: string): RouteResult {
  const file = ctx.params.file as string;
  const known = file === TEMPLATE_FILES.request || file === TEMPLATE_FILES.success;
  const text =
    file === TEMPLATE_FILES.request
      ? config.request?.requestTemplate
      : file === TEMPLATE_FILES.success
        ? config.response?.successTemplate
        : undefined;
  if (text !== undefined) return { status: 200, text };
  if (known && ctx.state.knobs.missingTemplate === 'empty') return { status: 200, text: '' };
  throw notFound(id);
}

function getTemplate(ctx: RouteContext): RouteResult {
  const action = ctx.state.store.get(ctx.params.id as string);
  return templateText(ctx, action.config, action.id);
}

function getFunction(ctx: RouteContext): RouteResult {
  const action = ctx.state.store.functionAction(ctx.params.id as string);
  return {
    status: 200,
    json: functionConfigView(action.id, action.function, `${actionPath(action.id)}/function`),
  };
}

export const ACTION_ROUTES: Route[] = [
  route('GET', ACTIONS_PATH, listActions),
  route('GET', `${ACTIONS_PATH}/categories`, listCategories),
  route('GET', `${ACTIONS_PATH}/drafts`, listDrafts),
  route('GET', `${ACTIONS_PATH}/functions/runtimes`, () => ({
    status: 200,
    json: FUNCTION_RUNTIMES,
  })),
  route('GET', `${ACTIONS_PATH}/:id`, getAction),
  route('PATCH', `${ACTIONS_PATH}/:id`, patchAction),
  route('GET', `${ACTIONS_PATH}/:id/templates/:file`, getTemplate),
  route('GET', `${ACTIONS_PATH}/:id/function`, getFunction),
];
