import { getOctokit } from '@actions/github';
import { currentRun, type RunRef } from './provenance.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubOptions {
  /** REST API root, e.g. GITHUB_API_URL; omitted means getOctokit's default. */
  baseUrl?: string;
  owner: string;
  repo: string;
  /** Where the adapters say things worth a log line (never a token or a body). */
  log?: (message: string) => void;
  /** The workflow run writing with this client; default: the runner's GITHUB_RUN_ID and GITHUB_WORKFLOW_REF. */
  run?: RunRef;
}

/** A client bound to one repository. It keeps no copy of the token; only Octokit's auth does. */
export interface GitHub {
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  readonly log: (message: string) => void;
  /** Undefined outside a workflow run: such a client writes no plan comment. */
  readonly run: RunRef | undefined;
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
    run: options.run ?? currentRun(),
  });
}
