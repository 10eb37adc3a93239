// A loopback fake of the GitHub REST API for tests, driven by the real @actions/github client.
//
// Every request is matched to an operation of the committed subset of GitHub's OpenAPI description
// (test/openapi/github-subset.json) by method and path template; its path and query parameters and JSON
// body are validated against the operation, and every response the fake sends is validated against
// the operation's response for that status. Whatever does not conform is recorded in `violations`
// (and answered the way GitHub would: unknown route 404, invalid input 422); a well-behaved test ends
// with `assertNoViolations()`. Parameters the fake accepts but does not implement are recorded too
// (kind 'unsupported'), so a test cannot pass by relying on behaviour the fake only pretends to have.
//
// State is in memory: repositories with issues and pull requests (sharing one number sequence, as on
// GitHub), labels, issue comments, merged pull requests and the commits associated with them, tokens
// and their users. Timestamps come from a fake clock that advances one second per write.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGitHubOpenApi, type OpenApiOperation } from './fake-github-openapi.js';

export type FakeUserType = 'User' | 'Bot' | 'Organization';

export interface FakeUser {
  login: string;
  id: number;
  type: FakeUserType;
  name: string | null;
  email: string | null;
}

/** The user behind the GITHUB_TOKEN of a workflow run. */
export const GITHUB_ACTIONS_BOT: Readonly<FakeUser> = Object.freeze({
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  name: null,
  email: null,
});

export type FakeTokenKind = 'pat' | 'actions';

export interface FakeTokenOptions {
  /**
   * 'pat' (default): a personal access token of `user`. 'actions': a workflow's GITHUB_TOKEN, an
   * installation token acting as github-actions[bot], for which GET /user answers 403 "Resource not
   * accessible by integration".
   */
  kind?: FakeTokenKind;
  /** Login of a PAT's user (created when unknown); default 'octocat'. Ignored for 'actions'. */
  user?: string;
  /** Every write answers 403 "Resource not accessible by integration", as for fork pull requests. */
  readOnly?: boolean;
  /** The token itself; generated when omitted. */
  value?: string;
}

export interface FakeToken {
  value: string;
  kind: FakeTokenKind;
  user: FakeUser;
  readOnly: boolean;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export type FakeStateReason = 'completed' | 'reopened' | 'not_planned' | 'duplicate';

export interface FakePull {
  id: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** Commits of the pull request besides the head; all are associated with it. */
  commits: string[];
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy: FakeUser | null;
  draft: boolean;
}

/** An issue, or a pull request (then `pull` is set): they share one number sequence, as on GitHub. */
export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: FakeStateReason | null;
  /** Label names. */
  labels: string[];
  user: FakeUser;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: FakeUser | null;
  pull: FakePull | null;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeRepo {
  id: number;
  owner: FakeUser;
  name: string;
  private: boolean;
  defaultBranch: string;
  createdAt: string;
  nextNumber: number;
  /** By lower-cased name. */
  labels: Map<string, FakeLabel>;
  /** Issues and pull requests by number. */
  issues: Map<number, FakeIssue>;
  /** Issue comments of the repository, in creation order. */
  comments: FakeComment[];
}

export interface FakeGitHubState {
  /** By lower-cased "owner/name". */
  repos: Map<string, FakeRepo>;
  /** By lower-cased login. */
  users: Map<string, FakeUser>;
  /** By token value. */
  tokens: Map<string, FakeToken>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Undefined when no operation of the subset matches. */
  operationId: string | undefined;
  /** Lower-cased request headers; authorization is redacted to its scheme. */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw text when it did not parse; undefined when empty. */
  body: unknown;
  /** Login of the authenticated user, if the token was valid. */
  login: string | undefined;
  /** Status sent (0 until answered). */
  status: number;
  responseBody: unknown;
}

export type FakeGitHubViolationKind = 'route' | 'request' | 'response' | 'unsupported' | 'internal';

export interface FakeGitHubViolation {
  kind: FakeGitHubViolationKind;
  method: string;
  path: string;
  operationId: string | undefined;
  status: number | undefined;
  message: string;
}

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON value sent as the body; undefined for none. */
  body: unknown;
}

/** Mutates the response in place or returns a replacement. */
export type ResponseTamperer = (
  response: FakeResponse,
  request: RecordedRequest,
) => FakeResponse | void;

export interface FakeGitHubOptions {
  /** "owner/name" of the repository created at start; default 'octo-org/octo-repo'. */
  repository?: string;
  defaultBranch?: string;
  /** The main token, `FakeGitHub.token`; default a PAT of 'octocat'. */
  token?: FakeTokenOptions;
  /** Base of html_url values; default 'https://github.com'. */
  serverUrl?: string;
  /** Start of the fake clock; default 2024-01-01T00:00:00Z. */
  startTime?: string;
}

export interface AddIssueInit {
  repo?: string;
  title: string;
  body?: string | null;
  /** Author login (created when unknown); default 'octocat'. */
  user?: string;
  labels?: string[];
  state?: 'open' | 'closed';
  stateReason?: FakeStateReason | null;
}

export interface AddPullRequestInit {
  repo?: string;
  /** Default the next free issue number. */
  number?: number;
  title?: string;
  body?: string | null;
  user?: string;
  headSha: string;
  headRef?: string;
  baseRef?: string;
  commits?: string[];
  /** A merged pull request is closed, has merged_at and a merge commit (generated if not given). */
  merged?: boolean;
  mergeCommitSha?: string | null;
  state?: 'open' | 'closed';
  draft?: boolean;
  labels?: string[];
}

export interface UpdatePullRequestPatch {
  /** A push: the new head; the old head stays associated with the pull request. */
  headSha?: string;
  merged?: boolean;
  mergeCommitSha?: string | null;
  state?: 'open' | 'closed';
  title?: string;
  body?: string | null;
}

export interface AddCommentInit {
  repo?: string;
  issueNumber: number;
  body: string;
  /** Author login (created when unknown); default 'mona'. */
  user?: string;
}

export interface FakeGitHub {
  /** Base URL, e.g. http://127.0.0.1:PORT: GITHUB_API_URL, or getOctokit's baseUrl. */
  readonly url: string;
  /** The main token. */
  readonly token: string;
  /** The main token's user. */
  readonly user: FakeUser;
  /** The repository created at start. */
  readonly repository: { owner: string; repo: string };
  readonly state: FakeGitHubState;
  readonly requests: RecordedRequest[];
  readonly violations: FakeGitHubViolation[];
  addUser(login: string, init?: { type?: FakeUserType; name?: string; email?: string }): FakeUser;
  /** Registers another token and returns its value. */
  addToken(options?: FakeTokenOptions): string;
  addRepo(fullName: string, init?: { private?: boolean; defaultBranch?: string }): FakeRepo;
  addIssue(init: AddIssueInit): FakeIssue;
  addPullRequest(init: AddPullRequestInit): FakeIssue;
  updatePullRequest(number: number, patch: UpdatePullRequestPatch, repo?: string): FakeIssue;
  addComment(init: AddCommentInit): FakeComment;
  /** Copies of the comments on an issue or pull request, oldest first. */
  commentsOn(issueNumber: number, repo?: string): FakeComment[];
  /** Copies of the issues (not pull requests), by number. */
  issues(repo?: string): FakeIssue[];
  /** Copies of the pull requests, by number. */
  pullRequests(repo?: string): FakeIssue[];
  /** Alters the next response (of `operationId`, if given) before it is validated and sent. */
  tamperNextResponse(tamper: ResponseTamperer, operationId?: string): void;
  /** Throws, listing them, if any violation was recorded. */
  assertNoViolations(): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Context {
  operation: OpenApiOperation;
  url: URL;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  token: FakeToken;
}

type Handler = (ctx: Context) => FakeResponse;

function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, headers, body };
}

function error(status: number, message: string, documentationUrl = DOCS): FakeResponse {
  return json(status, { message, documentation_url: documentationUrl, status: String(status) });
}

function notFound(): FakeResponse {
  return error(404, 'Not Found');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

function labelNames(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return values
    .map((v) =>
      typeof v === 'string' ? v : isRecord(v) && typeof v.name === 'string' ? v.name : '',
    )
    .filter((v) => v !== '');
}

class FakeGitHubServer implements FakeGitHub {
  url = '';
  readonly token: string;
  readonly user: FakeUser;
  readonly repository: { owner: string; repo: string };
  readonly state: FakeGitHubState = { repos: new Map(), users: new Map(), tokens: new Map() };
  readonly requests: RecordedRequest[] = [];
  readonly violations: FakeGitHubViolation[] = [];

  private readonly api = loadGitHubOpenApi();
  private readonly server: Server;
  private readonly serverUrl: string;
  private clock: number;
  private nextId = 1_000_001;
  private tamperers: { tamper: ResponseTamperer; operationId: string | undefined }[] = [];
  private readonly handlers: Record<string, Handler>;

  constructor(options: FakeGitHubOptions) {
    this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    this.clock = Date.parse(options.startTime ?? '2024-01-01T00:00:00Z');
    if (Number.isNaN(this.clock)) throw new Error(`startTime ${options.startTime} is not a date`);
    this.state.users.set(GITHUB_ACTIONS_BOT.login.toLowerCase(), { ...GITHUB_ACTIONS_BOT });
    this.addUser('octocat', { name: 'The Octocat', email: 'octocat@github.com' });
    const full = options.repository ?? 'octo-org/octo-repo';
    const repo = this.addRepo(full, {
      ...(options.defaultBranch !== undefined ? { defaultBranch: options.defaultBranch } : {}),
    });
    this.repository = { owner: repo.owner.login, repo: repo.name };
    this.token = this.addToken(options.token ?? {});
    const main = this.state.tokens.get(this.token);
    if (!main) throw new Error('main token missing');
    this.user = main.user;
    this.handlers = this.createHandlers();
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.violation('internal', req.method ?? '', req.url ?? '', undefined, 500, String(err));
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'fake GitHub failed', documentation_url: DOCS }));
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
    });
    this.server.closeAllConnections();
    await closed;
  }

  // ---- state helpers -------------------------------------------------------------------------

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private id(): number {
    return this.nextId++;
  }

  addUser(
    login: string,
    init: { type?: FakeUserType; name?: string; email?: string } = {},
  ): FakeUser {
    const key = login.toLowerCase();
    const existing = this.state.users.get(key);
    if (existing) return existing;
    const user: FakeUser = {
      login,
      id: this.id(),
      type: init.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      name: init.name ?? null,
      email: init.email ?? null,
    };
    this.state.users.set(key, user);
    return user;
  }

  addToken(options: FakeTokenOptions = {}): string {
    const kind = options.kind ?? 'pat';
    const user = kind === 'actions' ? GITHUB_ACTIONS_BOT : this.addUser(options.user ?? 'octocat');
    const serial = String(this.state.tokens.size + 1).padStart(4, '0');
    const value =
      options.value ??
      `${kind === 'actions' ? 'ghs' : 'ghp'}_FakeGitHubToken${serial}xxxxxxxxxxxxxxx`;
    if (this.state.tokens.has(value)) throw new Error(`token ${value} already exists`);
    const stored = this.state.users.get(user.login.toLowerCase()) ?? { ...user };
    this.state.tokens.set(value, {
      value,
      kind,
      user: stored,
      readOnly: options.readOnly ?? false,
    });
    return value;
  }

  addRepo(fullName: string, init: { private?: boolean; defaultBranch?: string } = {}): FakeRepo {
    const [ownerLogin, name, ...rest] = fullName.split('/');
    if (!ownerLogin || !name || rest.length > 0)
      throw new Error(`repository ${fullName}: owner/name`);
    if (this.state.repos.has(fullName.toLowerCase())) throw new Error(`${fullName} exists`);
    const owner = this.addUser(ownerLogin, { type: 'Organization' });
    const repo: FakeRepo = {
      id: this.id(),
      owner,
      name,
      private: init.private ?? false,
      defaultBranch: init.defaultBranch ?? 'main',
      createdAt: this.now(),
      nextNumber: 1,
      labels: new Map(),
      issues: new Map(),
      comments: [],
    };
    this.state.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  private repoOf(fullName: string | undefined): FakeRepo {
    const key = (fullName ?? `${this.repository.owner}/${this.repository.repo}`).toLowerCase();
    const repo = this.state.repos.get(key);
    if (!repo) throw new Error(`no repository ${key} in the fake`);
    return repo;
  }

  private ensureLabels(repo: FakeRepo, names: string[]): void {
    for (const name of names) {
      if (!repo.labels.has(name.toLowerCase())) {
        repo.labels.set(name.toLowerCase(), {
          id: this.id(),
          name,
          color: 'ededed',
          description: null,
        });
      }
    }
  }

  private canonicalLabels(repo: FakeRepo, names: string[]): string[] {
    this.ensureLabels(repo, names);
    const out: string[] = [];
    for (const name of names) {
      const label = repo.labels.get(name.toLowerCase());
      if (label && !out.includes(label.name)) out.push(label.name);
    }
    return out;
  }

  private takeNumber(repo: FakeRepo, wanted: number | undefined): number {
    const number = wanted ?? repo.nextNumber;
    if (repo.issues.has(number)) throw new Error(`#${number} already exists`);
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    return number;
  }

  addIssue(init: AddIssueInit): FakeIssue {
    const repo = this.repoOf(init.repo);
    const created = this.now();
    const closed = init.state === 'closed';
    const issue: FakeIssue = {
      id: this.id(),
      number: this.takeNumber(repo, undefined),
      title: init.title,
      body: init.body ?? null,
      state: closed ? 'closed' : 'open',
      stateReason: init.stateReason ?? (closed ? 'completed' : null),
      labels: this.canonicalLabels(repo, init.labels ?? []),
      user: this.addUser(init.user ?? 'octocat'),
      locked: false,
      createdAt: created,
      updatedAt: created,
      closedAt: closed ? created : null,
      closedBy: closed ? repo.owner : null,
      pull: null,
    };
    repo.issues.set(issue.number, issue);
    return copy(issue);
  }

  addPullRequest(init: AddPullRequestInit): FakeIssue {
    const repo = this.repoOf(init.repo);
    const number = this.takeNumber(repo, init.number);
    const created = this.now();
    const merged = init.merged ?? false;
    const closed = merged || init.state === 'closed';
    const issue: FakeIssue = {
      id: this.id(),
      number,
      title: init.title ?? `Pull request #${number}`,
      body: init.body ?? null,
      state: closed ? 'closed' : 'open',
      stateReason: null,
      labels: this.canonicalLabels(repo, init.labels ?? []),
      user: this.addUser(init.user ?? 'octocat'),
      locked: false,
      createdAt: created,
      updatedAt: created,
      closedAt: closed ? created : null,
      closedBy: null,
      pull: {
        id: this.id(),
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
    return copy(issue);
  }

  updatePullRequest(number: number, patch: UpdatePullRequestPatch, repoName?: string): FakeIssue {
    const repo = this.repoOf(repoName);
    const issue = repo.issues.get(number);
    if (!issue?.pull) throw new Error(`#${number} is not a pull request`);
    const pull = issue.pull;
    const at = this.now();
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
    return copy(issue);
  }

  addComment(init: AddCommentInit): FakeComment {
    const repo = this.repoOf(init.repo);
    const issue = repo.issues.get(init.issueNumber);
    if (!issue) throw new Error(`no issue #${init.issueNumber}`);
    return copy(this.createComment(repo, issue, init.body, this.addUser(init.user ?? 'mona')));
  }

  private createComment(
    repo: FakeRepo,
    issue: FakeIssue,
    body: string,
    user: FakeUser,
  ): FakeComment {
    const at = this.now();
    const comment: FakeComment = {
      id: this.id(),
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

  commentsOn(issueNumber: number, repo?: string): FakeComment[] {
    return copy(this.repoOf(repo).comments.filter((c) => c.issueNumber === issueNumber));
  }

  issues(repo?: string): FakeIssue[] {
    return copy([...this.repoOf(repo).issues.values()].filter((i) => !i.pull)).sort(
      (a, b) => a.number - b.number,
    );
  }

  pullRequests(repo?: string): FakeIssue[] {
    return copy([...this.repoOf(repo).issues.values()].filter((i) => i.pull)).sort(
      (a, b) => a.number - b.number,
    );
  }

  tamperNextResponse(tamper: ResponseTamperer, operationId?: string): void {
    this.tamperers.push({ tamper, operationId });
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map(
      (v) =>
        `- [${v.kind}] ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}` +
        `${v.status !== undefined ? ` ${v.status}` : ''}: ${v.message}`,
    );
    throw new Error(`fake GitHub saw ${this.violations.length} violation(s):\n${lines.join('\n')}`);
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private violation(
    kind: FakeGitHubViolationKind,
    method: string,
    path: string,
    operationId: string | undefined,
    status: number | undefined,
    message: string,
  ): void {
    this.violations.push({ kind, method, path, operationId, status, message });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.url);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    if (headers.authorization) headers.authorization = `${headers.authorization.split(' ')[0]} ***`;
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: undefined,
      headers,
      body: undefined,
      login: undefined,
      status: 0,
      responseBody: undefined,
    };
    if (rawBody.length > 0) {
      try {
        record.body = JSON.parse(rawBody) as unknown;
      } catch {
        record.body = rawBody;
      }
    }
    this.requests.push(record);
    const flag = (kind: FakeGitHubViolationKind, message: string, status?: number): void =>
      this.violation(kind, method, url.pathname, record.operationId, status, message);

    const route = this.api.match(method, url.pathname);
    let response: FakeResponse;
    if (!route) {
      flag('route', `no operation of the OpenAPI subset matches ${method} ${url.pathname}`);
      response = notFound();
    } else {
      record.operationId = route.operation.operationId;
      const checked = this.api.checkRequest(
        route,
        url.searchParams,
        req.headers['content-type'],
        rawBody,
      );
      for (const message of checked.errors) flag('request', message);
      // GitHub ignores query parameters it does not know: recorded above, not refused.
      for (const name of checked.unknownQuery) {
        flag('request', `query parameter ${name} is not defined`);
      }
      const token = this.authenticate(req.headers.authorization);
      if (token) record.login = token.user.login;
      if (!req.headers.authorization) {
        response = error(401, 'Requires authentication');
      } else if (!token) {
        response = error(401, 'Bad credentials');
      } else if (checked.bodyParseError) {
        response = error(400, 'Problems parsing JSON');
      } else if (checked.errors.length > 0) {
        response = json(422, {
          message: `Invalid request.\n\n${checked.errors.join('\n')}`,
          documentation_url: DOCS,
          status: '422',
        });
      } else if (token.readOnly && WRITE_METHODS.has(method)) {
        response = error(403, 'Resource not accessible by integration');
      } else {
        const handler = this.handlers[route.operation.operationId];
        if (!handler) {
          flag('unsupported', `the fake does not implement ${route.operation.operationId}`);
          response = notFound();
        } else {
          response = handler({
            operation: route.operation,
            url,
            params: checked.params,
            query: checked.query,
            body: checked.body,
            token,
          });
        }
      }
    }

    const index = this.tamperers.findIndex(
      (t) => t.operationId === undefined || t.operationId === record.operationId,
    );
    const tamperer = index >= 0 ? this.tamperers.splice(index, 1)[0] : undefined;
    if (tamperer) response = tamperer.tamper(response, record) ?? response;

    for (const message of this.api.checkResponse(
      route?.operation,
      response.status,
      response.headers,
      response.body,
    )) {
      flag('response', message, response.status);
    }

    record.status = response.status;
    record.responseBody = response.body;
    const text = response.body === undefined ? '' : JSON.stringify(response.body);
    res.writeHead(response.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${this.requests.length}`,
      ...response.headers,
    });
    res.end(text);
  }

  private authenticate(header: string | undefined): FakeToken | undefined {
    const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
    return m?.[1] ? this.state.tokens.get(m[1]) : undefined;
  }

  // ---- response objects ----------------------------------------------------------------------

  private simpleUser(user: FakeUser): Record<string, unknown> {
    const api = `${this.url}/users/${encodeURIComponent(user.login)}`;
    return {
      login: user.login,
      id: user.id,
      node_id: `${user.type === 'Bot' ? 'BOT' : user.type === 'User' ? 'U' : 'O'}_kgDO${user.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url:
        user.type === 'Bot'
          ? `${this.serverUrl}/apps/${encodeURIComponent(user.login.replace(/\[bot\]$/, ''))}`
          : `${this.serverUrl}/${encodeURIComponent(user.login)}`,
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

  private privateUser(user: FakeUser): Record<string, unknown> {
    return {
      ...this.simpleUser(user),
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

  private repoBase(repo: FakeRepo): string {
    return `${this.url}/repos/${encodeURIComponent(repo.owner.login)}/${encodeURIComponent(repo.name)}`;
  }

  private repoHtml(repo: FakeRepo): string {
    return `${this.serverUrl}/${repo.owner.login}/${repo.name}`;
  }

  private repositoryObject(repo: FakeRepo, token: FakeToken | undefined): Record<string, unknown> {
    const base = this.repoBase(repo);
    const full = `${repo.owner.login}/${repo.name}`;
    const host = new URL(this.serverUrl).host;
    const open = [...repo.issues.values()].filter((i) => i.state === 'open').length;
    const write = token !== undefined && !token.readOnly;
    return {
      id: repo.id,
      node_id: `R_kgDO${repo.id}`,
      name: repo.name,
      full_name: full,
      private: repo.private,
      owner: this.simpleUser(repo.owner),
      html_url: this.repoHtml(repo),
      description: null,
      fork: false,
      url: base,
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
      clone_url: `${this.repoHtml(repo)}.git`,
      mirror_url: null,
      hooks_url: `${base}/hooks`,
      svn_url: this.repoHtml(repo),
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

  private fullRepository(repo: FakeRepo, token: FakeToken): Record<string, unknown> {
    return { ...this.repositoryObject(repo, token), network_count: 0, subscribers_count: 0 };
  }

  private label(repo: FakeRepo, name: string): Record<string, unknown> {
    const label = repo.labels.get(name.toLowerCase());
    if (!label) throw new Error(`label ${name} missing`);
    return {
      id: label.id,
      node_id: `LA_kwDO${label.id}`,
      url: `${this.repoBase(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  private authorAssociation(repo: FakeRepo, user: FakeUser): string {
    if (user.login === repo.owner.login) return 'OWNER';
    return user.type === 'Bot' ? 'NONE' : 'COLLABORATOR';
  }

  private reactions(url: string): Record<string, unknown> {
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

  private issueHtml(repo: FakeRepo, issue: FakeIssue): string {
    return `${this.repoHtml(repo)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
  }

  private issue(repo: FakeRepo, issue: FakeIssue): Record<string, unknown> {
    const base = this.repoBase(repo);
    const url = `${base}/issues/${issue.number}`;
    const pull = issue.pull;
    const html = this.issueHtml(repo, issue);
    return {
      id: issue.id,
      node_id: `${pull ? 'PR' : 'I'}_kwDO${issue.id}`,
      url,
      repository_url: base,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: html,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.simpleUser(issue.user),
      labels: issue.labels.map((name) => this.label(repo, name)),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: issue.locked,
      active_lock_reason: null,
      comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
      ...(pull
        ? {
            pull_request: {
              url: `${base}/pulls/${issue.number}`,
              html_url: html,
              diff_url: `${html}.diff`,
              patch_url: `${html}.patch`,
              merged_at: pull.mergedAt,
            },
            draft: pull.draft,
          }
        : {}),
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: issue.closedBy ? this.simpleUser(issue.closedBy) : null,
      author_association: this.authorAssociation(repo, issue.user),
      reactions: this.reactions(url),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
    };
  }

  private comment(repo: FakeRepo, comment: FakeComment): Record<string, unknown> {
    const base = this.repoBase(repo);
    const url = `${base}/issues/comments/${comment.id}`;
    const issue = repo.issues.get(comment.issueNumber);
    const html = issue
      ? this.issueHtml(repo, issue)
      : `${this.repoHtml(repo)}/issues/${comment.issueNumber}`;
    return {
      id: comment.id,
      node_id: `IC_kwDO${comment.id}`,
      url,
      html_url: `${html}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.simpleUser(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${base}/issues/${comment.issueNumber}`,
      author_association: this.authorAssociation(repo, comment.user),
      performed_via_github_app: null,
      reactions: this.reactions(url),
    };
  }

  private pullSimple(repo: FakeRepo, issue: FakeIssue, pull: FakePull): Record<string, unknown> {
    const base = this.repoBase(repo);
    const url = `${base}/pulls/${issue.number}`;
    const html = this.issueHtml(repo, issue);
    const repository = this.repositoryObject(repo, undefined);
    const owner = this.simpleUser(repo.owner);
    const link = (href: string): Record<string, string> => ({ href });
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
      user: this.simpleUser(issue.user),
      body: issue.body,
      labels: issue.labels.map((name) => this.label(repo, name)),
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
      head: {
        label: `${repo.owner.login}:${pull.headRef}`,
        ref: pull.headRef,
        sha: pull.headSha,
        user: owner,
        repo: repository,
      },
      base: {
        label: `${repo.owner.login}:${pull.baseRef}`,
        ref: pull.baseRef,
        sha: pull.baseSha,
        user: owner,
        repo: repository,
      },
      _links: {
        self: link(url),
        html: link(html),
        issue: link(`${base}/issues/${issue.number}`),
        comments: link(`${base}/issues/${issue.number}/comments`),
        review_comments: link(`${url}/comments`),
        review_comment: link(`${base}/pulls/comments{/number}`),
        commits: link(`${url}/commits`),
        statuses: link(`${base}/statuses/${pull.headSha}`),
      },
      author_association: this.authorAssociation(repo, issue.user),
      auto_merge: null,
      draft: pull.draft,
    };
  }

  private pullFull(repo: FakeRepo, issue: FakeIssue, pull: FakePull): Record<string, unknown> {
    return {
      ...this.pullSimple(repo, issue, pull),
      merged: pull.merged,
      mergeable: issue.state === 'open' ? true : null,
      rebaseable: issue.state === 'open' ? true : null,
      mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
      merged_by: pull.mergedBy ? this.simpleUser(pull.mergedBy) : null,
      comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: pull.commits.length + 1,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    };
  }

  // ---- operations ----------------------------------------------------------------------------

  private paginate<T>(ctx: Context, items: T[]): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(ctx.query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (n: number): string => {
      const u = new URL(ctx.url.pathname + ctx.url.search, this.url);
      u.searchParams.set('page', String(n));
      return u.toString();
    };
    const links: string[] = [];
    if (page > 1) links.push(`<${at(Math.min(page - 1, last))}>; rel="prev"`);
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`);
    if (page < last) links.push(`<${at(last)}>; rel="last"`);
    if (page > 1) links.push(`<${at(1)}>; rel="first"`);
    return {
      items: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  private unsupported(ctx: Context, message: string): void {
    this.violation(
      'unsupported',
      ctx.operation.method,
      ctx.url.pathname,
      ctx.operation.operationId,
      undefined,
      message,
    );
  }

  private rejectUnsupported(ctx: Context, source: Record<string, unknown>, names: string[]): void {
    for (const name of names) {
      const value = source[name];
      if (value === undefined || value === null) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      this.unsupported(ctx, `the fake ignores ${name}=${JSON.stringify(value)}`);
    }
  }

  private createHandlers(): Record<string, Handler> {
    const repoOr404 = (ctx: Context): FakeRepo | undefined =>
      this.state.repos.get(`${str(ctx.params.owner)}/${str(ctx.params.repo)}`.toLowerCase());
    const body = (ctx: Context): Record<string, unknown> => (isRecord(ctx.body) ? ctx.body : {});
    const sortDirection = (ctx: Context, sortKey: unknown): number => {
      const direction = ctx.query.direction;
      if (direction === 'asc') return 1;
      if (direction === 'desc') return -1;
      return sortKey === undefined || sortKey === 'created' ? -1 : 1;
    };

    return {
      'users/get-authenticated': (ctx) =>
        ctx.token.kind === 'actions'
          ? error(
              403,
              'Resource not accessible by integration',
              'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            )
          : json(200, this.privateUser(ctx.token.user)),

      'repos/get': (ctx) => {
        const repo = repoOr404(ctx);
        return repo ? json(200, this.fullRepository(repo, ctx.token)) : notFound();
      },

      'issues/list-for-repo': (ctx) => {
        const repo = repoOr404(ctx);
        if (!repo) return notFound();
        const q = ctx.query;
        this.rejectUnsupported(ctx, q, [
          'milestone',
          'assignee',
          'type',
          'mentioned',
          'issue_field_values',
        ]);
        const state = q.state ?? 'open';
        const wanted = typeof q.labels === 'string' ? q.labels.split(',').filter(Boolean) : [];
        const since = typeof q.since === 'string' ? Date.parse(q.since) : undefined;
        const sort = q.sort ?? 'created';
        const dir = sortDirection(ctx, sort);
        const key = (i: FakeIssue): number =>
          sort === 'updated'
            ? Date.parse(i.updatedAt)
            : sort === 'comments'
              ? repo.comments.filter((c) => c.issueNumber === i.number).length
              : i.number;
        const matching = [...repo.issues.values()]
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) =>
            wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w.trim().toLowerCase())),
          )
          .filter((i) => typeof q.creator !== 'string' || i.user.login === q.creator)
          .filter((i) => since === undefined || Date.parse(i.updatedAt) >= since)
          .sort((a, b) => dir * (key(a) - key(b)) || dir * (a.number - b.number));
        const page = this.paginate(ctx, matching);
        return json(
          200,
          page.items.map((i) => this.issue(repo, i)),
          page.headers,
        );
      },

      'issues/create': (ctx) => {
        const repo = repoOr404(ctx);
        if (!repo) return notFound();
        const b = body(ctx);
        this.rejectUnsupported(ctx, b, [
          'assignee',
          'assignees',
          'milestone',
          'type',
          'issue_field_values',
        ]);
        const at = this.now();
        const issue: FakeIssue = {
          id: this.id(),
          number: this.takeNumber(repo, undefined),
          title: str(b.title),
          body: typeof b.body === 'string' ? b.body : null,
          state: 'open',
          stateReason: null,
          labels: this.canonicalLabels(repo, labelNames(b.labels)),
          user: ctx.token.user,
          locked: false,
          createdAt: at,
          updatedAt: at,
          closedAt: null,
          closedBy: null,
          pull: null,
        };
        repo.issues.set(issue.number, issue);
        const out = this.issue(repo, issue);
        return json(201, out, { location: str(out.url) });
      },

      'issues/get': (ctx) => {
        const repo = repoOr404(ctx);
        const issue = repo?.issues.get(Number(ctx.params.issue_number));
        return repo && issue ? json(200, this.issue(repo, issue)) : notFound();
      },

      'issues/update': (ctx) => {
        const repo = repoOr404(ctx);
        const issue = repo?.issues.get(Number(ctx.params.issue_number));
        if (!repo || !issue) return notFound();
        const b = body(ctx);
        this.rejectUnsupported(ctx, b, [
          'assignee',
          'assignees',
          'milestone',
          'type',
          'issue_field_values',
          'duplicate_issue_id',
        ]);
        const at = this.now();
        if (b.title !== undefined && b.title !== null) issue.title = str(b.title);
        if (b.body !== undefined) issue.body = typeof b.body === 'string' ? b.body : null;
        if (b.labels !== undefined) issue.labels = this.canonicalLabels(repo, labelNames(b.labels));
        if (b.state === 'closed' && issue.state === 'open') {
          issue.state = 'closed';
          issue.closedAt = at;
          issue.closedBy = ctx.token.user;
          if (!issue.pull) issue.stateReason = 'completed';
        } else if (b.state === 'open' && issue.state === 'closed') {
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
        if (!issue.pull && b.state_reason !== undefined) {
          issue.stateReason = (b.state_reason as FakeStateReason | null) ?? null;
        }
        issue.updatedAt = at;
        return json(200, this.issue(repo, issue));
      },

      'issues/add-labels': (ctx) => {
        const repo = repoOr404(ctx);
        const issue = repo?.issues.get(Number(ctx.params.issue_number));
        if (!repo || !issue) return notFound();
        const added = this.canonicalLabels(repo, labelNames(body(ctx).labels));
        issue.labels = [...issue.labels, ...added.filter((l) => !issue.labels.includes(l))];
        issue.updatedAt = this.now();
        return json(
          200,
          issue.labels.map((name) => this.label(repo, name)),
        );
      },

      'issues/list-comments': (ctx) => {
        const repo = repoOr404(ctx);
        const issue = repo?.issues.get(Number(ctx.params.issue_number));
        if (!repo || !issue) return notFound();
        const since = typeof ctx.query.since === 'string' ? Date.parse(ctx.query.since) : undefined;
        const comments = repo.comments
          .filter((c) => c.issueNumber === issue.number)
          .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since);
        const page = this.paginate(ctx, comments);
        return json(
          200,
          page.items.map((c) => this.comment(repo, c)),
          page.headers,
        );
      },

      'issues/create-comment': (ctx) => {
        const repo = repoOr404(ctx);
        const issue = repo?.issues.get(Number(ctx.params.issue_number));
        if (!repo || !issue) return notFound();
        const comment = this.createComment(repo, issue, str(body(ctx).body), ctx.token.user);
        const out = this.comment(repo, comment);
        return json(201, out, { location: str(out.url) });
      },

      'issues/get-comment': (ctx) => {
        const repo = repoOr404(ctx);
        const comment = repo?.comments.find((c) => c.id === Number(ctx.params.comment_id));
        return repo && comment ? json(200, this.comment(repo, comment)) : notFound();
      },

      'issues/update-comment': (ctx) => {
        const repo = repoOr404(ctx);
        const comment = repo?.comments.find((c) => c.id === Number(ctx.params.comment_id));
        if (!repo || !comment) return notFound();
        comment.body = str(body(ctx).body);
        comment.updatedAt = this.now();
        return json(200, this.comment(repo, comment));
      },

      'pulls/get': (ctx) => {
        const repo = repoOr404(ctx);
        const issue = repo?.issues.get(Number(ctx.params.pull_number));
        return repo && issue?.pull ? json(200, this.pullFull(repo, issue, issue.pull)) : notFound();
      },

      'pulls/list': (ctx) => {
        const repo = repoOr404(ctx);
        if (!repo) return notFound();
        const q = ctx.query;
        const state = q.state ?? 'open';
        const sort = q.sort ?? 'created';
        if (sort === 'popularity' || sort === 'long-running') {
          this.unsupported(ctx, `the fake ignores sort=${str(sort)}`);
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
              ? dir * (Date.parse(a.updatedAt) - Date.parse(b.updatedAt)) ||
                dir * (a.number - b.number)
              : dir * (a.number - b.number),
          );
        const page = this.paginate(ctx, pulls);
        return json(
          200,
          page.items.map((i) => this.pullSimple(repo, i, i.pull as FakePull)),
          page.headers,
        );
      },

      'repos/list-pull-requests-associated-with-commit': (ctx) => {
        const repo = repoOr404(ctx);
        if (!repo) return notFound();
        const sha = str(ctx.params.commit_sha).toLowerCase();
        const pulls = [...repo.issues.values()]
          .filter((i) => {
            const p = i.pull;
            if (!p) return false;
            const shas = [
              p.headSha,
              ...p.commits,
              ...(p.merged && p.mergeCommitSha ? [p.mergeCommitSha] : []),
            ];
            return shas.some((s) => s.toLowerCase() === sha);
          })
          .sort((a, b) => a.number - b.number);
        const page = this.paginate(ctx, pulls);
        return json(
          200,
          page.items.map((i) => this.pullSimple(repo, i, i.pull as FakePull)),
          page.headers,
        );
      },
    };
  }
}

/** Starts a fake GitHub API on 127.0.0.1 (a free port); close it at the end of the test. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHubServer(options);
  await fake.listen();
  return fake;
}
