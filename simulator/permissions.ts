import { ApiError } from './errors.js';
import { holds, type ForbiddenStyle, type Knobs } from './knobs.js';
import { matchRoute, route, type Route } from './http/router.js';

/**
 * The permission each endpoint needs (GENESYS_API.md §2 and §10); a list means any one of them.
 * The analytics query takes the action view permission (§9).
 */

const ACTIONS = '/api/v2/integrations/actions';
const VIEW = ['integrations:action:view', 'bridge:actions:view'];
const EDIT = ['integrations:action:edit'];
const FN_VIEW = ['integrations:actionFunction:view'];
const FN_EDIT = ['integrations:actionFunction:edit'];
const INTEGRATION_VIEW = ['integrations:integration:view'];

const need = (method: string, pattern: string, permissions: string[]): Route =>
  route(method, pattern, () => ({ status: 200, json: permissions }));

/** Literal paths come before `:id`, as in the API routes. */
const PERMISSION_ROUTES: Route[] = [
  need('GET', ACTIONS, VIEW),
  need('GET', `${ACTIONS}/categories`, VIEW),
  need('GET', `${ACTIONS}/drafts`, VIEW),
  need('GET', `${ACTIONS}/functions/runtimes`, FN_VIEW),
  need('GET', `${ACTIONS}/:id`, VIEW),
  need('PATCH', `${ACTIONS}/:id`, EDIT),
  need('GET', `${ACTIONS}/:id/templates/:file`, VIEW),
  need('GET', `${ACTIONS}/:id/function`, FN_VIEW),
  need('POST', `${ACTIONS}/:id/draft`, EDIT),
  need('GET', `${ACTIONS}/:id/draft`, VIEW),
  need('PATCH', `${ACTIONS}/:id/draft`, EDIT),
  need('DELETE', `${ACTIONS}/:id/draft`, ['integrations:action:delete']),
  need('GET', `${ACTIONS}/:id/draft/templates/:file`, VIEW),
  need('GET', `${ACTIONS}/:id/draft/function`, FN_VIEW),
  need('PUT', `${ACTIONS}/:id/draft/function`, FN_EDIT),
  need('GET', `${ACTIONS}/:id/draft/validation`, EDIT),
  need('POST', `${ACTIONS}/:id/draft/publish`, EDIT),
  need('GET', '/api/v2/integrations', INTEGRATION_VIEW),
  need('GET', '/api/v2/integrations/:id', INTEGRATION_VIEW),
  need('POST', '/api/v2/analytics/actions/aggregates/query', VIEW),
  need('GET', '/api/v2/flows', ['architect:flow:view']),
  need('GET', '/api/v2/architect/dependencytracking/consumingresources', [
    'architect:dependencyTracking:view',
  ]),
];

/** The permissions a request needs (any one of them); empty for paths without a rule. */
export function requiredPermissions(method: string, path: string): string[] {
  const match = matchRoute(PERMISSION_ROUTES, method, path);
  if (match.kind !== 'found') return [];
  return match.handler({} as never).json as string[];
}

/**
 * The platform's 403 bodies (GENESYS_API.md §10, §12): `missing` names every permission the
 * request lacks, `any` asks for at least one of them, `unauthorized` names none. The `code` is
 * not documented, so clients must not depend on it.
 */
export function missingPermission(
  permissions: string[],
  style: ForbiddenStyle = 'missing',
): ApiError {
  if (style === 'unauthorized') {
    return new ApiError(
      403,
      'not.authorized',
      'You are not authorized to perform the requested action.',
    );
  }
  const list = `[${permissions.join(', ')}]`;
  const [code, wording] =
    style === 'any'
      ? [
          'missing.any.permissions',
          'You must have at least one of the following permissions assigned: {permissions}',
        ]
      : [
          'missing.permissions',
          'Unable to perform the requested action. You are missing the following permission(s): {permissions}',
        ];
  return new ApiError(403, code, wording.replace('{permissions}', list), {
    messageWithParams: wording,
    messageParams: { permissions: list },
  });
}

/**
 * Throws the 403 when the client holds none of the permissions the request needs. A request that
 * any one of several permissions allows lacks them all, so `missing` names them all.
 */
export function checkPermissions(knobs: Knobs, method: string, path: string): void {
  if (knobs.permissions === 'all') return;
  const needed = requiredPermissions(method, path);
  if (needed.length === 0 || needed.some((p) => holds(knobs, p))) return;
  throw missingPermission(needed, knobs.forbidden);
}
