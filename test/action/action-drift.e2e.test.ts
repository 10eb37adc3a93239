import { describe, expect, it } from 'vitest';
import { HEAD, actionByName, useActionWorld } from '../support/action-e2e.js';
import { EXAMPLE } from '../support/action-world.js';
import { SIM_PROFILES } from '../support/profiles.js';

describe.each(SIM_PROFILES)('against the %s simulator', (_profile, knobs) => {
  const world = useActionWorld(knobs);

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

      world.sim.state.editAction(actionByName(world, 'Create Case', 'Salesforce'), {
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
      world.sim.state.editAction(actionByName(world, 'Create Case', 'Salesforce'), {
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
      world.sim.state.editAction(
        actionByName(world, 'Get Queue Estimated Wait Time', 'Genesys Cloud'),
        {
          name: 'Get Queue EWT',
        },
      );

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
});
