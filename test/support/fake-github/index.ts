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
//
// The folder: server.ts (the HTTP server and the methods tests call), router.ts (one request: record,
// route, check, authenticate, answer), openapi*.ts (the OpenAPI checking), store.ts (state, clock,
// ids), http.ts (what handlers share), and one file per resource: users (and tokens), repos, labels,
// issues and issue-routes, comments, pulls and pull-routes (with the pull requests of a commit).
import { FakeGitHubServer } from './server.js';
import type { FakeGitHub, FakeGitHubOptions } from './types.js';

export type * from './types.js';
export { GITHUB_ACTIONS_BOT } from './users.js';
export type { AddWorkflowRunInit, FakeWorkflowRun } from './workflow-runs.js';

/** Starts a fake GitHub API on 127.0.0.1 (a free port); close it at the end of the test. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHubServer(options);
  await fake.listen();
  return fake;
}
