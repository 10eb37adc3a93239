import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubOptions {
  /** REST API root, e.g. GITHUB_API_URL; omitted means getOctokit's default. */
  baseUrl?: string;
  owner: string;
  repo: string;
  /** Where the adapters say things worth a log line (never a token or a body). */
  log?: (message: string) => void;
}

/** A client bound to one repository. It keeps no copy of the token; only Octokit's auth does. */
export interface GitHub {
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  readonly log: (message: string) => void;
}

export function createGitHub(token: string, options: GitHubOptions): GitHub {
  if (token.trim() === '') throw new Error('a GitHub token is required');
  if (options.owner === '' || options.repo === '') {
    throw new Error('the repository owner and name are required');
  }
  const octokit = getOctokit(
    token,
    // Octokit joins paths onto baseUrl verbatim; a trailing slash would make `//repos/...`.
    options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl.replace(/\/+$/, '') },
  );
  return Object.freeze({
    octokit,
    owner: options.owner,
    repo: options.repo,
    log: options.log ?? ((): void => {}),
  });
}
