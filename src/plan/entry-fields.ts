import { globMatch } from '../manifest/glob.js';
import type { ManifestEntry } from '../manifest/types.js';
import type { LiveAction, TimeoutField } from './types.js';

/** One manifest entry against a live action: does it select it, which fields does it set, to what. */

const FIELDS: readonly TimeoutField[] = ['timeoutSeconds', 'functionTimeoutSeconds'];

/** Every glob the entry gives must match; a name glob is matched against the whole name, slashes included. */
export function matchesGlobs(entry: ManifestEntry, action: LiveAction): boolean {
  const m = entry.match ?? {};
  return (
    (m.name === undefined || globMatch(m.name, action.name)) &&
    (m.category === undefined || globMatch(m.category, action.category)) &&
    (m.integration === undefined || globMatch(m.integration, action.integrationName))
  );
}

export function fieldsFor(entry: ManifestEntry, action: LiveAction): TimeoutField[] {
  return FIELDS.filter(
    (field) =>
      entry[field] !== undefined && (field === 'timeoutSeconds' || action.kind === 'function'),
  );
}

/** The one place the manifest's `default` becomes the plan's null. */
export function valueOf(entry: ManifestEntry, field: TimeoutField): number | null {
  const value = entry[field];
  if (value === undefined) throw new Error(`entry has no ${field}`);
  return value === 'default' ? null : value;
}
