import * as github from '@actions/github';

/** What the workflow run is about, read once from the runner's environment and event payload. */
export interface RunContext {
  eventName: string;
  ref: string;
  sha: string;
  owner: string;
  repo: string;
  defaultBranch: string | undefined;
  /** The pull request under review (plan mode). */
  pullRequest: { number: number; headSha: string; isFork: boolean } | undefined;
  serverUrl: string;
  apiUrl: string;
  runUrl: string;
}

interface PullRequestPayload {
  number?: number;
  head?: { sha?: string; repo?: { full_name?: string } | null };
  base?: { repo?: { full_name?: string } };
}

export function readRunContext(): RunContext {
  const { context } = github;
  const [owner = '', repo = ''] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  const payload = context.payload as {
    pull_request?: PullRequestPayload;
    repository?: { default_branch?: string; full_name?: string };
  };
  const pr = payload.pull_request;
  const serverUrl = context.serverUrl;
  return {
    eventName: context.eventName,
    ref: context.ref,
    sha: context.sha,
    owner,
    repo,
    defaultBranch: payload.repository?.default_branch,
    pullRequest:
      pr?.number === undefined
        ? undefined
        : {
            number: pr.number,
            headSha: pr.head?.sha ?? context.sha,
            // A fork's pull request runs without secrets and with a read-only token.
            isFork:
              (pr.head?.repo?.full_name ?? '') !==
              (pr.base?.repo?.full_name ?? payload.repository?.full_name ?? ''),
          },
    serverUrl,
    apiUrl: context.apiUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`,
  };
}
