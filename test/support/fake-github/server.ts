// The fake GitHub itself: a loopback HTTP server over the store, with the methods tests use to set up
// state and to read what happened.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commentHandlers, createComment } from './comments.js';
import { DOCS, copy, type Handlers } from './http.js';
import { issueHandlers } from './issue-routes.js';
import { addIssue, issuesOf } from './issues.js';
import { labelHandlers } from './labels.js';
import { loadGitHubOpenApi } from './openapi.js';
import { pullHandlers } from './pull-routes.js';
import { addPullRequest, updatePullRequest } from './pulls.js';
import { addRepo, repoHandlers } from './repos.js';
import { answer, readRequest, send } from './router.js';
import { Store } from './store.js';
import type {
  AddCommentInit,
  AddIssueInit,
  AddPullRequestInit,
  FakeComment,
  FakeGitHub,
  FakeGitHubOptions,
  FakeGitHubViolation,
  FakeIssue,
  FakeRepo,
  FakeTokenOptions,
  FakeUser,
  FakeUserInit,
  RecordedRequest,
  ResponseTamperer,
  UpdatePullRequestPatch,
} from './types.js';
import { GITHUB_ACTIONS_BOT, addToken, addUser, userHandlers } from './users.js';
import {
  addWorkflowRun,
  completeWorkflowRun,
  workflowRunHandlers,
  type AddWorkflowRunInit,
  type FakeWorkflowRun,
} from './workflow-runs.js';

export class FakeGitHubServer implements FakeGitHub {
  readonly token: string;
  readonly user: FakeUser;
  readonly repository: { owner: string; repo: string };
  readonly requests: RecordedRequest[] = [];
  readonly violations: FakeGitHubViolation[] = [];

  private readonly store: Store;
  private readonly api = loadGitHubOpenApi();
  private readonly server: Server;
  private tamperers: { tamper: ResponseTamperer; operationId: string | undefined }[] = [];
  private readonly handlers: Handlers;

  constructor(options: FakeGitHubOptions) {
    this.store = new Store(options);
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
    const s = this.store;
    this.handlers = {
      ...userHandlers(s),
      ...repoHandlers(s),
      ...issueHandlers(s),
      ...labelHandlers(s),
      ...commentHandlers(s),
      ...pullHandlers(s),
      ...workflowRunHandlers(s),
    };
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.violations.push({
          kind: 'internal',
          method: req.method ?? '',
          path: req.url ?? '',
          operationId: undefined,
          status: 500,
          message: String(err),
        });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'fake GitHub failed', documentation_url: DOCS }));
      });
    });
  }

  get url(): string {
    return this.store.url;
  }

  get state(): FakeGitHub['state'] {
    return this.store.state;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.store.url = `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
    });
    this.server.closeAllConnections();
    await closed;
  }

  addUser(login: string, init: FakeUserInit = {}): FakeUser {
    return addUser(this.store, login, init);
  }

  addToken(options: FakeTokenOptions = {}): string {
    return addToken(this.store, options);
  }

  addRepo(fullName: string, init: { private?: boolean; defaultBranch?: string } = {}): FakeRepo {
    return addRepo(this.store, fullName, init);
  }

  private repoOf(fullName: string | undefined): FakeRepo {
    const key = (fullName ?? `${this.repository.owner}/${this.repository.repo}`).toLowerCase();
    const repo = this.state.repos.get(key);
    if (!repo) throw new Error(`no repository ${key} in the fake`);
    return repo;
  }

  addIssue(init: AddIssueInit): FakeIssue {
    return copy(addIssue(this.store, this.repoOf(init.repo), init));
  }

  addPullRequest(init: AddPullRequestInit): FakeIssue {
    return copy(addPullRequest(this.store, this.repoOf(init.repo), init));
  }

  updatePullRequest(number: number, patch: UpdatePullRequestPatch, repoName?: string): FakeIssue {
    return copy(updatePullRequest(this.store, this.repoOf(repoName), number, patch));
  }

  addComment(init: AddCommentInit): FakeComment {
    const repo = this.repoOf(init.repo);
    const issue = repo.issues.get(init.issueNumber);
    if (!issue) throw new Error(`no issue #${init.issueNumber}`);
    const user = this.addUser(init.user ?? 'mona');
    return copy(createComment(this.store, repo, issue, init.body, user));
  }

  addWorkflowRun(init: AddWorkflowRunInit): FakeWorkflowRun {
    return copy(addWorkflowRun(this.store, this.repoOf(init.repo), init));
  }

  completeWorkflowRun(id: number, repo?: string): FakeWorkflowRun {
    return copy(completeWorkflowRun(this.store, this.repoOf(repo), id));
  }

  commentsOn(issueNumber: number, repo?: string): FakeComment[] {
    return copy(this.repoOf(repo).comments.filter((c) => c.issueNumber === issueNumber));
  }

  issues(repo?: string): FakeIssue[] {
    return issuesOf(this.repoOf(repo), false);
  }

  pullRequests(repo?: string): FakeIssue[] {
    return issuesOf(this.repoOf(repo), true);
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const incoming = await readRequest(req, this.url);
    const { record, url } = incoming;
    this.requests.push(record);
    const flag = (kind: FakeGitHubViolation['kind'], message: string, status?: number): void => {
      const { method, operationId } = record;
      this.violations.push({ kind, method, path: url.pathname, operationId, status, message });
    };
    const answered = answer(this.store, this.handlers, this.api, incoming, flag);
    let response = answered.response;
    const index = this.tamperers.findIndex(
      (t) => t.operationId === undefined || t.operationId === record.operationId,
    );
    const tamperer = index >= 0 ? this.tamperers.splice(index, 1)[0] : undefined;
    if (tamperer) response = tamperer.tamper(response, record) ?? response;
    const operation = answered.route?.operation;
    const { status, headers, body } = response;
    for (const message of this.api.checkResponse(operation, status, headers, body)) {
      flag('response', message, status);
    }
    send(res, record, response, `FAKE:${this.requests.length}`);
  }
}
