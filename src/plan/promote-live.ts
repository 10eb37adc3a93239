import type { SelectedManifest } from '../manifest/environments.js';
import type { EntryLiveValues } from '../manifest/promote.js';
import { resolve } from './resolve.js';
import type { LiveAction } from './types.js';

/**
 * `promote --live`: what the source org holds for each entry, read through the same resolution as
 * a plan, so an entry stands for exactly the actions it decides there (a name entry beats a match).
 * Keyed by the entry's index in the file, ready for promoteManifest.
 */
export function liveValuesByEntry(
  source: SelectedManifest,
  live: readonly LiveAction[],
): Map<number, EntryLiveValues> {
  const { decisions } = resolve(source.manifest, live, () => ({ line: 0, column: 0 }));
  const byId = new Map(live.map((action) => [action.id, action]));
  const out = new Map<number, EntryLiveValues>();
  for (const [actionId, fields] of decisions) {
    const action = byId.get(actionId);
    if (action === undefined) continue;
    for (const [field, decision] of fields) {
      const index = source.originalIndex[decision.entryIndex];
      if (index === undefined) continue;
      const raw = action[field];
      const value = raw === null ? 'default' : raw;
      const values = out.get(index) ?? {};
      const seen = values[field];
      values[field] = seen === undefined || seen === value ? value : 'mixed';
      out.set(index, values);
    }
  }
  return out;
}
