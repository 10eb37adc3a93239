// Issues, and the issue side of pull requests: they share one number sequence, as on GitHub.
import { copy } from './http.js';
import { canonicalLabels, labelObject } from './labels.js';
import { repoBase, repoHtml } from './repos.js';
import type { Store } from './store.js';
import type { AddIssueInit, FakeIssue, FakeRepo, FakeUser } from './types.js';
import { addUser, authorAssociation, simpleUser } from './users.js';

/** Reserves `wanted`, or the next free number, for a new issue or pull request. */
export function takeNumber(repo: FakeRepo, wanted: number | undefined): number {
  const number = wanted ?? repo.nextNumber;
  if (repo.issues.has(number)) throw new Error(`#${number} already exists`);
  repo.nextNumber = Math.max(repo.nextNumber, number + 1);
  return number;
}

export function commentCount(repo: FakeRepo, issue: FakeIssue): number {
  return repo.comments.filter((c) => c.issueNumber === issue.number).length;
}

/** Creates an issue by `author`, or else by `init.user`; returns the stored issue itself. */
export function addIssue(
  store: Store,
  repo: FakeRepo,
  init: AddIssueInit,
  author?: FakeUser,
): FakeIssue {
  const created = store.now();
  const closed = init.state === 'closed';
  const issue: FakeIssue = {
    id: store.id(),
    number: takeNumber(repo, undefined),
    title: init.title,
    body: init.body ?? null,
    state: closed ? 'closed' : 'open',
    stateReason: init.stateReason ?? (closed ? 'completed' : null),
    labels: canonicalLabels(store, repo, init.labels ?? []),
    user: author ?? addUser(store, init.user ?? 'octocat'),
    locked: false,
    createdAt: created,
    updatedAt: created,
    closedAt: closed ? created : null,
    closedBy: closed ? repo.owner : null,
    pull: null,
  };
  repo.issues.set(issue.number, issue);
  return issue;
}

/** Copies of the pull requests (`pulls` true) or plain issues of a repository, by number. */
export function issuesOf(repo: FakeRepo, pulls: boolean): FakeIssue[] {
  return copy([...repo.issues.values()].filter((i) => (i.pull !== null) === pulls)).sort(
    (a, b) => a.number - b.number,
  );
}

export function reactions(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
}

export function issueHtml(store: Store, repo: FakeRepo, issue: FakeIssue): string {
  return `${repoHtml(store, repo)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
}

/** The pull_request and draft fields of an issue that is a pull request. */
function pullFields(store: Store, repo: FakeRepo, issue: FakeIssue): Record<string, unknown> {
  const pull = issue.pull;
  if (!pull) return {};
  const html = issueHtml(store, repo, issue);
  return {
    pull_request: {
      url: `${repoBase(store, repo)}/pulls/${issue.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: pull.mergedAt,
    },
    draft: pull.draft,
  };
}

export function issueObject(
  store: Store,
  repo: FakeRepo,
  issue: FakeIssue,
): Record<string, unknown> {
  const base = repoBase(store, repo);
  const url = `${base}/issues/${issue.number}`;
  return {
    id: issue.id,
    node_id: `${issue.pull ? 'PR' : 'I'}_kwDO${issue.id}`,
    url,
    repository_url: base,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: issueHtml(store, repo, issue),
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(store, issue.user),
    labels: issue.labels.map((name) => labelObject(store, repo, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: commentCount(repo, issue),
    ...pullFields(store, repo, issue),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy ? simpleUser(store, issue.closedBy) : null,
    author_association: authorAssociation(repo, issue.user),
    reactions: reactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
  };
}
