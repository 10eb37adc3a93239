import { describe, expect, it } from 'vitest';
import { findPlanComment, syncDriftIssue, upsertPlanComment } from '../../src/github/index.js';
import { parseDriftMarker } from '../../src/github/drift-issue.js';
import { parsePlanMarker, planMarker } from '../../src/github/marker.js';
import { connect, markerFields, start } from './support.js';

/**
 * One manifest, several environments, one label (a matrix that gives every job the same label):
 * each environment keeps its own sticky comment and its own drift issue, told apart by the
 * environment in the marker.
 */
const LABEL = 'gc-timeouts.yaml';

function envBody(environment: string | undefined, fingerprint: string): string {
  const fields = { ...markerFields(LABEL, fingerprint), ...(environment ? { environment } : {}) };
  return `${planMarker(fields)}\n## plan ${environment ?? 'all'} ${fingerprint}\n`;
}

describe('environments on GitHub', () => {
  it('keeps one plan comment per environment under one label', async () => {
    const fake = await start();
    const gh = connect(fake);
    const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
    const dev = await upsertPlanComment(gh, pr.number, LABEL, envBody('dev', 'd1'));
    const prod = await upsertPlanComment(gh, pr.number, LABEL, envBody('prod', 'p1'));
    expect(prod.created).toBe(true);
    expect(prod.id).not.toBe(dev.id);
    const again = await upsertPlanComment(gh, pr.number, LABEL, envBody('prod', 'p2'));
    expect(again).toMatchObject({ id: prod.id, updated: true });

    expect((await findPlanComment(gh, pr.number, LABEL, 'dev'))?.marker.fingerprint).toBe('d1');
    expect((await findPlanComment(gh, pr.number, LABEL, 'prod'))?.marker.fingerprint).toBe('p2');
    // A manifest without environments never takes an environment's comment for its own.
    expect(await findPlanComment(gh, pr.number, LABEL)).toBeUndefined();
    const bodies = fake.commentsOn(pr.number).map((c) => parsePlanMarker(c.body)?.environment);
    expect(bodies).toEqual(['dev', 'prod']);
    fake.assertNoViolations();
  });

  it('keeps one drift issue per environment, and closes only the one whose drift is gone', async () => {
    const fake = await start();
    const gh = connect(fake);
    const sync = (environment: string, fingerprint: string) => ({
      label: LABEL,
      environment,
      region: environment === 'prod' ? 'eu-west-1' : 'us-east-1',
      drifted: fingerprint !== '',
      fingerprint,
      title: `gc-timeouts: ${environment}: drift`,
      body: `drift ${fingerprint}`,
    });
    const dev = await syncDriftIssue(gh, sync('dev', 'd1'));
    const prod = await syncDriftIssue(gh, sync('prod', 'p1'));
    expect([dev.action, prod.action]).toEqual(['created', 'created']);
    expect(prod.number).not.toBe(dev.number);
    expect((await syncDriftIssue(gh, sync('dev', ''))).action).toBe('closed');
    const issues = fake.issues().map((i) => [parseDriftMarker(i.body ?? '')?.environment, i.state]);
    expect(issues).toEqual([
      ['dev', 'closed'],
      ['prod', 'open'],
    ]);
    expect((await syncDriftIssue(gh, sync('prod', 'p1'))).action).toBe('unchanged');
  });
});
