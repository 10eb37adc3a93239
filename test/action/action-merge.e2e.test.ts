import { describe, expect, it } from 'vitest';
import { parseHiddenMarker } from '../../src/github/marker.js';
import {
  HEAD,
  MERGE,
  planComments,
  authHeaders,
  actionByName,
  useActionWorld,
} from '../support/action-e2e.js';
import { SIM_PROFILES } from '../support/profiles.js';
import type { ActionRun } from '../support/run-action.js';

describe.each(SIM_PROFILES)('against the %s simulator', (_profile, knobs) => {
  const world = useActionWorld(knobs);

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
        world.sim.state.getAction(actionByName(world, 'Get Customer Order', 'ERP')).config
          .timeoutSeconds,
      ).toBe(15);

      const comment = planComments(world, 21);
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
      expect(planComments(world, 21)[0]?.body).toBe(comment[0]?.body);
    });

    it('fails with plan-changed and changes nothing when the org changed between review and merge', async () => {
      await review();
      const id = actionByName(world, 'Lookup Account by Phone', 'Salesforce');
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
        parseHiddenMarker('plan', planComments(world, 21)[0]?.body ?? '')?.['applied'],
      ).toBeUndefined();
    });

    it('applies the fresh plan and says so with on-plan-change: apply', async () => {
      await review();
      world.sim.state.editAction(actionByName(world, 'Lookup Account by Phone', 'Salesforce'), {
        config: { timeoutSeconds: 5 },
      });
      const run = await world.run({ name: 'push', sha: MERGE }, { 'on-plan-change': 'apply' });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /::warning::The org or the manifest changed after pull request #21 was reviewed.*Applying the current plan/,
      );
      expect(run.summary).toContain('differs from the reviewed one');
      expect(
        world.sim.state.getAction(actionByName(world, 'Lookup Account by Phone', 'Salesforce'))
          .config.timeoutSeconds,
      ).toBe(8);
    });

    it('after a partial apply, a re-run of the job applies what is left and then marks the comment applied', async () => {
      await review();
      const score = actionByName(world, 'Score Lead', 'Function Data Actions');
      const headers = await authHeaders(world);
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
      const partial = planComments(world, 21)[0]?.body ?? '';
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
      expect(parseHiddenMarker('plan', planComments(world, 21)[0]?.body ?? '')?.['applied']).toBe(
        MERGE,
      );
    });

    it('refuses to apply a push with no reviewed plan', async () => {
      const run = await world.run({ name: 'push', sha: 'd'.repeat(40) });
      expect(run.code).toBe(1);
      expect(run.outputs['failure-reason']).toBe('plan-changed');
      expect(run.stdout).toContain('No reviewed plan was found');
    });
  });
});
