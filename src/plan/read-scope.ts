import type { Manifest } from '../manifest/types.js';

/** What a targeted read fetches: the actions a manifest names, by id and by exact name. */
export interface ReadScope {
  ids: string[];
  names: string[];
}

/**
 * The actions a manifest can select, when it selects only by `id` and `name` and ignores the
 * rest of the org (policy.unmanaged: ignore); undefined when the plan needs the whole org (a
 * `match` entry, or unmanaged actions to report or fail on).
 */
export function readScope(manifest: Manifest): ReadScope | undefined {
  if ((manifest.policy?.unmanaged ?? 'ignore') !== 'ignore') return undefined;
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const entry of manifest.actions) {
    if (entry.match !== undefined) return undefined;
    if (entry.id !== undefined) ids.add(entry.id);
    else if (entry.name !== undefined) names.add(entry.name);
    else return undefined;
  }
  return { ids: [...ids], names: [...names] };
}
