import { afterEach, describe, expect, it } from 'vitest';
import { startWorld, type ActionWorld } from '../support/action-world.js';

/** dist/index.js with mode: doctor against the strict simulator, as the runner runs it. */

let world: ActionWorld | undefined;
afterEach(async () => {
  world?.gh.assertNoViolations();
  await world?.close();
  world = undefined;
});

describe('mode: doctor', () => {
  it('with all permissions passes and puts the stated rate limit in the job summary', async () => {
    world = await startWorld({ sim: { profile: 'strict' } });
    const run = await world.run({ name: 'schedule' }, { mode: 'doctor' });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('Everything the manifest needs is there.');
    expect(run.summary).toContain('the org states 180 requests a minute');
    expect(world.sim.state.requests().filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('without integrations:integration:view fails the step naming it', async () => {
    world = await startWorld({
      sim: {
        profile: 'strict',
        permissions: ['integrations:action:view', 'integrations:actionFunction:view'],
      },
    });
    const run = await world.run({ name: 'schedule' }, { mode: 'doctor' });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('the OAuth client lacks integrations:integration:view');
    expect(run.stdout).toContain(
      '::error::gc-timeouts: doctor: permission integrations:integration:view failed',
    );
    expect(run.outputs['failure-reason']).toBe('auth-failed');
  });
});
