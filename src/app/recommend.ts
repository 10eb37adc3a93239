import { readFile } from 'node:fs/promises';
import { editManifestText } from '../manifest/edit.js';
import { validateManifestText, validOf, type ValidManifest } from '../manifest/validate.js';
import type { OrgSession } from '../org/session.js';
import { recommend, type RecommendResult } from '../plan/recommend.js';
import type { Plan } from '../plan/types.js';
import { GcTimeoutsError } from '../util/errors.js';
import type { Connection } from './connection.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

export interface RecommendRequest {
  valid: ValidManifest;
  connection: Connection;
  label: string;
  /** Per-action entries for glob entries, which needs the live actions. */
  splitGlobs: boolean;
}

export interface RecommendOutcome {
  result: RecommendResult;
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
  const { valid, connection, label, splitGlobs } = request;
  return withOrg({ connection, manifest: valid.manifest }, ports, async (org) => {
    const current = await org.plan(valid, { label, latency: true, flows: false });
    const live = splitGlobs ? (await org.read()).actions : [];
    const result = recommend({
      entries: current.entries,
      manifest: valid.manifest,
      live,
      splitGlobs,
    });
    const text = editManifestText(await readFile(valid.path, 'utf8'), result);
    return { result, text, plan: await planOf(org, valid.path, text, label) };
  });
}

async function planOf(org: OrgSession, path: string, text: string, label: string): Promise<Plan> {
  const result = validateManifestText(text, path);
  const valid = validOf(path, result);
  if (valid === undefined) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new GcTimeoutsError(
      'invalid-manifest',
      `the recommended manifest would not validate (${first?.message ?? 'unknown error'}); nothing was written`,
    );
  }
  return org.plan(valid, { label, latency: true, flows: true });
}
