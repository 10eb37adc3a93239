// Issue comments (pull request conversation comments are issue comments too).
import {
  bodyOf,
  created,
  json,
  notFound,
  paged,
  str,
  type Context,
  type Handlers,
} from './http.js';
import { issueHtml, reactions } from './issues.js';
import { findIssue, findRepo, repoBase, repoHtml } from './repos.js';
import type { Store } from './store.js';
import type { FakeComment, FakeIssue, FakeRepo, FakeResponse, FakeUser } from './types.js';
import { authorAssociation, simpleUser } from './users.js';

/** Adds a comment; commenting updates the issue too. Returns the stored comment itself. */
export function createComment(
  store: Store,
  repo: FakeRepo,
  issue: FakeIssue,
  body: string,
  user: FakeUser,
): FakeComment {
  const at = store.now();
  const comment: FakeComment = {
    id: store.id(),
    issueNumber: issue.number,
    body,
    user,
    createdAt: at,
    updatedAt: at,
  };
  repo.comments.push(comment);
  issue.updatedAt = at;
  return comment;
}

function commentObject(
  store: Store,
  repo: FakeRepo,
  comment: FakeComment,
): Record<string, unknown> {
  const base = repoBase(store, repo);
  const url = `${base}/issues/comments/${comment.id}`;
  const issue = repo.issues.get(comment.issueNumber);
  const html = issue
    ? issueHtml(store, repo, issue)
    : `${repoHtml(store, repo)}/issues/${comment.issueNumber}`;
  return {
    id: comment.id,
    node_id: `IC_kwDO${comment.id}`,
    url,
    html_url: `${html}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(store, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${base}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(repo, comment.user),
    performed_via_github_app: null,
    reactions: reactions(url),
  };
}

function listComments(store: Store, ctx: Context): FakeResponse {
  const found = findIssue(store, ctx);
  if (!found) return notFound();
  const { repo, issue } = found;
  const since = typeof ctx.query.since === 'string' ? Date.parse(ctx.query.since) : undefined;
  const comments = repo.comments
    .filter((c) => c.issueNumber === issue.number)
    .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since);
  return paged(ctx, comments, store.url, (c) => commentObject(store, repo, c));
}

function findComment(
  store: Store,
  ctx: Context,
): { repo: FakeRepo; comment: FakeComment } | undefined {
  const repo = findRepo(store, ctx);
  const comment = repo?.comments.find((c) => c.id === Number(ctx.params.comment_id));
  return repo && comment ? { repo, comment } : undefined;
}

export function commentHandlers(store: Store): Handlers {
  return {
    'issues/list-comments': (ctx) => listComments(store, ctx),
    'issues/create-comment': (ctx) => {
      const found = findIssue(store, ctx);
      if (!found) return notFound();
      const body = str(bodyOf(ctx).body);
      const comment = createComment(store, found.repo, found.issue, body, ctx.token.user);
      return created(commentObject(store, found.repo, comment));
    },
    'issues/get-comment': (ctx) => {
      const found = findComment(store, ctx);
      return found ? json(200, commentObject(store, found.repo, found.comment)) : notFound();
    },
    'issues/update-comment': (ctx) => {
      const found = findComment(store, ctx);
      if (!found) return notFound();
      found.comment.body = str(bodyOf(ctx).body);
      found.comment.updatedAt = store.now();
      return json(200, commentObject(store, found.repo, found.comment));
    },
  };
}
