// The pull request endpoints, and the pull requests associated with a commit.
import { json, notFound, paged, sortDirection, str, type Context, type Handlers } from './http.js';
import { commentCount, issueHtml } from './issues.js';
import { labelObject } from './labels.js';
import { hasCommit } from './pulls.js';
import { findIssue, findRepo, repoBase, repositoryObject } from './repos.js';
import type { Store } from './store.js';
import type { FakeIssue, FakePull, FakeRepo, FakeResponse } from './types.js';
import { authorAssociation, simpleUser } from './users.js';

function pullLinks(
  base: string,
  url: string,
  html: string,
  issue: FakeIssue,
  pull: FakePull,
): Record<string, unknown> {
  const link = (href: string): Record<string, string> => ({ href });
  return {
    self: link(url),
    html: link(html),
    issue: link(`${base}/issues/${issue.number}`),
    comments: link(`${base}/issues/${issue.number}/comments`),
    review_comments: link(`${url}/comments`),
    review_comment: link(`${base}/pulls/comments{/number}`),
    commits: link(`${url}/commits`),
    statuses: link(`${base}/statuses/${pull.headSha}`),
  };
}

/** A pull request as pulls/list answers it. */
function pullSimple(
  store: Store,
  repo: FakeRepo,
  issue: FakeIssue,
  pull: FakePull,
): Record<string, unknown> {
  const base = repoBase(store, repo);
  const url = `${base}/pulls/${issue.number}`;
  const html = issueHtml(store, repo, issue);
  const repository = repositoryObject(store, repo, undefined);
  const owner = simpleUser(store, repo.owner);
  const side = (ref: string, sha: string): Record<string, unknown> => ({
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: owner,
    repo: repository,
  });
  return {
    url,
    id: pull.id,
    node_id: `PR_kwDO${pull.id}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${base}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${base}/pulls/comments{/number}`,
    comments_url: `${base}/issues/${issue.number}/comments`,
    statuses_url: `${base}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: simpleUser(store, issue.user),
    body: issue.body,
    labels: issue.labels.map((name) => labelObject(store, repo, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.headRef, pull.headSha),
    base: side(pull.baseRef, pull.baseSha),
    _links: pullLinks(base, url, html, issue, pull),
    author_association: authorAssociation(repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** A pull request as pulls/get answers it. */
function pullFull(
  store: Store,
  repo: FakeRepo,
  issue: FakeIssue,
  pull: FakePull,
): Record<string, unknown> {
  return {
    ...pullSimple(store, repo, issue, pull),
    merged: pull.merged,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    merged_by: pull.mergedBy ? simpleUser(store, pull.mergedBy) : null,
    comments: commentCount(repo, issue),
    review_comments: 0,
    maintainer_can_modify: false,
    commits: pull.commits.length + 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

function pagedPulls(store: Store, ctx: Context, repo: FakeRepo, pulls: FakeIssue[]): FakeResponse {
  return paged(ctx, pulls, store.url, (i) => pullSimple(store, repo, i, i.pull as FakePull));
}

function listPulls(store: Store, ctx: Context): FakeResponse {
  const repo = findRepo(store, ctx);
  if (!repo) return notFound();
  const q = ctx.query;
  const state = q.state ?? 'open';
  const sort = q.sort ?? 'created';
  if (sort === 'popularity' || sort === 'long-running') {
    ctx.unsupported(`the fake ignores sort=${str(sort)}`);
  }
  const dir = sortDirection(ctx, q.sort);
  const pulls = [...repo.issues.values()]
    .filter((i) => i.pull !== null)
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => typeof q.base !== 'string' || i.pull?.baseRef === q.base)
    .filter(
      (i) =>
        typeof q.head !== 'string' ||
        `${repo.owner.login}:${i.pull?.headRef ?? ''}`.toLowerCase() === q.head.toLowerCase(),
    )
    .sort((a, b) =>
      sort === 'updated'
        ? dir * (Date.parse(a.updatedAt) - Date.parse(b.updatedAt)) || dir * (a.number - b.number)
        : dir * (a.number - b.number),
    );
  return pagedPulls(store, ctx, repo, pulls);
}

export function pullHandlers(store: Store): Handlers {
  return {
    'pulls/get': (ctx) => {
      const found = findIssue(store, ctx, 'pull_number');
      const pull = found?.issue.pull;
      return found && pull ? json(200, pullFull(store, found.repo, found.issue, pull)) : notFound();
    },
    'pulls/list': (ctx) => listPulls(store, ctx),
    'repos/list-pull-requests-associated-with-commit': (ctx) => {
      const repo = findRepo(store, ctx);
      if (!repo) return notFound();
      const sha = str(ctx.params.commit_sha).toLowerCase();
      const pulls = [...repo.issues.values()]
        .filter((i) => hasCommit(i, sha))
        .sort((a, b) => a.number - b.number);
      return pagedPulls(store, ctx, repo, pulls);
    },
  };
}
