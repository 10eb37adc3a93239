import { globMatch } from '../manifest/glob.js';
import type { ManifestEntry } from '../manifest/types.js';
import { compareText } from '../util/compare.js';
import type { PlanEntry, RepoFlowCall } from './types.js';

/**
 * Which Call Data Actions of the repository's flow files (Archy YAML, by integration and action
 * name) call each changed action, and, offline, each manifest entry. Pure. A YAML call names its
 * integration under `category:`; it is matched to the action's integration name or its category.
 */

/** A call as read from a flow file (src/manifest/archy-flows.ts's ArchyCall fits). */
export interface RepoCall {
  file: string;
  line: number;
  flow: string | null;
  integration: string | null;
  action: string;
  timeout: string | null;
}

/** Said beside every call shown: the YAML carries no "Use action's suggested timeout" checkbox. */
export const YAML_CANNOT_TELL =
  'the YAML cannot tell whether the flow waits its own timeout (Architect\'s "Use action\'s suggested timeout" is not in it)';

function callOf(c: RepoCall): RepoFlowCall {
  return { file: c.file, line: c.line, flow: c.flow, timeout: c.timeout };
}

function sameIntegration(c: RepoCall, e: Pick<PlanEntry, 'integrationName' | 'category'>): boolean {
  return (
    c.integration === null || c.integration === e.integrationName || c.integration === e.category
  );
}

/** The calls by action name, each list in file and line order: looked up once per changed row. */
export function repoCallsIndex(calls: readonly RepoCall[]): ReadonlyMap<string, RepoCall[]> {
  const sorted = [...calls].sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
  const index = new Map<string, RepoCall[]>();
  for (const c of sorted) index.set(c.action, [...(index.get(c.action) ?? []), c]);
  return index;
}

/** The calls of a changed row's action. */
export function repoCallsOf(
  e: Pick<PlanEntry, 'actionName' | 'integrationName' | 'category'>,
  index: ReadonlyMap<string, readonly RepoCall[]>,
): RepoFlowCall[] {
  return (index.get(e.actionName) ?? []).filter((c) => sameIntegration(c, e)).map(callOf);
}

/**
 * Offline: the calls a manifest entry's selector would reach, by name. An `id` selector names no
 * action name, so it reaches none here.
 */
export function callsOfEntry(entry: ManifestEntry, calls: readonly RepoCall[]): RepoFlowCall[] {
  return calls
    .filter((c) => {
      if (entry.name !== undefined) {
        // Archy's `category:` may hold the integration's name or the action's category.
        const narrowed = [entry.integration, entry.category].filter((n) => n !== undefined);
        return (
          c.action === entry.name &&
          (narrowed.length === 0 || c.integration === null || narrowed.includes(c.integration))
        );
      }
      const m = entry.match;
      if (m === undefined) return false;
      const integration = c.integration ?? '';
      return (
        (m.name === undefined || globMatch(m.name, c.action)) &&
        (m.integration === undefined || globMatch(m.integration, integration)) &&
        (m.category === undefined || globMatch(m.category, integration))
      );
    })
    .map(callOf);
}
