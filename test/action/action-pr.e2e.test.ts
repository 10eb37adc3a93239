import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanMarker } from '../../src/github/marker.js';
import { HEAD, MERGE, planComments, useActionWorld } from '../support/action-e2e.js';
import { EXAMPLE } from '../support/action-world.js';
import { SIM_PROFILES } from '../support/profiles.js';

describe.each(SIM_PROFILES)('against the %s simulator', (_profile, knobs) => {
  const world = useActionWorld(knobs);

  describe('pull request: one sticky plan comment', () => {
    it('keeps exactly one plan comment across three pushes, showing the latest plan', async () => {
      world.gh.addPullRequest({ number: 7, headSha: HEAD(1) });
      const first = await world.run({ name: 'pull_request', number: 7, headSha: HEAD(1) });
      expect(first.code).toBe(0);
      expect(first.outputs['has-changes']).toBe('true');
      expect(first.outputs['changes']).toBe('9');

      // A new push to the pull request: the ERP timeout edited, the head moved.
      const push = async (seconds: number, head: number) => {
        world.writeManifest(
          EXAMPLE.replace(
            'timeoutSeconds: 15\n    reason: ERP p99',
            `timeoutSeconds: ${seconds}\n    reason: ERP p99`,
          ),
        );
        world.gh.updatePullRequest(7, { headSha: HEAD(head) });
        const run = await world.run({ name: 'pull_request', number: 7, headSha: HEAD(head) });
        expect(run.code).toBe(0);
        return run;
      };
      await push(16, 2);
      const third = await push(17, 3);

      const comments = planComments(world, 7);
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
      expect(planComments(world, 11)[0]?.body).toContain('is invalid');
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
