import { compareText } from '../util/compare.js';
import { GenesysApiError } from './errors.js';
import type { EventSink } from './events.js';
import type { ApiRequester } from './http.js';
import { readAllPages } from './paging.js';
import type { EntityListing } from './types.js';

/** Which Architect flows use a data action: dependency tracking (GENESYS_API.md §11). */

export const CONSUMING_RESOURCES_PATH = '/api/v2/architect/dependencytracking/consumingresources';
export const DEPENDENCY_TRACKING_PERMISSION = 'architect:dependencyTracking:view';

/** A Dependency of ConsumingResourcesEntityListing: here, a flow (version) that calls the action. */
export interface Dependency {
  id: string;
  name?: string;
  version?: string;
  /** A flow type such as INBOUNDCALLFLOW, INQUEUECALLFLOW, COMMONMODULEFLOW, BOTFLOW, WORKFLOW. */
  type?: string;
  deleted?: boolean;
  updated?: boolean;
  stateUnknown?: boolean;
  selfUri?: string;
}

/** A flow that uses an action, once per flow whatever the number of versions that use it. */
export interface ConsumingFlow {
  id: string;
  name: string;
  type: string;
}

/**
 * The token lacks `architect:dependencyTracking:view`: callers say so once and go on without the
 * flows, which are evidence for a reviewer and never a reason to fail.
 */
export class DependencyTrackingForbiddenError extends GenesysApiError {
  readonly permission = DEPENDENCY_TRACKING_PERMISSION;

  constructor(cause: GenesysApiError) {
    super({
      kind: 'forbidden',
      message: `${cause.message} (grant ${DEPENDENCY_TRACKING_PERMISSION} to see which flows use an action)`,
      apiMessage: cause.apiMessage,
      method: cause.method,
      path: cause.path,
      status: cause.status,
      code: cause.code,
      correlationId: cause.correlationId,
      attempts: cause.attempts,
      cause,
    });
  }
}

/**
 * The object types a data action is tracked under (GENESYS_API.md §11, §12): DATAACTION, and
 * SECUREACTION for a secure action, whose consumers may be listed only there. When the caller
 * does not know whether the action is secure, both are asked: a flow missed is worse than a read.
 */
export function objectTypesFor(secure: boolean | undefined): string[] {
  return secure === false ? ['DATAACTION'] : ['DATAACTION', 'SECUREACTION'];
}

/**
 * Every flow that consumes the action, paged, under each object type it may be tracked as.
 * Deleted dependencies are left out (the flow no longer calls it); a flow listed in several
 * versions, or under both types, counts once.
 */
export async function listConsumingFlows(
  api: ApiRequester,
  emit: EventSink,
  actionId: string,
  /** maxPages bounds each type's read (evidence); secure: false reads DATAACTION only. */
  opts: { maxPages?: number; secure?: boolean } = {},
): Promise<ConsumingFlow[]> {
  const entities: Dependency[] = [];
  try {
    for (const objectType of objectTypesFor(opts.secure))
      entities.push(...(await readConsumers(api, emit, actionId, objectType, opts.maxPages)));
  } catch (error) {
    if (error instanceof GenesysApiError && error.status === 403) {
      throw new DependencyTrackingForbiddenError(error);
    }
    throw error;
  }
  return distinctFlows(entities);
}

function readConsumers(
  api: ApiRequester,
  emit: EventSink,
  actionId: string,
  objectType: string,
  maxPages: number | undefined,
): Promise<Dependency[]> {
  return readAllPages<Dependency>({
    path: CONSUMING_RESOURCES_PATH,
    emit,
    // A bound on pages is a bound on requests: no re-read of a listing that looks inconsistent.
    ...(maxPages === undefined ? {} : { maxPages, maxPasses: 1 as const }),
    // Versions of one flow are separate entities; keep them apart so paging counts agree with `total`.
    idOf: (d) => `${d.id}@${d.version ?? ''}`,
    fetchPage: (pageNumber, pageSize) =>
      api.json<EntityListing<Dependency>>({
        method: 'GET',
        path: CONSUMING_RESOURCES_PATH,
        query: { id: actionId, objectType, pageSize, pageNumber },
      }),
  });
}

function distinctFlows(entities: readonly Dependency[]): ConsumingFlow[] {
  const byId = new Map<string, ConsumingFlow>();
  for (const d of entities) {
    if (d.deleted === true || byId.has(d.id)) continue;
    byId.set(d.id, { id: d.id, name: d.name ?? d.id, type: d.type ?? 'FLOW' });
  }
  return [...byId.values()].sort((a, b) => compareText(a.name, b.name));
}
