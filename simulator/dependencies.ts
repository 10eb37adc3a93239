import { badRequest } from './errors.js';
import type { JsonValue } from './json.js';
import { envelope, pageOf, parsePaging } from './listing.js';
import { DEMO_FLOWS } from './seeds/demo-flows.js';
import type { SecureDependenciesStyle } from './knobs.js';
import type { StoredFlow } from './types.js';

/** Architect dependency tracking: which flows consume a data action (GENESYS_API.md §11). */

export const CONSUMING_RESOURCES_PATH = '/api/v2/architect/dependencytracking/consumingresources';
export const DEPENDENCY_TRACKING_PERMISSION = 'architect:dependencyTracking:view';

/** Object types a consumed resource may have; only the action types have consumers here. */
const OBJECT_TYPES = new Set([
  'ACDLANGUAGE',
  'ACDSKILL',
  'BOTFLOW',
  'BRIDGEACTION',
  'COMMONMODULEFLOW',
  'DATAACTION',
  'DATATABLE',
  'EMERGENCYGROUP',
  'GRAMMAR',
  'INBOUNDCALLFLOW',
  'INBOUNDCHATFLOW',
  'INQUEUECALLFLOW',
  'PROMPT',
  'QUEUE',
  'SCHEDULEGROUP',
  'SECUREACTION',
  'USER',
  'WORKFLOW',
]);

const FLOW_FILTERS = new Set(['checkedIn', 'published']);

/** The flows of a seed: the demo org has a few; other seeds have none. */
export function flowsOfSeed(seed: string): StoredFlow[] {
  return seed === 'demo'
    ? DEMO_FLOWS.map((f) => ({ ...f, dataActionIds: [...f.dataActionIds] }))
    : [];
}

function dependencyView(flow: StoredFlow): JsonValue {
  return {
    id: flow.id,
    name: flow.name,
    version: flow.version,
    type: flow.type,
    deleted: flow.deleted === true,
    updated: false,
    stateUnknown: false,
    selfUri: `/api/v2/flows/${flow.id}`,
  };
}

/**
 * Whether the action is listed under the object type asked for: a secure action's consumers
 * appear under SECUREACTION, and under DATAACTION too unless the org lists them only there
 * (`secure-only`, GENESYS_API.md §12 leaves it open).
 */
function listedUnder(objectType: string, secure: boolean, style: SecureDependenciesStyle): boolean {
  if (objectType === 'SECUREACTION') return secure;
  return objectType === 'DATAACTION' && (!secure || style === 'both');
}

/** The ConsumingResourcesEntityListing for one query, as the real endpoint pages it. */
export function consumingResources(
  flows: readonly StoredFlow[],
  query: URLSearchParams,
  isSecure: (actionId: string) => boolean = () => false,
  style: SecureDependenciesStyle = 'both',
): Record<string, JsonValue> {
  const id = query.get('id');
  const objectType = query.get('objectType');
  if (id === null || id === '') throw badRequest('id is required.', 'id', 'required');
  if (objectType === null || !OBJECT_TYPES.has(objectType)) {
    throw badRequest('objectType must be a dependency object type.', 'objectType');
  }
  const flowFilter = query.get('flowFilter');
  if (flowFilter !== null && !FLOW_FILTERS.has(flowFilter)) {
    throw badRequest('flowFilter must be checkedIn or published.', 'flowFilter');
  }
  const paging = parsePaging(query);
  const types = query.getAll('resourceType').flatMap((t) => t.split(','));
  const version = query.get('version');
  const consumers = flows
    .filter((f) => listedUnder(objectType, isSecure(id), style) && f.dataActionIds.includes(id))
    .filter((f) => types.length === 0 || types.includes(f.type))
    .filter((f) => version === null || f.version === version)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  const entities = pageOf(consumers, paging).map(dependencyView);
  return envelope(entities, consumers.length, paging, CONSUMING_RESOURCES_PATH, query);
}
