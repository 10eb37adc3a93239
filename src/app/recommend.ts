import { readFile } from 'node:fs/promises';
import { selectEnvironment } from '../manifest/environments.js';
import { validateManifestText, validOf, type ValidManifest } from '../manifest/validate.js';
import type { OrgRead } from '../org/plan.js';
import type { OrgSession } from '../org/session.js';
import { recommend, type RecommendNotes, type RecommendResult } from '../plan/recommend.js';
import type { LiveOrg, Plan } from '../plan/types.js';
import { GcTimeoutsError } from '../util/errors.js';
import type { Connection } from './connection.js';
import { selected, type EnvironmentRequest } from './environment.js';
import { editForEnvironment } from './environment-edit.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

export interface RecommendRequest extends EnvironmentRequest {
  connection: Connection;
  label: string;
  /** Per-action entries for glob entries, which needs the live actions. */
  splitGlobs: boolean;
}

export interface RecommendOutcome {
  /** The edits of the manifest that carry the recommendation out. */
  edits: Pick<RecommendResult, 'values' | 'insertAfter'>;
  /** Each row's note, for the table (see RecommendNotes: the rows themselves end here). */
  notes: RecommendNotes;
  /** The manifest text with the recommendation in it (comments, order and quoting kept). */
  text: string;
  /** The plan of that text against the org: what a reviewer will see. */
  plan: Plan;
}

/** Timeouts from observed latency, as an edit of the manifest and the plan it would make. */
export async function recommendTimeouts(
  request: RecommendRequest,
  ports: AppPorts,
): Promise<RecommendOutcome> {
  const { connection, label, splitGlobs } = request;
  const valid = selected(request);
  return withOrg({ connection, manifest: valid.manifest }, ports, async (org) => {
    // One read for both plans: the table's "from" is what the recommendation was made from.
    const read = await org.readFor(valid);
    const { edits, notes } = await recommendOn(org, valid, read, label, splitGlobs);
    const text = editForEnvironment(await readFile(valid.path, 'utf8'), valid, edits);
    const env = valid.environment;
    return { edits, notes, text, plan: await planOf(org, read, valid.path, text, label, env) };
  });
}

/**
 * The recommendation from the manifest's rows as they are and their observed latency (not a
 * plan: nothing of it is shown). Those rows end here, and the recommendation goes on as a table:
 * over 100,000 actions they would otherwise be held while the recommended manifest is planned.
 */
async function recommendOn(
  org: OrgSession,
  valid: ValidManifest,
  read: OrgRead,
  label: string,
  splitGlobs: boolean,
): Promise<Pick<RecommendOutcome, 'edits' | 'notes'>> {
  const { entries, latency } = await org.observe(valid, { label, read });
  // A glob's actions, to split it into entries: a manifest with a glob reads the whole org.
  const live = splitGlobs ? actionsOf(read) : [];
  const { table, values, insertAfter } = recommend({
    entries,
    latency,
    manifest: valid.manifest,
    live,
    splitGlobs,
  });
  return { edits: { values, insertAfter }, notes: table };
}

async function planOf(
  org: OrgSession,
  read: OrgRead,
  path: string,
  text: string,
  label: string,
  environment: string | undefined,
): Promise<Plan> {
  const result = validateManifestText(text, path);
  const document = validOf(path, result);
  if (document === undefined) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new GcTimeoutsError(
      'invalid-manifest',
      `the recommended manifest would not validate (${first?.message ?? 'unknown error'}); nothing was written`,
    );
  }
  const valid = selectEnvironment(document, environment);
  // The last plan of the read: its actions end with the draft, not with the run.
  return org.plan(valid, {
    label,
    environment,
    latency: true,
    flows: true,
    read,
    lastOfRead: true,
  });
}

function actionsOf(read: OrgRead): LiveOrg['actions'] {
  if (read.org === undefined) throw new Error('the shared read was released before its last use');
  return read.org.actions;
}
