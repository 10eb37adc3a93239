import { describe, expect, it } from 'vitest';
import {
  AmbiguousDriftIssue,
  DRIFT_ISSUE_LABEL,
  syncDriftIssue,
  type DriftIssueSync,
  type GitHub,
} from '../../src/github/index.js';
import { hiddenMarker } from '../../src/github/marker.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { connectDrift, DRIFT_WORKFLOW, start, writes } from './support.js';

const LABEL = 'gc-timeouts.yaml';
const BOT = 'github-actions[bot]';

function sync(fingerprint: string): DriftIssueSync {
  return {
    label: LABEL,
    region: 'us-east-1',
    drifted: fingerprint !== '',
    fingerprint,
    title: `Timeout drift in ${LABEL}`,
    body: `Drift ${fingerprint}`,
  };
}

function forgedBody(fingerprint: string, stamp: { run?: number; workflow?: string }): string {
  return `${hiddenMarker('drift', { label: LABEL, fingerprint, region: 'us-east-1', ...stamp })}\nforged`;
}

function runOf(gh: GitHub): { run: number; workflow: string } {
  if (gh.run === undefined) throw new Error('no run');
  return { run: gh.run.id, workflow: gh.run.workflow };
}

/** The genuine drift issue, opened by a scheduled run of drift.yml that has since ended. */
async function opened(fingerprint = 'fp1') {
  const fake = await start({ token: { kind: 'actions' } });
  const first = connectDrift(fake);
  const genuine = await syncDriftIssue(first, sync(fingerprint));
  fake.completeWorkflowRun(first.run?.id ?? 0);
  return { fake, first, genuine };
}

function forge(fake: FakeGitHub, body: string) {
  return fake.addIssue({ title: 'forged', user: BOT, body, labels: [DRIFT_ISSUE_LABEL] });
}

function bodyOf(fake: FakeGitHub, number: number): string | null | undefined {
  return fake.issues().find((i) => i.number === number)?.body;
}

describe('a drift issue forged by the same bot identity', () => {
  it('from another workflow, naming its own run, is neither closed nor trusted', async () => {
    const fake = await start({ token: { kind: 'actions' } });
    const triage = connectDrift(fake, fake.token, undefined, '.github/workflows/triage.yml');
    const forged = forge(fake, forgedBody('fp1', runOf(triage)));
    const log: string[] = [];
    const drift = connectDrift(fake, fake.token, (m) => log.push(m));

    // Clean: the forged issue is not "the drift issue", so it is not closed.
    expect(await syncDriftIssue(drift, sync(''))).toEqual({ action: 'none' });
    expect(log.join('\n')).toMatch(/Ignoring issue .*triage\.yml, not this workflow/);
    // Drifted with the forged fingerprint: the real issue is opened, not "unchanged".
    const created = await syncDriftIssue(drift, sync('fp1'));
    expect(created).toMatchObject({ action: 'created' });
    expect(created.number).not.toBe(forged.number);
    expect(fake.issues().find((i) => i.number === forged.number)?.state).toBe('open');
    expect(bodyOf(fake, forged.number)).toBe(forgedBody('fp1', runOf(triage)));
    expect(writes(fake)).toEqual(['issues/create']);
    fake.assertNoViolations();
  });

  it('naming the genuine drift run after that run ended, is ignored', async () => {
    const { fake, first, genuine } = await opened();
    // People discuss the drift for a while (the fake's clock moves a second per write); their
    // comments move the genuine issue's updated_at, which must not make it suspect.
    for (let i = 0; i < 10; i++)
      fake.addComment({ issueNumber: genuine.number ?? 0, body: `looking ${i}` });
    const forged = forge(fake, forgedBody('chosen', runOf(first)));
    const next = connectDrift(fake);

    expect(await syncDriftIssue(next, sync('fp1'))).toMatchObject({
      action: 'unchanged',
      number: genuine.number,
    });
    expect(await syncDriftIssue(next, sync(''))).toMatchObject({
      action: 'closed',
      number: genuine.number,
    });
    expect(fake.issues().map((i) => [i.number, i.state])).toEqual([
      [genuine.number, 'closed'],
      [forged.number, 'open'],
    ]);
    expect(bodyOf(fake, forged.number)).toBe(forgedBody('chosen', runOf(first)));
    fake.assertNoViolations();
  });

  it('without a run stamp (made by hand), is never edited', async () => {
    const { fake, genuine } = await opened();
    const forged = forge(fake, forgedBody('fp1', {}));
    const next = connectDrift(fake);

    expect(await syncDriftIssue(next, sync('fp2'))).toMatchObject({
      action: 'updated',
      number: genuine.number,
    });
    expect(bodyOf(fake, forged.number)).toBe(forgedBody('fp1', {}));
    expect(bodyOf(fake, genuine.number ?? 0)).toContain('"fingerprint":"fp2"');
  });

  it('naming a run of another workflow file than it claims, is ignored', async () => {
    const { fake, genuine } = await opened();
    const other = fake.addWorkflowRun({ path: '.github/workflows/triage.yml', event: 'schedule' });
    forge(fake, forgedBody('chosen', { run: other.id, workflow: DRIFT_WORKFLOW }));

    expect(await syncDriftIssue(connectDrift(fake), sync('fp1'))).toMatchObject({
      action: 'unchanged',
      number: genuine.number,
    });
  });

  it('two issues that pass every check are an error, and nothing is written', async () => {
    const fake = await start({ token: { kind: 'actions' } });
    const a = connectDrift(fake);
    const b = connectDrift(fake);
    // Two overlapping runs of the same workflow each opened one.
    await syncDriftIssue(a, sync('fp1'));
    forge(fake, forgedBody('fp1', runOf(b)));
    const before = writes(fake);

    await expect(syncDriftIssue(b, sync(''))).rejects.toBeInstanceOf(AmbiguousDriftIssue);
    await expect(syncDriftIssue(b, sync('fp2'))).rejects.toThrow(/2 open issues claim/);
    expect(writes(fake)).toEqual(before);
    expect(fake.issues().map((i) => i.state)).toEqual(['open', 'open']);
  });

  it('is kept only from a workflow run that can stamp it', async () => {
    const fake = await start({ token: { kind: 'actions' } });
    const gh = connectDrift(fake);
    const outside = { ...gh, run: undefined };
    await expect(syncDriftIssue(outside, sync('fp1'))).rejects.toThrow(/only from a workflow run/);
    expect(fake.issues()).toEqual([]);
  });
});
