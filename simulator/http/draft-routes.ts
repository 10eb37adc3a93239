import { ACTIONS_PATH, actionPath, actionView, draftPath, functionConfigView } from '../views.js';
import { savedView, templateText, viewOptions } from './action-routes.js';
import { route, type Route, type RouteContext, type RouteResult } from './router.js';

/** The draft workflow of GENESYS_API.md §2.5 and §3 (function data actions). */

const DRAFT = `${ACTIONS_PATH}/:id/draft`;

function id(ctx: RouteContext): string {
  return ctx.params.id as string;
}

function createDraft(ctx: RouteContext): RouteResult {
  const draft = ctx.state.store.createDraft(id(ctx));
  return { status: 200, json: savedView(ctx.state, draft, draftPath(draft.id)) };
}

function getDraft(ctx: RouteContext): RouteResult {
  const draft = ctx.state.store.getDraft(id(ctx));
  return {
    status: 200,
    json: actionView(draft, draftPath(draft.id), viewOptions(ctx)),
  };
}

function patchDraft(ctx: RouteContext): RouteResult {
  const draft = ctx.state.store.patchDraft(id(ctx), ctx.body);
  return { status: 200, json: savedView(ctx.state, draft, draftPath(draft.id)) };
}

function deleteDraft(ctx: RouteContext): RouteResult {
  ctx.state.store.deleteDraft(id(ctx));
  return { status: 204 };
}

function getDraftTemplate(ctx: RouteContext): RouteResult {
  const draft = ctx.state.store.getDraft(id(ctx));
  return templateText(ctx, draft.config, draft.id);
}

function getDraftFunction(ctx: RouteContext): RouteResult {
  const draft = ctx.state.store.readDraftFunction(id(ctx));
  return {
    status: 200,
    json: functionConfigView(draft.id, draft.function, `${draftPath(draft.id)}/function`),
  };
}

function putDraftFunction(ctx: RouteContext): RouteResult {
  const draft = ctx.state.store.putDraftFunction(id(ctx), ctx.body);
  const fn = ctx.state.store.draftFunction(draft.id).function;
  return {
    status: 200,
    json: functionConfigView(draft.id, fn, `${draftPath(draft.id)}/function`),
  };
}

function validateDraft(ctx: RouteContext): RouteResult {
  const problems = ctx.state.store.draftProblems(id(ctx));
  return {
    status: 200,
    json: {
      valid: problems.length === 0,
      errors: problems.map((p) => p.toBody(ctx.correlationId)),
    },
  };
}

function publishDraft(ctx: RouteContext): RouteResult {
  const action = ctx.state.store.publishDraft(id(ctx), ctx.body);
  return { status: 200, json: savedView(ctx.state, action, actionPath(action.id)) };
}

export const DRAFT_ROUTES: Route[] = [
  route('POST', DRAFT, createDraft),
  route('GET', DRAFT, getDraft),
  route('PATCH', DRAFT, patchDraft),
  route('DELETE', DRAFT, deleteDraft),
  route('GET', `${DRAFT}/templates/:file`, getDraftTemplate),
  route('GET', `${DRAFT}/function`, getDraftFunction),
  route('PUT', `${DRAFT}/function`, putDraftFunction),
  route('GET', `${DRAFT}/validation`, validateDraft),
  route('POST', `${DRAFT}/publish`, publishDraft),
];
