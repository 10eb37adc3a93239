import { describe, expect, it } from 'vitest';
import { findMergedPullRequest } from '../../src/github/index.js';
import { connect, start } from './support.js';

const sha = (c: string): string => c.repeat(40);

describe('findMergedPullRequest', () => {
  it('finds the pull request merged into the default branch by the pushed commit', async () => {
    const fake = await start();
    const gh = connect(fake);
    const merged = fake.addPullRequest({
      headSha: sha('1'),
      commits: [sha('0')],
      merged: true,
      mergeCommitSha: sha('m'),
    });

    expect(await findMergedPullRequest(gh, sha('m'), 'main')).toEqual({
      number: merged.number,
      url: `https://github.com/octo-org/octo-repo/pull/${merged.number}`,
      mergedAt: merged.pull?.mergedAt,
    });
    expect(await findMergedPullRequest(gh, sha('9'), 'main')).toBeUndefined();
    fake.assertNoViolations();
  });

  it('ignores open pull requests and merges into other branches', async () => {
    const fake = await start({ defaultBranch: 'trunk' });
    const gh = connect(fake);
    // the pushed commit is also the head of an open pull request and was merged into a release branch
    fake.addPullRequest({ headSha: sha('m') });
    fake.addPullRequest({ headSha: sha('m'), baseRef: 'release', merged: true });

    expect(await findMergedPullRequest(gh, sha('m'), 'trunk')).toBeUndefined();
    const intoTrunk = fake.addPullRequest({
      headSha: sha('2'),
      baseRef: 'trunk',
      merged: true,
      mergeCommitSha: sha('m'),
    });
    expect(await findMergedPullRequest(gh, sha('m'), 'trunk')).toMatchObject({
      number: intoTrunk.number,
    });
    fake.assertNoViolations();
  });

  it('prefers the pull request whose merge commit is the pushed one over newer ones', async () => {
    const fake = await start();
    const gh = connect(fake);
    const exact = fake.addPullRequest({
      headSha: sha('1'),
      merged: true,
      mergeCommitSha: sha('m'),
    });
    // a later pull request branched from main after the merge, so the merge commit is among its commits
    fake.addPullRequest({ headSha: sha('2'), commits: [sha('m')], merged: true });

    expect(await findMergedPullRequest(gh, sha('m'), 'main')).toMatchObject({
      number: exact.number,
    });
    fake.assertNoViolations();
  });

  it('falls back to the newest merged pull request containing the commit (rebase merges)', async () => {
    const fake = await start();
    const gh = connect(fake);
    fake.addPullRequest({ headSha: sha('a'), commits: [sha('r')], merged: true });
    const newest = fake.addPullRequest({ headSha: sha('r'), merged: true });
    fake.addPullRequest({ headSha: sha('r') });

    expect(await findMergedPullRequest(gh, sha('r'), 'main')).toMatchObject({
      number: newest.number,
      mergedAt: newest.pull?.mergedAt,
    });
    fake.assertNoViolations();
  });
});
