import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GITHUB_ACTIONS_BOT,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
} from '../support/fake-github/index.js';
import { loadGitHubOpenApi } from '../support/fake-github/openapi.js';

const OPERATIONS = JSON.parse(
  readFileSync(new URL('../openapi/operations.json', import.meta.url), 'utf8'),
) as string[];

let fakes: FakeGitHub[] = [];

async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(options);
  fakes.push(fake);
  return fake;
}

function client(fake: FakeGitHub, token = fake.token) {
  return getOctokit(token, { baseUrl: fake.url });
}

afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
});

describe('the OpenAPI subset', () => {
  it('is the pinned @octokit/openapi description, restricted to the operations used', () => {
    const api = loadGitHubOpenApi();
    expect(api.header).toMatchObject({
      package: '@octokit/openapi',
      version: '23.0.1',
      source: 'generated/api.github.com.json',
    });
    expect(api.operations.map((o) => o.operationId).sort()).toEqual([...OPERATIONS].sort());
    // the client's own types were generated from the same description
    const types = JSON.parse(
      readFileSync(
        new URL('../../node_modules/@octokit/openapi-types/package.json', import.meta.url),
        'utf8',
      ),
    ) as { octokit: { 'openapi-version': string } };
    expect(types.octokit['openapi-version']).toBe(api.header.version);
  });

  it('compiles a validator for every declared response and request body', () => {
    const api = loadGitHubOpenApi();
    let compiled = 0;
    for (const op of api.operations) {
      for (const response of op.responses.values()) {
        if (response.schemaPointer) compiled += api.validator(response.schemaPointer) ? 1 : 0;
      }
      if (op.requestBody) compiled += api.validator(op.requestBody.schemaPointer) ? 1 : 0;
    }
    expect(compiled).toBeGreaterThan(40);
  });

  it('accepts null where the description says nullable, whatever the enum says', () => {
    const api = loadGitHubOpenApi();
    const ptr = '/components/schemas/issue/properties/state_reason';
    expect(api.check(ptr, null, 'x')).toEqual([]);
    expect(api.check(ptr, 'completed', 'x')).toEqual([]);
    expect(api.check(ptr, 'finished', 'x')).toEqual([
      'x must be equal to one of the allowed values (["completed","reopened","not_planned","duplicate"])',
    ]);
    expect(api.check('/components/schemas/issue/properties/created_at', '2024-13-01', 'x')).toEqual(
      ['x must match format "date-time"'],
    );
    expect(api.check('/components/schemas/issue/properties/html_url', 'not a uri', 'x')).toEqual([
      'x must match format "uri"',
    ]);
  });
});

describe('fake GitHub driven by @actions/github', () => {
  it('creates, lists, gets and updates issue comments as the token user', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    const pr = fake.addPullRequest({ headSha: 'a'.repeat(40) });
    fake.addComment({ issueNumber: pr.number, body: 'first!', user: 'mona' });

    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: pr.number,
      body: '<!-- marker -->\nplan v1',
    });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('octocat');
    expect(created.data.html_url).toBe(
      `https://github.com/${owner}/${repo}/pull/${pr.number}#issuecomment-${created.data.id}`,
    );
    expect(created.headers.location).toBe(created.data.url);

    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: pr.number });
    expect(listed.data.map((c) => [c.user?.login, c.body])).toEqual([
      ['mona', 'first!'],
      ['octocat', '<!-- marker -->\nplan v1'],
    ]);

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: '<!-- marker -->\nplan v2',
    });
    expect(updated.data.body).toBe('<!-- marker -->\nplan v2');
    expect(Date.parse(updated.data.updated_at)).toBeGreaterThan(
      Date.parse(created.data.updated_at),
    );
    expect(updated.data.created_at).toBe(created.data.created_at);

    const got = await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id });
    expect(got.data.body).toBe('<!-- marker -->\nplan v2');
    expect(fake.commentsOn(pr.number).map((c) => [c.user.login, c.body])).toEqual([
      ['mona', 'first!'],
      ['octocat', '<!-- marker -->\nplan v2'],
    ]);

    await expect(
      octokit.rest.issues.getComment({ owner, repo, comment_id: 999 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(fake.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'issues/create-comment 201',
      'issues/list-comments 200',
      'issues/update-comment 200',
      'issues/get-comment 200',
      'issues/get-comment 404',
    ]);
    expect(fake.requests[0]?.headers.authorization).toBe('token ***');
    expect(fake.requests[0]?.login).toBe('octocat');
    fake.assertNoViolations();
  });

  it('paginates with Link headers that octokit.paginate follows', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    const issue = fake.addIssue({ title: 'many comments' });
    for (let i = 1; i <= 65; i++) fake.addComment({ issueNumber: issue.number, body: `c${i}` });

    const first = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      per_page: 30,
    });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toContain('page=2>; rel="next"');
    expect(first.headers.link).toContain('page=3>; rel="last"');
    expect(first.headers.link).not.toContain('rel="prev"');

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue.number,
      per_page: 30,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 65 }, (_, i) => `c${i + 1}`));
    expect(fake.requests.slice(1).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    const last = fake.requests.at(-1);
    expect(last?.status).toBe(200);
    expect((last?.responseBody as unknown[]).length).toBe(5);

    const capped = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      per_page: 500,
    });
    expect(capped.data).toHaveLength(65);
    expect(capped.headers.link).toBeUndefined();
    fake.assertNoViolations();
  });

  it('finds the merged pull request of a commit and reads pull requests', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    const head = '1'.repeat(40);
    const merge = '2'.repeat(40);
    const merged = fake.addPullRequest({
      number: 7,
      headSha: head,
      mergeCommitSha: merge,
      merged: true,
    });
    const open = fake.addPullRequest({ headSha: '3'.repeat(40), title: 'still open' });
    expect(open.number).toBe(8);

    const forMerge = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: merge,
    });
    expect(forMerge.data.map((p) => [p.number, p.merge_commit_sha, p.state])).toEqual([
      [7, merge, 'closed'],
    ]);
    expect(forMerge.data[0]?.merged_at).toBe(merged.pull?.mergedAt);

    const forHead = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: head,
    });
    expect(forHead.data.map((p) => p.number)).toEqual([7]);
    const none = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: 'f'.repeat(40),
    });
    expect(none.data).toEqual([]);

    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: 7 });
    expect(pull.data).toMatchObject({ merged: true, merge_commit_sha: merge, state: 'closed' });
    expect(pull.data.head.sha).toBe(head);
    expect(pull.data.base.ref).toBe('main');
    await expect(octokit.rest.pulls.get({ owner, repo, pull_number: 99 })).rejects.toMatchObject({
      status: 404,
    });

    const openOnes = await octokit.rest.pulls.list({ owner, repo });
    expect(openOnes.data.map((p) => p.number)).toEqual([8]);
    const allOnes = await octokit.rest.pulls.list({ owner, repo, state: 'all', direction: 'asc' });
    expect(allOnes.data.map((p) => p.number)).toEqual([7, 8]);

    fake.updatePullRequest(8, { headSha: '4'.repeat(40) });
    const pushed = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: '3'.repeat(40),
    });
    expect(pushed.data.map((p) => [p.number, p.head.sha])).toEqual([[8, '4'.repeat(40)]]);
    fake.assertNoViolations();
  });

  it('creates, labels, updates and closes issues; numbers are shared with pull requests', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    fake.addPullRequest({ headSha: 'a'.repeat(40) });

    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Drift detected',
      body: '<!-- gc-timeouts:drift -->',
      labels: ['gc-timeouts', 'drift'],
    });
    expect(created.status).toBe(201);
    expect(created.data.number).toBe(2);
    expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([
      'gc-timeouts',
      'drift',
    ]);

    const labelled = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: 2,
      labels: ['ops'],
    });
    expect(labelled.data.map((l) => l.name)).toEqual(['gc-timeouts', 'drift', 'ops']);

    const byLabel = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'drift' });
    expect(byLabel.data.map((i) => i.number)).toEqual([2]);
    const everything = await octokit.rest.issues.listForRepo({ owner, repo, state: 'all' });
    expect(everything.data.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
      [2, false],
      [1, true],
    ]);

    const edited = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 2,
      body: '<!-- gc-timeouts:drift -->\nnew',
    });
    expect(edited.data.body).toBe('<!-- gc-timeouts:drift -->\nnew');
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 2, body: 'clean now' });
    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 2,
      state: 'closed',
      state_reason: 'completed',
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
    expect(closed.data.closed_by?.login).toBe('octocat');

    const openNow = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'gc-timeouts' });
    expect(openNow.data).toEqual([]);
    const got = await octokit.rest.issues.get({ owner, repo, issue_number: 2 });
    expect(got.data.closed_at).not.toBeNull();
    expect(fake.issues().map((i) => [i.number, i.state, i.labels])).toEqual([
      [2, 'closed', ['gc-timeouts', 'drift', 'ops']],
    ]);
    fake.assertNoViolations();
  });

  it('reads the repository and the authenticated user', async () => {
    const fake = await start({ repository: 'acme/timeouts', defaultBranch: 'trunk' });
    const octokit = client(fake);
    const repoData = await octokit.rest.repos.get({ owner: 'acme', repo: 'timeouts' });
    expect(repoData.data).toMatchObject({
      full_name: 'acme/timeouts',
      default_branch: 'trunk',
      permissions: { push: true },
    });
    const me = await octokit.rest.users.getAuthenticated();
    expect(me.data.login).toBe('octocat');
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'nope' })).rejects.toMatchObject({
      status: 404,
    });
    fake.assertNoViolations();
  });

  it('answers 401 to a wrong or missing token', async () => {
    const fake = await start();
    const { owner, repo } = fake.repository;
    await expect(
      client(fake, 'ghp_wrong').rest.issues.listComments({ owner, repo, issue_number: 1 }),
    ).rejects.toMatchObject({ status: 401, message: expect.stringContaining('Bad credentials') });
    // getOctokit insists on a token; an anonymous request is plain fetch
    const anonymous = await fetch(`${fake.url}/user`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });
    expect(fake.requests.map((r) => [r.status, r.login])).toEqual([
      [401, undefined],
      [401, undefined],
    ]);
    fake.assertNoViolations();
  });

  it('acts as github-actions[bot] with a GITHUB_TOKEN, for which GET /user is 403', async () => {
    const fake = await start({ token: { kind: 'actions' } });
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    expect(fake.token).toMatch(/^ghs_/);
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    const issue = fake.addIssue({ title: 'x' });
    const comment = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: 'from the workflow',
    });
    expect(comment.data.user).toMatchObject({
      login: GITHUB_ACTIONS_BOT.login,
      id: GITHUB_ACTIONS_BOT.id,
      type: 'Bot',
    });
    expect(comment.data.author_association).toBe('NONE');
    fake.assertNoViolations();
  });

  it('answers 403 to writes with a read-only token, as for fork pull requests', async () => {
    const fake = await start();
    const readOnly = fake.addToken({ kind: 'actions', readOnly: true });
    const octokit = client(fake, readOnly);
    const { owner, repo } = fake.repository;
    const pr = fake.addPullRequest({ headSha: 'c'.repeat(40) });
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'plan' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(octokit.rest.issues.create({ owner, repo, title: 'drift' })).rejects.toMatchObject(
      { status: 403 },
    );
    const comments = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: pr.number,
    });
    expect(comments.data).toEqual([]);
    const repoData = await octokit.rest.repos.get({ owner, repo });
    expect(repoData.data.permissions).toMatchObject({ push: false, pull: true });
    expect(fake.commentsOn(pr.number)).toEqual([]);
    expect(fake.issues()).toEqual([]);
    fake.assertNoViolations();
  });
});

describe('the fake records violations', () => {
  it('of a request body of the wrong type, and refuses it with 422', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    const issue = fake.addIssue({ title: 'x' });
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: issue.number,
        body: 42,
      } as unknown as { owner: string; repo: string; issue_number: number; body: string }),
    ).rejects.toMatchObject({ status: 422 });
    expect(fake.violations).toEqual([
      {
        kind: 'request',
        method: 'POST',
        path: `/repos/${owner}/${repo}/issues/${issue.number}/comments`,
        operationId: 'issues/create-comment',
        status: undefined,
        message: 'request body/body must be string',
      },
    ]);
    expect(fake.commentsOn(issue.number)).toEqual([]);
    expect(() => fake.assertNoViolations()).toThrow(/request body\/body must be string/);
  });

  it('of wrong-typed path and undefined query parameters', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    await expect(
      // an untyped route string: the client's types would refuse issue_number: 'one'
      octokit.request(`GET /repos/${owner}/${repo}/issues/one`),
    ).rejects.toMatchObject({ status: 422 });
    // GitHub ignores unknown query parameters: answered, but recorded
    const pulls = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
      owner,
      repo,
      colour: 'blue',
    });
    expect(pulls.status).toBe(200);
    expect(fake.violations.map((v) => [v.kind, v.operationId, v.message])).toEqual([
      ['request', 'issues/get', 'path parameter issue_number must be integer'],
      ['request', 'pulls/list', 'query parameter colour is not defined'],
    ]);
  });

  it('of a route that is not in the subset, answered 404', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/hooks', { owner, repo }),
    ).rejects.toMatchObject({ status: 404 });
    expect(fake.violations).toMatchObject([
      { kind: 'route', method: 'GET', path: `/repos/${owner}/${repo}/hooks` },
    ]);
  });

  it('of a malformed response, which the client still receives', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    const issue = fake.addIssue({ title: 'x' });
    const comment = fake.addComment({ issueNumber: issue.number, body: 'hello' });
    fake.tamperNextResponse((response) => {
      const body = response.body as Record<string, unknown>;
      body.id = String(body.id);
      delete body.user;
      body.created_at = 'yesterday';
    }, 'issues/get-comment');

    const got = await octokit.rest.issues.getComment({ owner, repo, comment_id: comment.id });
    expect(got.data.id).toBe(String(comment.id));
    expect(fake.violations.map((v) => [v.kind, v.status, v.message])).toEqual([
      ['response', 200, "response 200 body must have required property 'user'"],
      ['response', 200, 'response 200 body/id must be integer'],
      ['response', 200, 'response 200 body/created_at must match format "date-time"'],
    ]);
    // the hook was used up: the next response is well-formed again
    await octokit.rest.issues.getComment({ owner, repo, comment_id: comment.id });
    expect(fake.violations).toHaveLength(3);
  });

  it('of a response status the operation does not declare', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    fake.tamperNextResponse(() => ({
      status: 409,
      headers: {},
      body: { message: 'Conflict', documentation_url: 'https://docs.github.com/rest' },
    }));
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 409 });
    expect(fake.violations.map((v) => v.message)).toEqual([
      'response status 409 is not declared for repos/get',
    ]);
  });

  it('of parameters the fake accepts but does not implement', async () => {
    const fake = await start();
    const octokit = client(fake);
    const { owner, repo } = fake.repository;
    await octokit.rest.issues.listForRepo({ owner, repo, assignee: 'mona' });
    expect(fake.violations.map((v) => [v.kind, v.message])).toEqual([
      ['unsupported', 'the fake ignores assignee="mona"'],
    ]);
  });
});
