import { parsePlanMarker, type PlanMarker } from './marker.js';
import type { GitHub } from './client.js';
import { assertBodyFits, write } from './errors.js';
import { isAuthor, whoAmI } from './identity.js';

export interface FoundComment {
  id: number;
  url: string;
  body: string;
  marker: PlanMarker;
  /** The plan was applied: the comment is a record now and is never edited again. */
  frozen: boolean;
  updatedAt: string;
}

export interface UpsertedComment {
  id: number;
  url: string;
  created: boolean;
  /** An existing comment was edited (false when its body was already the same). */
  updated: boolean;
  /** The existing comment records an applied plan; nothing was written. */
  frozen: boolean;
}

/**
 * Our plan comment for `label` on an issue or pull request. Only comments written by this token's
 * user count: anyone can paste a marker into a comment of their own.
 */
export async function findPlanComment(
  gh: GitHub,
  issueNumber: number,
  label: string,
): Promise<FoundComment | undefined> {
  const me = await whoAmI(gh);
  const comments = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const found: FoundComment[] = [];
  for (const c of comments) {
    if (!isAuthor(me, c.user) || c.body === undefined) continue;
    const marker = parsePlanMarker(c.body);
    if (marker?.label !== label) continue;
    found.push({
      id: c.id,
      url: c.html_url,
      body: c.body,
      marker,
      frozen: marker.applied !== undefined,
      updatedAt: c.updated_at,
    });
  }
  // Older versions may have left several; the one edited last is the one people read.
  found.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.id - a.id);
  return found[0];
}

/**
 * Edits our plan comment for `label` in place, or creates it. `body` must carry the plan marker
 * for `label`, or the next run could not find the comment and would post another.
 */
export async function upsertPlanComment(
  gh: GitHub,
  issueNumber: number,
  label: string,
  body: string,
): Promise<UpsertedComment> {
  assertBodyFits('plan comment', body);
  if (parsePlanMarker(body)?.label !== label) {
    throw new Error(
      `the plan comment body lacks the plan marker for label ${JSON.stringify(label)}`,
    );
  }
  const existing = await findPlanComment(gh, issueNumber, label);
  if (existing?.frozen === true) {
    gh.log(`The plan comment ${existing.url} records an applied plan; it is left as it is.`);
    return { id: existing.id, url: existing.url, created: false, updated: false, frozen: true };
  }
  if (existing !== undefined) {
    if (existing.body === body) {
      return { id: existing.id, url: existing.url, created: false, updated: false, frozen: false };
    }
    const { data } = await write('issues/update-comment', () =>
      gh.octokit.rest.issues.updateComment({
        owner: gh.owner,
        repo: gh.repo,
        comment_id: existing.id,
        body,
      }),
    );
    return { id: data.id, url: data.html_url, created: false, updated: true, frozen: false };
  }
  const { data } = await write('issues/create-comment', () =>
    gh.octokit.rest.issues.createComment({
      owner: gh.owner,
      repo: gh.repo,
      issue_number: issueNumber,
      body,
    }),
  );
  return { id: data.id, url: data.html_url, created: true, updated: false, frozen: false };
}
