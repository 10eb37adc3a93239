import {
  CONSUMING_RESOURCES_PATH,
  DEPENDENCY_TRACKING_PERMISSION,
  consumingResources,
  flowsOfSeed,
} from '../dependencies.js';
import { route, type Route } from './router.js';

/** Architect dependency tracking (GENESYS_API.md §11). */

/** The permission each route needs, for the simulator's permission model. */
export const DEPENDENCY_ROUTE_PERMISSIONS: Record<string, string> = {
  [`GET ${CONSUMING_RESOURCES_PATH}`]: DEPENDENCY_TRACKING_PERMISSION,
};

export const DEPENDENCY_ROUTES: Route[] = [
  route('GET', CONSUMING_RESOURCES_PATH, (ctx) => ({
    status: 200,
    json: consumingResources(flowsOfSeed(ctx.state.options.seed), ctx.query),
  })),
];
