import { describe, expect, it } from 'vitest';
import {
  DRIFT_ISSUE_LABEL,
  GitHubWriteForbidden,
  syncDriftIssue,
  type DriftIssueSync,
} from '../../src/github/index.js';
import { hiddenMarker } from '../../src/github/marker.js';
import { connectDrift as connect, DRIFT_WORKFLOW, start, writes } from './support.js';

const LABEL = 'gc-timeouts.yaml';
const NOW = new Date('2024-05-06T07:08:09.123Z');

function run(fingerprint: string, label = LABEL): DriftIssueSync {
  return {
    label,
    region: 'us-east-1',
    drifted: fingerprint !== '',
    fingerprint,
    title: `Timeout drift in ${label}`,
    body: `Drift ${fingerprint}`,
    now: NOW,
  };
}

function marker(fingerprint: string, label = LABEL, run?: number): string {
  const stamp = run === undefined ? {} : { run, workflow: DRIFT_WORKFLOW };
  return hiddenMarker('drift', { label, fingerprint, region: 'us-east-1', ...stamp });
}

describe('syncDriftIssue', () => {
  it('opens, leaves, updates and closes one issue as drift comes and goes', async () => {
    const fake = await start();
    const gh = connect(fake);

    const created = await syncDriftIssue(gh, run('fp1'));
    expect(created).toEqual({
      action: 'created',
      number: 1,
      url: 'https://github.com/octo-org/octo-repo/issues/1',
    });
    expect(fake.issues().map((i) => [i.number, i.state, i.title, i.body, i.labels])).toEqual([
      [
        1,
        'open',
        `Timeout drift in ${LABEL}`,
        `${marker('fp1', LABEL, gh.run?.id)}\nDrift fp1`,
        [DRIFT_ISSUE_LABEL],
      ],
    ]);
    expect(writes(fake)).toEqual(['issues/create']);

    expect(await syncDriftIssue(gh, run('fp1'))).toEqual({ ...created, action: 'unchanged' });
    expect(writes(fake)).toEqual(['issues/create']);

    const changed = { ...run('fp2'), title: 'More drift' };
    expect(await syncDriftIssue(gh, changed)).toEqual({ ...created, action: 'updated' });
    expect(fake.issues().map((i) => [i.number, i.state, i.title, i.body])).toEqual([
      [1, 'open', 'More drift', `${marker('fp2', LABEL, gh.run?.id)}\nDrift fp2`],
    ]);

    expect(await syncDriftIssue(gh, run(''))).toEqual({ ...created, action: 'closed' });
    expect(fake.issues().map((i) => [i.number, i.state, i.stateReason])).toEqual([
      [1, 'closed', 'completed'],
    ]);
    expect(fake.commentsOn(1).map((c) => c.body)).toEqual([
      'The drift is gone: at 2024-05-06 07:08 UTC the live org matched the manifest again, ' +
        'so this issue is closed.',
    ]);

    expect(await syncDriftIssue(gh, run(''))).toEqual({ action: 'none' });
    expect(writes(fake)).toEqual([
      'issues/create',
      'issues/update',
      'issues/create-comment',
      'issues/update',
    ]);

    // drift again after closing: a new issue, the closed one stays closed
    expect(await syncDriftIssue(gh, run('fp3'))).toMatchObject({ action: 'created', number: 2 });
    expect(fake.issues().map((i) => [i.number, i.state])).toEqual([
      [1, 'closed'],
      [2, 'open'],
    ]);
    fake.assertNoViolations();
  });

  it('counts only open issues of ours with the marker for the label', async () => {
    const fake = await start({ token: { kind: 'actions' } });
    const gh = connect(fake);
    const labels = [DRIFT_ISSUE_LABEL];
    fake.addIssue({
      title: 'pasted',
      user: 'mona',
      body: marker('fp1', LABEL, gh.run?.id),
      labels,
    });
    fake.addIssue({
      title: 'closed',
      user: 'github-actions[bot]',
      body: marker('fp1', LABEL, gh.run?.id),
      labels,
      state: 'closed',
    });
    fake.addIssue({
      title: 'other',
      user: 'github-actions[bot]',
      body: marker('fp1', 'other', gh.run?.id),
      labels,
    });
    fake.addPullRequest({
      headSha: '1'.repeat(40),
      user: 'github-actions[bot]',
      body: marker('fp1', LABEL, gh.run?.id),
      labels,
    });
    const before = fake.issues();

    expect(await syncDriftIssue(gh, run(''))).toEqual({ action: 'none' });
    const created = await syncDriftIssue(gh, run('fp1'));

    expect(created).toMatchObject({ action: 'created', number: 5 });
    expect(fake.issues()).toEqual([
      ...before,
      expect.objectContaining({
        number: 5,
        user: expect.objectContaining({ login: 'github-actions[bot]' }),
      }),
    ]);
    expect(await syncDriftIssue(gh, run('fp1'))).toMatchObject({ action: 'unchanged', number: 5 });
    expect(writes(fake)).toEqual(['issues/create']);
    fake.assertNoViolations();
  });

  it('keeps one issue per label', async () => {
    const fake = await start();
    const gh = connect(fake);
    const prod = await syncDriftIssue(gh, run('p1', 'prod'));
    const test = await syncDriftIssue(gh, run('t1', 'test'));
    expect(await syncDriftIssue(gh, run('', 'prod'))).toMatchObject({
      action: 'closed',
      number: prod.number,
    });
    expect(await syncDriftIssue(gh, run('t1', 'test'))).toMatchObject({
      action: 'unchanged',
      number: test.number,
    });

    expect(fake.issues().map((i) => [i.number, i.state])).toEqual([
      [prod.number, 'closed'],
      [test.number, 'open'],
    ]);
    fake.assertNoViolations();
  });

  it('surfaces a read-only token as GitHubWriteForbidden with status 403', async () => {
    const fake = await start();
    const gh = connect(fake, fake.addToken({ kind: 'actions', readOnly: true }));

    await expect(syncDriftIssue(gh, run('fp1'))).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof GitHubWriteForbidden && e.status === 403 && e.operation === 'issues/create',
    );
    expect(fake.issues()).toEqual([]);
    fake.assertNoViolations();
  });
});
