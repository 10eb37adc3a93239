// The fake GitHub's public types: the state it keeps in memory, what it records of the traffic, and
// the handle a test gets from startFakeGitHub.
import type { AddWorkflowRunInit, FakeWorkflowRun } from './workflow-runs.js';

export type FakeUserType = 'User' | 'Bot' | 'Organization';

export interface FakeUser {
  login: string;
  id: number;
  type: FakeUserType;
  name: string | null;
  email: string | null;
}

export interface FakeUserInit {
  type?: FakeUserType;
  name?: string;
  email?: string;
}

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
  addUser(login: string, init?: FakeUserInit): FakeUser;
  /** Registers another token and returns its value. */
  addToken(options?: FakeTokenOptions): string;
  addRepo(fullName: string, init?: { private?: boolean; defaultBranch?: string }): FakeRepo;
  addIssue(init: AddIssueInit): FakeIssue;
  addPullRequest(init: AddPullRequestInit): FakeIssue;
  updatePullRequest(number: number, patch: UpdatePullRequestPatch, repo?: string): FakeIssue;
  addComment(init: AddCommentInit): FakeComment;
  /** A workflow run of the repository, started now and in progress until completed. */
  addWorkflowRun(init: AddWorkflowRunInit): FakeWorkflowRun;
  completeWorkflowRun(id: number, repo?: string): FakeWorkflowRun;
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
