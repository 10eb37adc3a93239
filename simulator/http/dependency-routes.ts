import { CONSUMING_RESOURCES_PATH, consumingResources, flowsOfSeed } from '../dependencies.js';
import { route, type Route } from './router.js';

/** Architect dependency tracking (GENESYS_API.md §11); its permission is in ../permissions.ts. */

export const DEPENDENCY_ROUTES: Route[] = [
  route('GET', CONSUMING_RESOURCES_PATH, (ctx) => ({
    status: 200,
    json: consumingResources(
      flowsOfSeed(ctx.state.options.seed),
      ctx.query,
      (id) => ctx.state.store.actions.get(id)?.secure === true,
      ctx.state.knobs.secureDependencies,
    ),
  })),
];
