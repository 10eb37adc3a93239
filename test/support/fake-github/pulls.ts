// Pull requests: an issue with a `pull` part, its head moving on pushes, and merging.
import { fakeSha } from './http.js';
import { takeNumber } from './issues.js';
import { canonicalLabels } from './labels.js';
import type { Store } from './store.js';
import type { AddPullRequestInit, FakeIssue, FakeRepo, UpdatePullRequestPatch } from './types.js';
import { addUser } from './users.js';

/** Creates a pull request; returns the stored issue itself. */
export function addPullRequest(store: Store, repo: FakeRepo, init: AddPullRequestInit): FakeIssue {
  const number = takeNumber(repo, init.number);
  const created = store.now();
  const merged = init.merged ?? false;
  const closed = merged || init.state === 'closed';
  const issue: FakeIssue = {
    id: store.id(),
    number,
    title: init.title ?? `Pull request #${number}`,
    body: init.body ?? null,
    state: closed ? 'closed' : 'open',
    stateReason: null,
    labels: canonicalLabels(store, repo, init.labels ?? []),
    user: addUser(store, init.user ?? 'octocat'),
    locked: false,
    createdAt: created,
    updatedAt: created,
    closedAt: closed ? created : null,
    closedBy: null,
    pull: {
      id: store.id(),
      headSha: init.headSha,
      headRef: init.headRef ?? `feature-${number}`,
      baseRef: init.baseRef ?? repo.defaultBranch,
      baseSha: fakeSha(`base:${repo.name}:${number}`),
      commits: [...(init.commits ?? [])],
      merged,
      mergedAt: merged ? created : null,
      mergeCommitSha: merged
        ? (init.mergeCommitSha ?? fakeSha(`merge:${repo.name}:${number}`))
        : (init.mergeCommitSha ?? null),
      mergedBy: merged ? repo.owner : null,
      draft: init.draft ?? false,
    },
  };
  repo.issues.set(number, issue);
  return issue;
}

/** A push (a new head), a merge, or a change of state, title or body; returns the stored issue. */
export function updatePullRequest(
  store: Store,
  repo: FakeRepo,
  number: number,
  patch: UpdatePullRequestPatch,
): FakeIssue {
  const issue = repo.issues.get(number);
  if (!issue?.pull) throw new Error(`#${number} is not a pull request`);
  const pull = issue.pull;
  const at = store.now();
  if (patch.headSha !== undefined && patch.headSha !== pull.headSha) {
    pull.commits.push(pull.headSha);
    pull.headSha = patch.headSha;
  }
  if (patch.title !== undefined) issue.title = patch.title;
  if (patch.body !== undefined) issue.body = patch.body;
  if (patch.mergeCommitSha !== undefined) pull.mergeCommitSha = patch.mergeCommitSha;
  if (patch.merged === true && !pull.merged) {
    pull.merged = true;
    pull.mergedAt = at;
    pull.mergedBy = repo.owner;
    pull.mergeCommitSha ??= fakeSha(`merge:${repo.name}:${number}`);
    issue.state = 'closed';
    issue.closedAt = at;
  }
  if (patch.state !== undefined && !pull.merged) {
    issue.state = patch.state;
    issue.closedAt = patch.state === 'closed' ? at : null;
  }
  issue.updatedAt = at;
  return issue;
}

/** Whether `sha` is a commit of the pull request: its head, an earlier head, or its merge commit. */
export function hasCommit(issue: FakeIssue, sha: string): boolean {
  const p = issue.pull;
  if (!p) return false;
  const shas = [
    p.headSha,
    ...p.commits,
    ...(p.merged && p.mergeCommitSha ? [p.mergeCommitSha] : []),
  ];
  return shas.some((s) => s.toLowerCase() === sha);
}
