/**
 * Every permission a gc-timeouts run may need (GENESYS_API.md §2, §9, §10, §11, §13), what each
 * missing one would block, and how doctor can test it without writing. Pure: doctor probes, this
 * decides what a refusal means.
 */

/** What the manifest's entries need of the org (doctor's `needsOf`). */
export interface RunNeeds {
  /** Entries with functionTimeoutSeconds. */
  functions: boolean;
  /** Integration names (selectors) or types (function entries) must be readable. */
  integrations: boolean;
}

/** `required`: missing fails the doctor; `optional`: evidence only, missing warns. */
export type Need = 'required' | 'optional';

export interface PermissionNeed {
  permission: string;
  /** Permissions any one of which does instead (the API's "at least one of"). */
  alternatives: string[];
  need: Need;
  /** The operations a run could not do without it, as a user reads them. */
  blocks: string;
  /** A harmless read that answers 403 without it; undefined when only a write could tell. */
  probe?: { path: string; query?: Record<string, string | number | boolean> };
}

const ACTIONS = '/api/v2/integrations/actions';

export function permissionNeeds(needs: RunNeeds): PermissionNeed[] {
  const list: PermissionNeed[] = [
    {
      permission: 'integrations:action:view',
      alternatives: ['bridge:actions:view'],
      need: 'required',
      blocks: 'reading the actions (plan, apply, drift, export) and the latency analytics query',
      probe: { path: ACTIONS, query: { pageSize: 25, pageNumber: 1, includeConfig: true } },
    },
    {
      permission: 'integrations:action:edit',
      alternatives: [],
      need: 'required',
      blocks: 'apply: every timeout change (PATCH of an action; making and publishing a draft)',
    },
    {
      permission: 'integrations:integration:view',
      alternatives: [],
      need: needs.integrations ? 'required' : 'optional',
      blocks:
        'telling function actions apart and matching integration names; without it apply tells a ' +
        'function action by its category only, to keep its read-only URL out of a PATCH',
      probe: { path: '/api/v2/integrations', query: { pageSize: 1, pageNumber: 1 } },
    },
  ];
  if (needs.functions) list.push(...functionNeeds());
  list.push(
    {
      permission: 'architect:dependencyTracking:view',
      alternatives: [],
      need: 'optional',
      blocks: 'showing which Architect flows use a changed action (plan comment)',
      probe: {
        path: '/api/v2/architect/dependencytracking/consumingresources',
        query: { id: 'gc-timeouts-doctor', objectType: 'DATAACTION', pageSize: 1 },
      },
    },
    {
      permission: 'architect:flow:view',
      alternatives: [],
      need: 'optional',
      blocks: "reading whether a flow overrides an action's timeout (flow evidence)",
      probe: { path: '/api/v2/flows', query: { pageSize: 1, pageNumber: 1 } },
    },
  );
  return list;
}

function functionNeeds(): PermissionNeed[] {
  return [
    {
      permission: 'integrations:actionFunction:view',
      alternatives: [],
      need: 'required',
      blocks: 'reading function timeouts (plan) and a draft function before changing it (apply)',
      probe: { path: `${ACTIONS}/functions/runtimes` },
    },
    {
      permission: 'integrations:actionFunction:edit',
      alternatives: [],
      need: 'required',
      blocks: 'apply of functionTimeoutSeconds (PUT of the draft function)',
    },
    {
      permission: 'integrations:action:delete',
      alternatives: [],
      need: 'required',
      blocks:
        'deleting the draft when a function change fails: the draft would be left behind, and ' +
        'the next run refuses an action with a draft it did not make',
    },
  ];
}

/** The one line doctor shows for a permission, by what the probe found. */
export function permissionDetail(
  entry: PermissionNeed,
  found: { kind: 'allowed' } | { kind: 'unverified' } | { kind: 'refused'; hint: string },
): string {
  if (found.kind === 'allowed') return `GET ${entry.probe?.path ?? ''} is allowed`;
  const or = entry.alternatives.length > 0 ? ` (or ${entry.alternatives.join(', ')})` : '';
  if (found.kind === 'unverified') {
    return `unverified: only a write could test it; without it${or}: ${entry.blocks} (apply reports a 403 naming it)`;
  }
  const why = entry.need === 'required' ? 'needed' : 'optional';
  return `${found.hint}; without it${or} (${why}): ${entry.blocks}`;
}
