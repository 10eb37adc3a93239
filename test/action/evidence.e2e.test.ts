import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanMarker } from '../../src/github/marker.js';
import { EXAMPLE, startWorld, type ActionWorld } from '../support/action-world.js';

/** The built Action (dist/index.js) as the runner starts it: annotations, recommend, apply report. */

let world: ActionWorld;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  world.gh.assertNoViolations();
  await world.close();
});

const HEAD = 'c'.repeat(40);

describe('the Action, end to end', () => {
  it('annotates every plan error on its own file, line and column', async () => {
    world.gh.addPullRequest({ number: 31, headSha: HEAD });
    world.writeManifest(
      EXAMPLE.replace('- name: Get Customer Order\n', '- name: Get Custmer Order\n')
        .replace(
          '- name: Score Lead\n',
          '- name: Legacy Order Lookup\n    integration: ERP Web Services\n',
        )
        .replace(
          '  - name: Legacy Order Lookup\n    timeoutSeconds: default\n',
          '  - id: static_4e312313-566d-42a3-aad5-950a3b6924f4\n    timeoutSeconds: 9\n',
        ),
    );
    const run = await world.run({ name: 'pull_request', number: 31, headSha: HEAD });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('plan-errors');
    const annotations = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::error title=gc-timeouts%3A plan error'));
    const found = annotations.map(
      (l) => /file=([^,]+),line=(\d+),col=(\d+)::(.*)$/.exec(l)?.slice(1) ?? [],
    );
    expect(
      found.map(([file, line, col]) => [file?.endsWith('/gc-timeouts.yaml'), `${line}:${col}`]),
    ).toEqual([
      [true, '18:11'], // the misspelled name
      [true, '49:29'], // functionTimeoutSeconds on an action that is not a function
      [true, '53:9'], // a static action by id
    ]);
    expect(found[0]?.[3]).toContain('no action named "Get Custmer Order"');
    expect(found[1]?.[3]).toContain('"Legacy Order Lookup" (ERP Web Services, custom_-_fac24524');
    expect(found[2]?.[3]).toContain('"Get User" (Genesys Cloud Data Actions');
  });

  it('adds the recommendation to the PR comment with recommend: true, and writes the apply report on merge', async () => {
    world.gh.addPullRequest({ number: 32, headSha: HEAD });
    const planned = await world.run(
      { name: 'pull_request', number: 32, headSha: HEAD },
      { recommend: 'true' },
    );
    expect(planned.code).toBe(0);
    const comment =
      world.gh.commentsOn(32).find((c) => parsePlanMarker(c.body) !== undefined)?.body ?? '';
    expect(comment).toMatch(/<details><summary>Recommended timeouts: \d+ changes<\/summary>/);
    expect(comment).toContain(
      '| Get Customer Order | ERP Web Services | `timeoutSeconds` | 15 s |',
    );
    expect(comment).toContain('used by 2 flows: Main IVR, Where Is My Order');

    world.gh.updatePullRequest(32, { merged: true, mergeCommitSha: 'e'.repeat(40) });
    const applied = await world.run({ name: 'push', sha: 'e'.repeat(40) });
    expect(applied.code).toBe(0);
    expect(applied.outputs['apply-report']).toMatch(/gc-timeouts-apply-report\.json$/);
    const report = JSON.parse(applied.files['gc-timeouts-apply-report.json'] ?? '{}') as {
      counts: { applied: number; failed: number };
      results: unknown[];
    };
    expect(report.counts).toMatchObject({ applied: 9, failed: 0 });
    expect(report.results).toHaveLength(9);
  });
});
