import { ApiError, badRequest } from '../errors.js';
import { isRecord, messageOf } from '../json.js';
import { route, type Route, type RouteContext, type RouteResult } from './router.js';

/** The test-only admin API under /__sim/ (no auth; off unless `admin: true`). */

function setFaults(ctx: RouteContext): RouteResult {
  try {
    return { status: 200, json: ctx.state.setFaults(ctx.body as string) };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw badRequest(messageOf(error), 'faults');
  }
}

function setKnobs(ctx: RouteContext): RouteResult {
  try {
    return { status: 200, json: ctx.state.setKnobs(ctx.body) };
  } catch (error) {
    throw badRequest(messageOf(error), 'knobs');
  }
}

function setFunctionTimeout(ctx: RouteContext): RouteResult {
  const body = isRecord(ctx.body) ? ctx.body : {};
  const id = ctx.params.id as string;
  if (typeof body.timeoutSeconds !== 'number') {
    throw badRequest('timeoutSeconds is required.', 'timeoutSeconds', 'required');
  }
  return { status: 200, json: ctx.state.setFunctionTimeout(id, body.timeoutSeconds) };
}

function advanceClock(ctx: RouteContext): RouteResult {
  const ms = isRecord(ctx.body) ? ctx.body.advanceMs : undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw badRequest('advanceMs must be a non-negative number.', 'advanceMs');
  }
  ctx.state.advanceClock(ms);
  return { status: 200, json: { now: new Date(ctx.state.clock.now()).toISOString() } };
}

export const ADMIN_ROUTES: Route[] = [
  route('GET', '/__sim/requests', (ctx) => ({
    status: 200,
    json: { requests: ctx.state.requests() },
  })),
  route('DELETE', '/__sim/requests', (ctx) => {
    ctx.state.clearRequests();
    return { status: 204 };
  }),
  route('POST', '/__sim/reset', (ctx) => {
    ctx.state.reset();
    return { status: 204 };
  }),
  route('GET', '/__sim/faults', (ctx) => ({ status: 200, json: ctx.state.faults })),
  route('PUT', '/__sim/faults', setFaults),
  route('GET', '/__sim/knobs', (ctx) => ({ status: 200, json: ctx.state.knobs })),
  route('PATCH', '/__sim/knobs', setKnobs),
  route('GET', '/__sim/actions/:id', (ctx) => ({
    status: 200,
    json: ctx.state.getAction(ctx.params.id as string),
  })),
  route('PATCH', '/__sim/actions/:id', (ctx) => ({
    status: 200,
    json: ctx.state.editAction(ctx.params.id as string, ctx.body),
  })),
  route('PUT', '/__sim/actions/:id/function', setFunctionTimeout),
  route('POST', '/__sim/clock', advanceClock),
];
