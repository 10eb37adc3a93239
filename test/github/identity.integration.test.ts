import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createGitHub, whoAmI } from '../../src/github/index.js';
import { connect, start } from './support.js';

describe('whoAmI', () => {
  it('is the token user for a personal access token, asked once per client', async () => {
    const fake = await start({ token: { user: 'timeouts-bot' } });
    const gh = connect(fake);
    expect(await whoAmI(gh)).toEqual({ login: 'timeouts-bot', isActionsBot: false });
    expect(await whoAmI(gh)).toEqual({ login: 'timeouts-bot', isActionsBot: false });
    expect(fake.requests.map((r) => r.operationId)).toEqual(['users/get-authenticated']);
    fake.assertNoViolations();
  });

  it('is github-actions[bot] for a workflow GITHUB_TOKEN, which may not read /user', async () => {
    const fake = await start({ token: { kind: 'actions' } });
    expect(await whoAmI(connect(fake))).toEqual({
      login: 'github-actions[bot]',
      isActionsBot: true,
    });
    expect(fake.requests.map((r) => [r.operationId, r.status])).toEqual([
      ['users/get-authenticated', 403],
    ]);
    fake.assertNoViolations();
  });

  it('asks again after a failed look-up, and the error does not show the token', async () => {
    const fake = await start();
    const gh = connect(fake);
    fake.tamperNextResponse(
      () => ({
        status: 401,
        headers: {},
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      }),
      'users/get-authenticated',
    );
    const failure: unknown = await whoAmI(gh).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 401 });
    expect(inspect(failure, { depth: 10 })).not.toContain(fake.token);
    expect(await whoAmI(gh)).toEqual({ login: 'octocat', isActionsBot: false });
    fake.assertNoViolations();
  });

  it('refuses a blank token and tolerates a trailing slash on the base URL', async () => {
    const fake = await start();
    expect(() => createGitHub(' ', { owner: 'o', repo: 'r' })).toThrow(/token is required/);
    const gh = createGitHub(fake.token, { baseUrl: `${fake.url}/`, ...fake.repository });
    expect((await whoAmI(gh)).login).toBe('octocat');
    fake.assertNoViolations();
  });
});
