// The issue endpoints: list, create, get and update.
import {
  DOCS,
  bodyOf,
  created,
  json,
  notFound,
  paged,
  rejectUnsupported,
  sortDirection,
  str,
  type Context,
  type Handlers,
} from './http.js';
import { addIssue, commentCount, issueObject } from './issues.js';
import { canonicalLabels, labelNames } from './labels.js';
import { findIssue, findRepo } from './repos.js';
import type { Store } from './store.js';
import type { FakeIssue, FakeResponse, FakeStateReason, FakeUser } from './types.js';

/** Set but not implemented: recorded as unsupported. */
const IGNORED_ISSUE_FIELDS = ['assignee', 'assignees', 'milestone', 'type', 'issue_field_values'];

function listIssues(store: Store, ctx: Context): FakeResponse {
  const repo = findRepo(store, ctx);
  if (!repo) return notFound();
  const q = ctx.query;
  rejectUnsupported(ctx, q, ['milestone', 'assignee', 'type', 'mentioned', 'issue_field_values']);
  const state = q.state ?? 'open';
  const wanted = typeof q.labels === 'string' ? q.labels.split(',').filter(Boolean) : [];
  const since = typeof q.since === 'string' ? Date.parse(q.since) : undefined;
  const sort = q.sort ?? 'created';
  const dir = sortDirection(ctx, sort);
  const key = (i: FakeIssue): number =>
    sort === 'updated'
      ? Date.parse(i.updatedAt)
      : sort === 'comments'
        ? commentCount(repo, i)
        : i.number;
  const matching = [...repo.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) =>
      wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w.trim().toLowerCase())),
    )
    .filter((i) => typeof q.creator !== 'string' || i.user.login === q.creator)
    .filter((i) => since === undefined || Date.parse(i.updatedAt) >= since)
    .sort((a, b) => dir * (key(a) - key(b)) || dir * (a.number - b.number));
  return paged(ctx, matching, store.url, (i) => issueObject(store, repo, i));
}

function createIssue(store: Store, ctx: Context): FakeResponse {
  const repo = findRepo(store, ctx);
  if (!repo) return notFound();
  const b = bodyOf(ctx);
  rejectUnsupported(ctx, b, IGNORED_ISSUE_FIELDS);
  const init = {
    title: str(b.title),
    body: typeof b.body === 'string' ? b.body : null,
    labels: labelNames(b.labels),
  };
  return created(issueObject(store, repo, addIssue(store, repo, init, ctx.token.user)));
}

/** Closes or reopens as `state` asks; a merged pull request cannot be reopened. */
function changeState(
  issue: FakeIssue,
  state: unknown,
  at: string,
  user: FakeUser,
): FakeResponse | undefined {
  if (state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closedAt = at;
    issue.closedBy = user;
    if (!issue.pull) issue.stateReason = 'completed';
  } else if (state === 'open' && issue.state === 'closed') {
    if (issue.pull?.merged) {
      return json(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', code: 'custom', message: 'merged pull request' }],
        documentation_url: DOCS,
      });
    }
    issue.state = 'open';
    issue.closedAt = null;
    issue.closedBy = null;
    if (!issue.pull) issue.stateReason = 'reopened';
  }
  return undefined;
}

function updateIssue(store: Store, ctx: Context): FakeResponse {
  const found = findIssue(store, ctx);
  if (!found) return notFound();
  const { repo, issue } = found;
  const b = bodyOf(ctx);
  rejectUnsupported(ctx, b, [...IGNORED_ISSUE_FIELDS, 'duplicate_issue_id']);
  const at = store.now();
  if (b.title !== undefined && b.title !== null) issue.title = str(b.title);
  if (b.body !== undefined) issue.body = typeof b.body === 'string' ? b.body : null;
  if (b.labels !== undefined) issue.labels = canonicalLabels(store, repo, labelNames(b.labels));
  const refused = changeState(issue, b.state, at, ctx.token.user);
  if (refused) return refused;
  if (!issue.pull && b.state_reason !== undefined) {
    issue.stateReason = (b.state_reason as FakeStateReason | null) ?? null;
  }
  issue.updatedAt = at;
  return json(200, issueObject(store, repo, issue));
}

export function issueHandlers(store: Store): Handlers {
  return {
    'issues/list-for-repo': (ctx) => listIssues(store, ctx),
    'issues/create': (ctx) => createIssue(store, ctx),
    'issues/get': (ctx) => {
      const found = findIssue(store, ctx);
      return found ? json(200, issueObject(store, found.repo, found.issue)) : notFound();
    },
    'issues/update': (ctx) => updateIssue(store, ctx),
  };
}
