import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanMarker, parseHiddenMarker } from '../../src/github/marker.js';
import { EXAMPLE, startWorld, type ActionWorld } from '../support/action-world.js';
import { SIM_PROFILES } from '../support/profiles.js';
import type { ActionRun } from '../support/run-action.js';

describe.each(SIM_PROFILES)('against the %s simulator', (_profile, knobs) => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await startWorld({ sim: knobs });
  });
  afterEach(async () => {
    world.gh.assertNoViolations();
    await world.close();
  });

  const HEAD = (n: number): string => n.toString(16).padStart(40, 'a');
  const MERGE = 'e'.repeat(40);

  function planComments(number: number): { body: string; id: number }[] {
    return world.gh.commentsOn(number).filter((c) => parsePlanMarker(c.body) !== undefined);
  }

  async function authHeaders(): Promise<Record<string, string>> {
    const basic = Buffer.from(`${world.sim.clientId}:${world.sim.clientSecret}`).toString('base64');
    const answer = await fetch(`${world.sim.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token: token } = (await answer.json()) as { access_token: string };
    return { authorization: `Bearer ${token}` };
  }

  function actionByName(name: string, category: string): string {
    const found = world.sim.state
      .listActions()
      .find((a) => a.name === name && a.category === category);
    if (found === undefined) throw new Error(`${name} not in the demo org`);
    return found.id;
  }

  describe('pull request: one sticky plan comment', () => {
    it('keeps exactly one plan comment across three pushes, showing the latest plan', async () => {
      world.gh.addPullRequest({ number: 7, headSha: HEAD(1) });
      const first = await world.run({ name: 'pull_request', number: 7, headSha: HEAD(1) });
      expect(first.code).toBe(0);
      expect(first.outputs['has-changes']).toBe('true');
      expect(first.outputs['changes']).toBe('9');

      world.writeManifest(
        EXAMPLE.replace(
          'timeoutSeconds: 15\n    reason: ERP p99',
          'timeoutSeconds: 16\n    reason: ERP p99',
        ),
      );
      world.gh.updatePullRequest(7, { headSha: HEAD(2) });
      const second = await world.run({ name: 'pull_request', number: 7, headSha: HEAD(2) });
      expect(second.code).toBe(0);

      world.writeManifest(
        EXAMPLE.replace(
          'timeoutSeconds: 15\n    reason: ERP p99',
          'timeoutSeconds: 17\n    reason: ERP p99',
        ),
      );
      world.gh.updatePullRequest(7, { headSha: HEAD(3) });
      const third = await world.run({ name: 'pull_request', number: 7, headSha: HEAD(3) });
      expect(third.code).toBe(0);

      const comments = planComments(7);
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(parsePlanMarker(body)?.fingerprint).toBe(third.outputs['fingerprint']);
      expect(body).toContain('17 s');
      expect(body).not.toContain('16 s');
      expect(third.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
      expect(third.summary).toContain('Get Customer Order');
      const saved = JSON.parse(third.files['gc-timeouts-plan.json'] ?? '{}') as {
        fingerprint?: string;
      };
      expect(saved.fingerprint).toBe(third.outputs['fingerprint']);
      expect(third.outputs['plan-json']).toBe(
        (third.files['gc-timeouts-plan.json'] ?? '').trimEnd(),
      );
    });

    it('validates a fork pull request offline, notes why the live plan was skipped, and passes', async () => {
      world.gh.addPullRequest({ number: 9, headSha: HEAD(9) });
      const run = await world.run({
        name: 'pull_request',
        number: 9,
        headSha: HEAD(9),
        fork: true,
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        '::notice::Live plan skipped: this pull request comes from a fork',
      );
      expect(run.summary).toContain('is valid');
      expect(run.summary).toContain('Live plan skipped');
      expect(world.gh.commentsOn(9)).toEqual([]);
      expect(world.gh.requests.filter((r) => r.status === 403)).toEqual([]);
      expect(world.sim.state.requests()).toEqual([]);
    });

    it('puts an invalid manifest on the PR as annotations, a comment and failure-reason invalid-manifest', async () => {
      world.gh.addPullRequest({ number: 11, headSha: HEAD(11) });
      world.writeManifest(EXAMPLE.replace('timeoutSeconds: 25', 'timeoutSeconds: 250'));
      const run = await world.run({ name: 'pull_request', number: 11, headSha: HEAD(11) });
      expect(run.code).toBe(1);
      expect(run.outputs['failure-reason']).toBe('invalid-manifest');
      expect(run.stdout).toMatch(
        /::error title=gc-timeouts%3A invalid manifest,file=.*gc-timeouts.yaml,line=25,col=21::actions\[1\]\.timeoutSeconds/,
      );
      expect(planComments(11)[0]?.body).toContain('is invalid');
    });
  });

  describe('merge: apply exactly the reviewed plan', () => {
    async function review(): Promise<ActionRun> {
      world.gh.addPullRequest({ number: 21, headSha: HEAD(21) });
      const planned = await world.run({ name: 'pull_request', number: 21, headSha: HEAD(21) });
      expect(planned.code).toBe(0);
      world.gh.updatePullRequest(21, { merged: true, mergeCommitSha: MERGE });
      return planned;
    }

    it('applies when the org is unchanged, marks the comment applied, and a re-run is a no-op', async () => {
      const planned = await review();
      const applied = await world.run({ name: 'push', sha: MERGE });
      expect(applied.stderr).toBe('');
      expect(applied.code).toBe(0);
      expect(applied.outputs['applied']).toBe('9');
      expect(applied.outputs['failed']).toBe('0');
      expect(applied.outputs['fingerprint']).toBe(planned.outputs['fingerprint']);
      expect(
        world.sim.state.getAction(actionByName('Get Customer Order', 'ERP')).config.timeoutSeconds,
      ).toBe(15);

      const comment = planComments(21);
      expect(comment).toHaveLength(1);
      expect(parseHiddenMarker('plan', comment[0]?.body ?? '')?.['applied']).toBe(MERGE);
      expect(comment[0]?.body).toContain('Apply complete: 9 applied');

      world.sim.state.clearRequests();
      const again = await world.run({ name: 'push', sha: MERGE });
      expect(again.code).toBe(0);
      expect(again.outputs['applied']).toBe('0');
      expect(again.summary).toContain('Already applied by');
      expect(
        world.sim.state.requests().filter((r) => r.method !== 'GET' && r.path !== '/oauth/token'),
      ).toEqual([]);
      expect(planComments(21)[0]?.body).toBe(comment[0]?.body);
    });

    it('fails with plan-changed and changes nothing when the org changed between review and merge', async () => {
      await review();
      const id = actionByName('Lookup Account by Phone', 'Salesforce');
      world.sim.state.editAction(id, { config: { timeoutSeconds: 5 } });
      const before = JSON.stringify(world.sim.state.listActions());
      const run = await world.run({ name: 'push', sha: MERGE });
      expect(run.code).toBe(1);
      expect(run.outputs['failure-reason']).toBe('plan-changed');
      expect(run.stdout).toContain(
        '::error::gc-timeouts: The org or the manifest changed after pull request #21 was reviewed',
      );
      expect(run.summary).toContain('the plan changed since review');
      expect(JSON.stringify(world.sim.state.listActions())).toBe(before);
      expect(
        parseHiddenMarker('plan', planComments(21)[0]?.body ?? '')?.['applied'],
      ).toBeUndefined();
    });

    it('applies the fresh plan and says so with on-plan-change: apply', async () => {
      await review();
      world.sim.state.editAction(actionByName('Lookup Account by Phone', 'Salesforce'), {
        config: { timeoutSeconds: 5 },
      });
      const run = await world.run({ name: 'push', sha: MERGE }, { 'on-plan-change': 'apply' });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /::warning::The org or the manifest changed after pull request #21 was reviewed.*Applying the current plan/,
      );
      expect(run.summary).toContain('differs from the reviewed one');
      expect(
        world.sim.state.getAction(actionByName('Lookup Account by Phone', 'Salesforce')).config
          .timeoutSeconds,
      ).toBe(8);
    });

    it('after a partial apply, a re-run of the job applies what is left and then marks the comment applied', async () => {
      await review();
      const score = actionByName('Score Lead', 'Function Data Actions');
      const headers = await authHeaders();
      // Someone's unpublished draft blocks the function timeout; everything else applies.
      await fetch(`${world.sim.url}/api/v2/integrations/actions/${score}/draft`, {
        method: 'POST',
        headers,
      });
      const first = await world.run({ name: 'push', sha: MERGE });
      expect(first.code).toBe(1);
      expect(first.outputs['applied']).toBe('8');
      expect(first.outputs['failed']).toBe('1');
      expect(first.outputs['failure-reason']).toBe('apply-failed');
      const partial = planComments(21)[0]?.body ?? '';
      expect(partial).toContain('partly applied');
      expect(parseHiddenMarker('plan', partial)?.['applied']).toBeUndefined();

      await fetch(`${world.sim.url}/api/v2/integrations/actions/${score}/draft`, {
        method: 'DELETE',
        headers,
      });
      const rerun = await world.run({ name: 'push', sha: MERGE });
      expect(rerun.code).toBe(0);
      expect(rerun.outputs['applied']).toBe('1');
      expect(world.sim.state.getAction(score).function?.timeoutSeconds).toBe(12);
      expect(parseHiddenMarker('plan', planComments(21)[0]?.body ?? '')?.['applied']).toBe(MERGE);
    });

    it('refuses to apply a push with no reviewed plan', async () => {
      const run = await world.run({ name: 'push', sha: 'd'.repeat(40) });
      expect(run.code).toBe(1);
      expect(run.outputs['failure-reason']).toBe('plan-changed');
      expect(run.stdout).toContain('No reviewed plan was found');
    });
  });

  describe('schedule: drift issue', () => {
    it('opens one issue, leaves it alone while the drift is the same, updates it when it changes, closes it when clean', async () => {
      world.gh.addPullRequest({ number: 31, headSha: HEAD(31) });
      const inputs = { 'drift-issue': 'true' };

      const first = await world.run({ name: 'schedule' }, inputs);
      expect(first.code).toBe(0);
      expect(first.outputs['drift']).toBe('true');
      let issues = world.gh.issues().filter((i) => i.state === 'open');
      expect(issues).toHaveLength(1);
      const number = issues[0]?.number;
      const writes = (): number => world.gh.requests.filter((r) => r.method !== 'GET').length;

      const before = writes();
      const second = await world.run({ name: 'schedule' }, inputs);
      expect(second.code).toBe(0);
      expect(writes()).toBe(before);

      world.sim.state.editAction(actionByName('Create Case', 'Salesforce'), {
        config: { timeoutSeconds: 11 },
      });
      world.writeManifest(`${EXAMPLE}\n  - name: Create Case\n    timeoutSeconds: 10\n`);
      const third = await world.run({ name: 'schedule' }, inputs);
      expect(third.code).toBe(0);
      issues = world.gh.issues().filter((i) => i.state === 'open');
      expect(issues).toHaveLength(1);
      expect(issues[0]?.number).toBe(number);
      expect(issues[0]?.body).toContain('Create Case');

      world.writeManifest(EXAMPLE);
      const apply = await world.run(
        { name: 'push', sha: 'c'.repeat(40) },
        { mode: 'apply', 'on-plan-change': 'apply' },
      );
      expect(apply.code).toBe(0);
      world.sim.state.editAction(actionByName('Create Case', 'Salesforce'), {
        config: { timeoutSeconds: 10 },
      });
      const clean = await world.run({ name: 'schedule' }, inputs);
      expect(clean.code).toBe(0);
      expect(clean.outputs['drift']).toBe('false');
      expect(world.gh.issues().filter((i) => i.state === 'open')).toEqual([]);
      expect(world.gh.commentsOn(number ?? 0).at(-1)?.body).toMatch(/drift is gone/i);
    });

    it('counts an action renamed in the admin UI as drift and keeps the issue open', async () => {
      const inputs = { 'drift-issue': 'true' };
      const opened = await world.run({ name: 'schedule' }, inputs);
      expect(opened.outputs['drift']).toBe('true');
      const apply = await world.run(
        { name: 'push', sha: 'c'.repeat(40) },
        { mode: 'apply', 'on-plan-change': 'apply' },
      );
      expect(apply.code).toBe(0);
      // Every timeout now matches; then someone renames a managed action in the admin UI.
      world.sim.state.editAction(actionByName('Get Queue Estimated Wait Time', 'Genesys Cloud'), {
        name: 'Get Queue EWT',
      });

      const renamed = await world.run({ name: 'schedule' }, inputs);
      expect(renamed.code).toBe(1);
      expect(renamed.outputs['failure-reason']).toBe('plan-errors');
      expect(renamed.outputs['drift']).toBe('true');
      expect(renamed.outputs['changes']).toBe('0');
      const open = world.gh.issues().filter((i) => i.state === 'open');
      expect(open).toHaveLength(1);
      expect(open[0]?.body).toContain('no action named "Get Queue Estimated Wait Time"');
    });

    it('still reports drift when the token may not write issues, with one warning', async () => {
      const readOnly = world.gh.addToken({ kind: 'actions', readOnly: true });
      const run = await world.run(
        { name: 'schedule' },
        { 'drift-issue': 'true', 'github-token': readOnly },
      );
      expect(run.code).toBe(0);
      expect(run.outputs['drift']).toBe('true');
      expect(run.stdout.match(/^::warning::Could not update the drift issue/gm)).toHaveLength(1);
      expect(world.gh.issues()).toEqual([]);
    });

    it('fails the job on drift when fail-on-drift is true', async () => {
      const run = await world.run({ name: 'schedule' }, { 'fail-on-drift': 'true' });
      expect(run.code).toBe(1);
      expect(run.outputs['drift']).toBe('true');
      expect(run.outputs['failure-reason']).toBe('drift');
    });
  });

  describe('secrets', () => {
    it('fails with auth-failed on refused credentials and prints the secret only in its mask command', async () => {
      world.gh.addPullRequest({ number: 43, headSha: HEAD(43) });
      const wrong = 'wrong-secret-0c9f2d7e81b4';
      const run = await world.run(
        { name: 'pull_request', number: 43, headSha: HEAD(43) },
        { 'client-secret': wrong },
      );
      expect(run.code).toBe(1);
      expect(run.outputs['failure-reason']).toBe('auth-failed');
      expect(run.stdout).toMatch(/::error::gc-timeouts: .*invalid_client/);
      const everything = [
        run.stdout,
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
        ...Object.values(run.files),
      ].join('\n');
      expect(everything.split(`::add-mask::${wrong}`).join('')).not.toContain(wrong);
      const basic = Buffer.from(`${world.sim.clientId}:${wrong}`).toString('base64');
      expect(everything.split(`::add-mask::${basic}`).join('')).not.toContain(basic);
    });

    it('never writes the client secret, the GitHub token or an access token anywhere', async () => {
      world.gh.addPullRequest({ number: 41, headSha: HEAD(41) });
      const runs = [
        await world.run({ name: 'pull_request', number: 41, headSha: HEAD(41) }),
        await world.run({ name: 'schedule' }, { 'drift-issue': 'true' }),
      ];
      world.gh.updatePullRequest(41, { merged: true, mergeCommitSha: MERGE });
      runs.push(await world.run({ name: 'push', sha: MERGE }));
      const tokens = world.sim.state.tokens.issuedTokens();
      expect(tokens.length).toBeGreaterThan(0);
      const secrets = [world.sim.clientSecret, world.gh.token, ...tokens];

      const written = [
        ...runs.flatMap((r) => [
          r.stdout,
          r.stderr,
          r.summary,
          JSON.stringify(r.outputs),
          ...Object.values(r.files),
        ]),
        ...world.gh.commentsOn(41).map((c) => c.body),
        ...world.gh.issues().map((i) => `${i.title}\n${i.body ?? ''}`),
        ...readdirSync(world.dir).map((f) => readFileSync(join(world.dir, f), 'utf8')),
      ].join('\n');
      expect(written.length).toBeGreaterThan(10_000);
      for (const secret of secrets) {
        // The runner needs the mask command itself; every other mention is a leak.
        const leaks = written.split(`::add-mask::${secret}`).join('');
        expect(leaks.includes(secret), `leaked ${secret.slice(0, 4)}…`).toBe(false);
      }
      expect(written).toContain(`::add-mask::${world.sim.clientSecret}`);
      expect(tokens.some((t) => written.includes(`::add-mask::${t}`))).toBe(true);
    });
  });
});
