import type { GitHub } from './client.js';

export interface MergedPullRequest {
  number: number;
  url: string;
  mergedAt: string;
}

/**
 * The pull request whose merge into `defaultBranch` produced commit `sha`. When no merge commit
 * matches (a rebase merge, or a push that came after the merge), the newest pull request merged
 * into the default branch that contains the commit.
 */
export async function findMergedPullRequest(
  gh: GitHub,
  sha: string,
  defaultBranch: string,
): Promise<MergedPullRequest | undefined> {
  const pulls = await gh.octokit.paginate(
    gh.octokit.rest.repos.listPullRequestsAssociatedWithCommit,
    {
      owner: gh.owner,
      repo: gh.repo,
      commit_sha: sha,
      per_page: 100,
    },
  );
  const merged = pulls
    .flatMap((p) =>
      p.merged_at !== null && p.base.ref === defaultBranch
        ? [
            {
              number: p.number,
              url: p.html_url,
              mergedAt: p.merged_at,
              mergeSha: p.merge_commit_sha,
            },
          ]
        : [],
    )
    .sort((a, b) => Date.parse(b.mergedAt) - Date.parse(a.mergedAt) || b.number - a.number);
  const wanted = sha.toLowerCase();
  const chosen = merged.find((p) => p.mergeSha?.toLowerCase() === wanted) ?? merged[0];
  return chosen === undefined
    ? undefined
    : { number: chosen.number, url: chosen.url, mergedAt: chosen.mergedAt };
}
