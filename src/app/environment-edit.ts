import type { SelectedManifest } from '../manifest/environments.js';
import { editManifestText, type ManifestEdits } from '../manifest/edit.js';
import { writeEnvironmentValues } from '../manifest/promote.js';
import { GcTimeoutsError } from '../util/errors.js';

/**
 * An edit computed on one environment's view of the manifest, written into the file. Entry
 * indices of the view are not the file's (an entry of dev only is not in prod's view): each is
 * mapped back through originalIndex, and the value is written for that environment only, so the
 * others keep theirs. Entries added for one environment would exist in all, so they are refused.
 */
export function editForEnvironment(
  text: string,
  selected: SelectedManifest,
  edits: ManifestEdits,
): string {
  const env = selected.environment;
  if (env === undefined) return editManifestText(text, edits);
  const added =
    (edits.append?.length ?? 0) +
    (edits.insertAfter ?? []).reduce((n, group) => n + group.entries.length, 0);
  if (added > 0)
    throw new GcTimeoutsError(
      'usage',
      `the edit for ${env} would add ${added} entries, and an entry added here would exist in every environment; add them by hand with environments: [${env}] (nothing was written)`,
    );
  const values = (edits.values ?? []).map((edit) => {
    const entryIndex = selected.originalIndex[edit.entryIndex];
    if (entryIndex === undefined)
      throw new Error(`entry ${edit.entryIndex} of the ${env} view has no entry in the file`);
    return { ...edit, entryIndex };
  });
  return writeEnvironmentValues(text, env, values);
}
