// Repositories: creating them, finding the one a route names, and how they appear in responses.
import { json, notFound, str, type Context, type Handlers } from './http.js';
import type { Store } from './store.js';
import type { FakeIssue, FakeRepo, FakeToken } from './types.js';
import { addUser, simpleUser } from './users.js';

export function addRepo(
  store: Store,
  fullName: string,
  init: { private?: boolean; defaultBranch?: string } = {},
): FakeRepo {
  const [ownerLogin, name, ...rest] = fullName.split('/');
  if (!ownerLogin || !name || rest.length > 0)
    throw new Error(`repository ${fullName}: owner/name`);
  if (store.state.repos.has(fullName.toLowerCase())) throw new Error(`${fullName} exists`);
  const owner = addUser(store, ownerLogin, { type: 'Organization' });
  const repo: FakeRepo = {
    id: store.id(),
    owner,
    name,
    private: init.private ?? false,
    defaultBranch: init.defaultBranch ?? 'main',
    createdAt: store.now(),
    nextNumber: 1,
    labels: new Map(),
    issues: new Map(),
    comments: [],
  };
  store.state.repos.set(fullName.toLowerCase(), repo);
  return repo;
}

/** The repository of the route's owner and repo parameters. */
export function findRepo(store: Store, ctx: Context): FakeRepo | undefined {
  return store.state.repos.get(`${str(ctx.params.owner)}/${str(ctx.params.repo)}`.toLowerCase());
}

/** The repository and the issue (or pull request) the route names by `param`. */
export function findIssue(
  store: Store,
  ctx: Context,
  param = 'issue_number',
): { repo: FakeRepo; issue: FakeIssue } | undefined {
  const repo = findRepo(store, ctx);
  const issue = repo?.issues.get(Number(ctx.params[param]));
  return repo && issue ? { repo, issue } : undefined;
}

export function repoBase(store: Store, repo: FakeRepo): string {
  return `${store.url}/repos/${encodeURIComponent(repo.owner.login)}/${encodeURIComponent(repo.name)}`;
}

export function repoHtml(store: Store, repo: FakeRepo): string {
  return `${store.serverUrl}/${repo.owner.login}/${repo.name}`;
}

function repositoryUrls(store: Store, repo: FakeRepo, full: string): Record<string, unknown> {
  const base = repoBase(store, repo);
  const host = new URL(store.serverUrl).host;
  return {
    archive_url: `${base}/{archive_format}{/ref}`,
    assignees_url: `${base}/assignees{/user}`,
    blobs_url: `${base}/git/blobs{/sha}`,
    branches_url: `${base}/branches{/branch}`,
    collaborators_url: `${base}/collaborators{/collaborator}`,
    comments_url: `${base}/comments{/number}`,
    commits_url: `${base}/commits{/sha}`,
    compare_url: `${base}/compare/{base}...{head}`,
    contents_url: `${base}/contents/{+path}`,
    contributors_url: `${base}/contributors`,
    deployments_url: `${base}/deployments`,
    downloads_url: `${base}/downloads`,
    events_url: `${base}/events`,
    forks_url: `${base}/forks`,
    git_commits_url: `${base}/git/commits{/sha}`,
    git_refs_url: `${base}/git/refs{/sha}`,
    git_tags_url: `${base}/git/tags{/sha}`,
    git_url: `git://${host}/${full}.git`,
    issue_comment_url: `${base}/issues/comments{/number}`,
    issue_events_url: `${base}/issues/events{/number}`,
    issues_url: `${base}/issues{/number}`,
    keys_url: `${base}/keys{/key_id}`,
    labels_url: `${base}/labels{/name}`,
    languages_url: `${base}/languages`,
    merges_url: `${base}/merges`,
    milestones_url: `${base}/milestones{/number}`,
    notifications_url: `${base}/notifications{?since,all,participating}`,
    pulls_url: `${base}/pulls{/number}`,
    releases_url: `${base}/releases{/id}`,
    ssh_url: `git@${host}:${full}.git`,
    stargazers_url: `${base}/stargazers`,
    statuses_url: `${base}/statuses/{sha}`,
    subscribers_url: `${base}/subscribers`,
    subscription_url: `${base}/subscription`,
    tags_url: `${base}/tags`,
    teams_url: `${base}/teams`,
    trees_url: `${base}/git/trees{/sha}`,
    clone_url: `${repoHtml(store, repo)}.git`,
    mirror_url: null,
    hooks_url: `${base}/hooks`,
    svn_url: repoHtml(store, repo),
  };
}

/** A repository as nested in other objects; with `token`, its permissions for that token. */
export function repositoryObject(
  store: Store,
  repo: FakeRepo,
  token: FakeToken | undefined,
): Record<string, unknown> {
  const full = `${repo.owner.login}/${repo.name}`;
  const open = [...repo.issues.values()].filter((i) => i.state === 'open').length;
  const write = token !== undefined && !token.readOnly;
  return {
    id: repo.id,
    node_id: `R_kgDO${repo.id}`,
    name: repo.name,
    full_name: full,
    private: repo.private,
    owner: simpleUser(store, repo.owner),
    html_url: repoHtml(store, repo),
    description: null,
    fork: false,
    url: repoBase(store, repo),
    ...repositoryUrls(store, repo, full),
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues_count: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    ...(token
      ? { permissions: { admin: false, maintain: false, push: write, triage: write, pull: true } }
      : {}),
    license: null,
    forks: 0,
    open_issues: open,
    watchers: 0,
  };
}

export function repoHandlers(store: Store): Handlers {
  return {
    'repos/get': (ctx) => {
      const repo = findRepo(store, ctx);
      if (!repo) return notFound();
      const full = {
        ...repositoryObject(store, repo, ctx.token),
        network_count: 0,
        subscribers_count: 0,
      };
      return json(200, full);
    },
  };
}
