import { describe, expect, it } from 'vitest';
import { findPlanComment, upsertPlanComment, type GitHub } from '../../src/github/index.js';
import { hiddenMarker, stampPlanMarker } from '../../src/github/marker.js';
import { connect, markerFields, planBody, start, writes } from './support.js';

const LABEL = 'gc-timeouts.yaml';

function stamp(body: string, run: { id: number; workflow: string }): string {
  return stampPlanMarker(body, run);
}

function runOf(gh: GitHub): { id: number; workflow: string } {
  if (gh.run === undefined) throw new Error('no run');
  return gh.run;
}

/** The genuine plan comment of a PR, written by a completed run of plan.yml. */
async function reviewed() {
  const fake = await start({ token: { kind: 'actions' } });
  const plan = connect(fake);
  const pr = fake.addPullRequest({ headSha: '1'.repeat(40) });
  const genuine = await upsertPlanComment(plan, pr.number, LABEL, planBody(LABEL, 'reviewed'));
  fake.completeWorkflowRun(runOf(plan).id);
  return { fake, plan, pr, genuine };
}

describe('a plan comment forged by the same bot identity', () => {
  it('from another workflow, naming its own run, is not taken for the plan', async () => {
    const { fake, pr, genuine } = await reviewed();
    const log: string[] = [];
    const other = connect(fake, fake.token, (m) => log.push(m), {
      path: '.github/workflows/triage.yml',
      event: 'issue_comment',
    });
    fake.addComment({
      issueNumber: pr.number,
      user: 'github-actions[bot]',
      body: stamp(planBody(LABEL, 'chosen'), runOf(other)),
    });

    const found = await findPlanComment(other, pr.number, LABEL);

    expect(found).toMatchObject({ id: genuine.id, marker: { fingerprint: 'reviewed' } });
    expect(log.join('\n')).toMatch(/ran on issue_comment/);
    fake.assertNoViolations();
  });

  it('naming the genuine plan run after that run ended, is ignored', async () => {
    const { fake, plan, pr, genuine } = await reviewed();
    // Reviewers talk for a while (the fake's clock moves a second per write).
    for (let i = 0; i < 10; i++) fake.addComment({ issueNumber: pr.number, body: `lgtm ${i}` });
    fake.addComment({
      issueNumber: pr.number,
      user: 'github-actions[bot]',
      body: stamp(planBody(LABEL, 'chosen'), runOf(plan)),
    });
    const apply = connect(fake, fake.token, undefined, {
      path: '.github/workflows/apply.yml',
      event: 'push',
    });

    expect(await findPlanComment(apply, pr.number, LABEL)).toMatchObject({ id: genuine.id });
  });

  it('naming a run of another workflow file than it claims, is ignored', async () => {
    const { fake, pr, genuine } = await reviewed();
    const other = fake.addWorkflowRun({
      path: '.github/workflows/triage.yml',
      event: 'pull_request',
    });
    fake.addComment({
      issueNumber: pr.number,
      user: 'github-actions[bot]',
      body: stamp(planBody(LABEL, 'chosen'), {
        id: other.id,
        workflow: '.github/workflows/plan.yml',
      }),
    });
    const apply = connect(fake, fake.token, undefined, {
      path: '.github/workflows/apply.yml',
      event: 'push',
    });

    expect(await findPlanComment(apply, pr.number, LABEL)).toMatchObject({ id: genuine.id });
  });

  it('with a forged applied field, does not freeze the review', async () => {
    const { fake, pr, genuine } = await reviewed();
    const other = connect(fake, fake.token, undefined, {
      path: '.github/workflows/plan.yml',
      event: 'pull_request',
    });
    const applied = hiddenMarker('plan', {
      ...markerFields(LABEL, 'reviewed'),
      applied: 'e'.repeat(40),
    });
    fake.addComment({
      issueNumber: pr.number,
      user: 'github-actions[bot]',
      body: stamp(`${applied}\napplied`, runOf(other)),
    });

    const found = await findPlanComment(other, pr.number, LABEL);

    expect(found).toMatchObject({ id: genuine.id, frozen: false });
    expect(found?.marker.applied).toBeUndefined();
  });

  it('is never edited by a re-plan: only the genuine comment is', async () => {
    const { fake, pr, genuine } = await reviewed();
    const forged = fake.addComment({
      issueNumber: pr.number,
      user: 'github-actions[bot]',
      body: planBody(LABEL, 'chosen'),
    });
    const replan = connect(fake);

    const result = await upsertPlanComment(replan, pr.number, LABEL, planBody(LABEL, 'again'));

    expect(result).toMatchObject({ id: genuine.id, updated: true });
    const bodies = new Map(fake.commentsOn(pr.number).map((c) => [c.id, c.body]));
    expect(bodies.get(forged.id)).toBe(planBody(LABEL, 'chosen'));
    expect(bodies.get(genuine.id)).toContain('"fingerprint":"again"');
    expect(writes(fake)).toEqual(['issues/create-comment', 'issues/update-comment']);
    fake.assertNoViolations();
  });
});
