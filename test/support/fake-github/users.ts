// Users and tokens: who a request acts as, and how users appear in responses.
import { error, json, type Handlers } from './http.js';
import type { Store } from './store.js';
import type { FakeRepo, FakeToken, FakeTokenOptions, FakeUser, FakeUserInit } from './types.js';

/** The user behind the GITHUB_TOKEN of a workflow run. */
export const GITHUB_ACTIONS_BOT: Readonly<FakeUser> = Object.freeze({
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  name: null,
  email: null,
});

/** The user of that login, created when unknown. */
export function addUser(store: Store, login: string, init: FakeUserInit = {}): FakeUser {
  const key = login.toLowerCase();
  const existing = store.state.users.get(key);
  if (existing) return existing;
  const user: FakeUser = {
    login,
    id: store.id(),
    type: init.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
    name: init.name ?? null,
    email: init.email ?? null,
  };
  store.state.users.set(key, user);
  return user;
}

/** Registers a token and returns its value. */
export function addToken(store: Store, options: FakeTokenOptions = {}): string {
  const kind = options.kind ?? 'pat';
  const user = kind === 'actions' ? GITHUB_ACTIONS_BOT : addUser(store, options.user ?? 'octocat');
  const serial = String(store.state.tokens.size + 1).padStart(4, '0');
  const value =
    options.value ??
    `${kind === 'actions' ? 'ghs' : 'ghp'}_FakeGitHubToken${serial}xxxxxxxxxxxxxxx`;
  if (store.state.tokens.has(value)) throw new Error(`token ${value} already exists`);
  const stored = store.state.users.get(user.login.toLowerCase()) ?? { ...user };
  store.state.tokens.set(value, {
    value,
    kind,
    user: stored,
    readOnly: options.readOnly ?? false,
  });
  return value;
}

/** The token of an Authorization header ("token X" or "bearer X"), if it is known. */
export function authenticate(store: Store, header: string | undefined): FakeToken | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1] ? store.state.tokens.get(m[1]) : undefined;
}

export function authorAssociation(repo: FakeRepo, user: FakeUser): string {
  if (user.login === repo.owner.login) return 'OWNER';
  return user.type === 'Bot' ? 'NONE' : 'COLLABORATOR';
}

export function simpleUser(store: Store, user: FakeUser): Record<string, unknown> {
  const api = `${store.url}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: `${user.type === 'Bot' ? 'BOT' : user.type === 'User' ? 'U' : 'O'}_kgDO${user.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      user.type === 'Bot'
        ? `${store.serverUrl}/apps/${encodeURIComponent(user.login.replace(/\[bot\]$/, ''))}`
        : `${store.serverUrl}/${encodeURIComponent(user.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

function privateUser(store: Store, user: FakeUser): Record<string, unknown> {
  return {
    ...simpleUser(store, user),
    user_view_type: 'private',
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2024-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function userHandlers(store: Store): Handlers {
  return {
    'users/get-authenticated': (ctx) =>
      ctx.token.kind === 'actions'
        ? error(
            403,
            'Resource not accessible by integration',
            'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          )
        : json(200, privateUser(store, ctx.token.user)),
  };
}
