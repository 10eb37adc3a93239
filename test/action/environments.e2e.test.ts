import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanMarker } from '../../src/github/marker.js';
import { startWorld, type ActionWorld } from '../support/action-world.js';

/**
 * The Action with the environment input: a matrix job per environment of one manifest, with the
 * same label in both. Each environment plans its own values, keeps its own sticky comment, and an
 * apply of prod changes prod's values only and marks prod's comment only.
 */
const MANIFEST = `version: 1
environments:
  dev:
    region: us-east-1
  prod:
    region: us-east-1
actions:
  - name: Get Customer Order
    integration: ERP Web Services
    timeoutSeconds: { default: 20, prod: 15 }
`;

describe('the environment input', () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await startWorld();
    world.writeManifest(MANIFEST);
  });
  afterEach(async () => {
    world.gh.assertNoViolations();
    await world.close();
  });

  const HEAD = 'a'.repeat(40);
  const MERGE = 'e'.repeat(40);

  it('plans each environment into its own comment, and applies prod to prod only', async () => {
    world.gh.addPullRequest({ number: 7, headSha: HEAD });
    const missing = await world.run(
      { name: 'pull_request', number: 7, headSha: HEAD },
      { comment: 'false' },
    );
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toContain("choose one (--env NAME, or the Action's environment input)");
    const dev = await world.run(
      { name: 'pull_request', number: 7, headSha: HEAD },
      { environment: 'dev' },
    );
    const prod = await world.run(
      { name: 'pull_request', number: 7, headSha: HEAD },
      { environment: 'prod' },
    );
    expect([dev.code, prod.code]).toEqual([0, 0]);
    const devPlan = JSON.parse(dev.files['gc-timeouts-plan.json'] ?? '{}') as Record<
      string,
      unknown
    >;
    const prodPlan = JSON.parse(prod.files['gc-timeouts-plan.json'] ?? '{}') as Record<
      string,
      unknown
    >;
    expect(devPlan['environment']).toBe('dev');
    expect(prodPlan['environment']).toBe('prod');
    expect(dev.outputs['fingerprint']).not.toBe(prod.outputs['fingerprint']);
    const comments = world.gh.commentsOn(7).map((c) => parsePlanMarker(c.body));
    expect(comments.map((m) => [m?.environment, m?.fingerprint])).toEqual([
      ['dev', dev.outputs['fingerprint']],
      ['prod', prod.outputs['fingerprint']],
    ]);

    world.gh.updatePullRequest(7, { merged: true, mergeCommitSha: MERGE });
    const applied = await world.run({ name: 'push', sha: MERGE }, { environment: 'prod' });
    expect(applied.code).toBe(0);
    const order = world.sim.state
      .listActions()
      .find((a) => a.name === 'Get Customer Order' && a.category === 'ERP');
    expect(order?.config.timeoutSeconds).toBe(15);
    const after = world.gh.commentsOn(7).map((c) => parsePlanMarker(c.body));
    expect(after.map((m) => [m?.environment, m?.applied])).toEqual([
      ['dev', undefined],
      ['prod', MERGE],
    ]);
  });
});
