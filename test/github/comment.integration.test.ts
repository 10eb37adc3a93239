import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AmbiguousPlanComment,
  GitHubBodyTooLong,
  GitHubWriteForbidden,
  MAX_BODY_LENGTH,
  findPlanComment,
  upsertPlanComment,
} from '../../src/github/index.js';
import { hiddenMarker, stampPlanMarker } from '../../src/github/marker.js';
import type { GitHub } from '../../src/github/index.js';
import { connect, markerFields, planBody, start, writes } from './support.js';

const LABEL = 'gc-timeouts.yaml';

function appliedBody(label: string, fingerprint: string): string {
  const marker = hiddenMarker('plan', {
    ...markerFields(label, fingerprint),
    applied: 'a'.repeat(40),
  });
  return `${marker}\n## gc-timeouts plan: applied\n`;
}

/** `body` as the run of `gh` writes it. */
function stamp(gh: GitHub, body: string): string {
  if (gh.run === undefined) throw new Error('no run');
  return stampPlanMarker(body, gh.run);
}

describe('upsertPlanComment', () => {
  it('keeps one comment per pull request, showing the latest plan', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });

    const first = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f1', 'one'));
    const second = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f2', 'two'));
    const third = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f3', 'three'));

    expect(first).toMatchObject({ created: true, updated: false, frozen: false });
    expect(second).toMatchObject({ id: first.id, created: false, updated: true });
    expect(third).toMatchObject({ id: first.id, url: first.url, created: false, updated: true });
    expect(first.url).toMatch(new RegExp(`/pull/${pr.number}#issuecomment-${first.id}$`));
    const comments = fake.commentsOn(pr.number);
    expect(comments.map((c) => [c.id, c.body, c.user.login])).toEqual([
      [first.id, stamp(gh, planBody(LABEL, 'f3', 'three')), 'octocat'],
    ]);
    expect(writes(fake)).toEqual([
      'issues/create-comment',
      'issues/update-comment',
      'issues/update-comment',
    ]);
    fake.assertNoViolations();
  });

  it('makes no write request when the body is unchanged', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    const body = planBody(LABEL, 'f1');
    const created = await upsertPlanComment(gh, pr.number, LABEL, body);
    const before = fake.commentsOn(pr.number);

    const again = await upsertPlanComment(gh, pr.number, LABEL, body);

    expect(again).toEqual({ ...created, created: false, updated: false, frozen: false });
    expect(writes(fake)).toEqual(['issues/create-comment']);
    expect(fake.commentsOn(pr.number)).toEqual(before);
    fake.assertNoViolations();
  });

  it('ignores a look-alike comment by another user and makes its own', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    const pasted = fake.addComment({
      issueNumber: pr.number,
      user: 'mona',
      body: planBody(LABEL, 'pasted', 'I copied your comment'),
    });

    expect(await findPlanComment(gh, pr.number, LABEL)).toBeUndefined();
    const ours = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f1'));

    expect(ours.created).toBe(true);
    expect(fake.commentsOn(pr.number).map((c) => [c.id, c.user.login, c.body])).toEqual([
      [pasted.id, 'mona', planBody(LABEL, 'pasted', 'I copied your comment')],
      [ours.id, 'octocat', stamp(gh, planBody(LABEL, 'f1'))],
    ]);
    fake.assertNoViolations();
  });

  it('as the Actions bot, finds the bot comment and not a user one with the same marker', async () => {
    const fake = await start({ token: { kind: 'actions' } });
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    fake.addComment({ issueNumber: pr.number, user: 'octocat', body: planBody(LABEL, 'x') });

    const created = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f1'));
    const updated = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f2'));

    expect(updated).toMatchObject({ id: created.id, updated: true });
    expect(fake.commentsOn(pr.number).map((c) => [c.user.login, c.body])).toEqual([
      ['octocat', planBody(LABEL, 'x')],
      ['github-actions[bot]', stamp(gh, planBody(LABEL, 'f2'))],
    ]);
    fake.assertNoViolations();
  });

  it('takes two comments that pass every check for an error, never guessing', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    for (const f of ['a', 'b'])
      fake.addComment({
        issueNumber: pr.number,
        user: 'octocat',
        body: stamp(gh, planBody(LABEL, f)),
      });

    await expect(findPlanComment(gh, pr.number, LABEL)).rejects.toBeInstanceOf(
      AmbiguousPlanComment,
    );
    await expect(upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'c'))).rejects.toThrow(
      /2 comments on #\d+ claim to be the gc-timeouts plan/,
    );
    expect(writes(fake)).toEqual([]);
    fake.assertNoViolations();
  });

  it('finds its comment past the first page of comments', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    for (let i = 0; i < 130; i++) fake.addComment({ issueNumber: pr.number, body: `lgtm ${i}` });
    const mine = fake.addComment({
      issueNumber: pr.number,
      user: 'octocat',
      body: stamp(gh, planBody(LABEL, 'f1')),
    });

    const result = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f2'));

    expect(result).toMatchObject({ id: mine.id, updated: true });
    expect(fake.commentsOn(pr.number)).toHaveLength(131);
    fake.assertNoViolations();
  });

  it('never edits a comment that records an applied plan', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40), merged: true });
    const planned = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f1'));
    const applyRun = {
      path: '.github/workflows/apply.yml',
      event: 'push',
      headSha: 'a'.repeat(40),
    };
    const apply = connect(fake, fake.token, undefined, applyRun);
    const applied = await upsertPlanComment(apply, pr.number, LABEL, appliedBody(LABEL, 'f1'));
    expect(applied).toMatchObject({ id: planned.id, updated: true, frozen: false });
    const writesBefore = writes(fake).length;

    const later = await upsertPlanComment(gh, pr.number, LABEL, planBody(LABEL, 'f2'));

    expect(later).toEqual({
      id: planned.id,
      url: planned.url,
      created: false,
      updated: false,
      frozen: true,
    });
    expect(await findPlanComment(gh, pr.number, LABEL)).toMatchObject({ frozen: true });
    expect(writes(fake)).toHaveLength(writesBefore);
    expect(fake.commentsOn(pr.number).map((c) => c.body)).toEqual([
      stamp(apply, appliedBody(LABEL, 'f1')),
    ]);
    fake.assertNoViolations();
  });

  it('keeps one comment per label', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    const prod = await upsertPlanComment(gh, pr.number, 'prod', planBody('prod', 'p1'));
    const test = await upsertPlanComment(gh, pr.number, 'test', planBody('test', 't1'));
    await upsertPlanComment(gh, pr.number, 'prod', planBody('prod', 'p2'));
    await upsertPlanComment(gh, pr.number, 'test', planBody('test', 't2'));

    expect(prod.id).not.toBe(test.id);
    expect(fake.commentsOn(pr.number).map((c) => [c.id, c.body])).toEqual([
      [prod.id, stamp(gh, planBody('prod', 'p2'))],
      [test.id, stamp(gh, planBody('test', 't2'))],
    ]);
    fake.assertNoViolations();
  });

  it('refuses, before any request, a body GitHub would refuse or could not find again', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    const huge = planBody(LABEL, 'f1', 'x'.repeat(MAX_BODY_LENGTH));

    const tooLong: unknown = await upsertPlanComment(gh, pr.number, LABEL, huge).catch(
      (e: unknown) => e,
    );
    expect(tooLong).toBeInstanceOf(GitHubBodyTooLong);
    expect(tooLong).toMatchObject({ length: stamp(gh, huge).length, limit: 65_536 });
    expect(String(tooLong)).toMatch(/at most 65536/);
    await expect(upsertPlanComment(gh, pr.number, LABEL, 'no marker')).rejects.toThrow(
      /lacks the plan marker/,
    );
    await expect(
      upsertPlanComment(gh, pr.number, LABEL, planBody('other label', 'f1')),
    ).rejects.toThrow(/lacks the plan marker/);
    expect(fake.requests).toEqual([]);
    fake.assertNoViolations();
  });

  it('surfaces a read-only token as GitHubWriteForbidden with status 403', async () => {
    const fake = await start();
    const gh = connect(fake, fake.addToken({ kind: 'actions', readOnly: true }));
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });

    const error: unknown = await upsertPlanComment(
      gh,
      pr.number,
      LABEL,
      planBody(LABEL, 'f1'),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GitHubWriteForbidden);
    expect(error).toMatchObject({
      status: 403,
      operation: 'issues/create-comment',
      githubMessage: 'Resource not accessible by integration',
    });
    expect(inspect(error, { depth: 10 })).not.toContain(fake.token);
    expect(fake.commentsOn(pr.number)).toEqual([]);
    fake.assertNoViolations();
  });

  it('leaves a 403 for a rate limit as it is: a retry may succeed', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    fake.tamperNextResponse(
      () => ({
        status: 403,
        headers: { 'retry-after': '60' },
        body: {
          message: 'You have exceeded a secondary rate limit.',
          documentation_url: 'https://docs.github.com/rest',
        },
      }),
      'issues/create-comment',
    );

    const error: unknown = await upsertPlanComment(
      gh,
      pr.number,
      LABEL,
      planBody(LABEL, 'f1'),
    ).catch((e: unknown) => e);

    expect(error).not.toBeInstanceOf(GitHubWriteForbidden);
    expect(error).toMatchObject({ status: 403 });
    fake.assertNoViolations();
  });
});
