import type { Inputs } from './inputs.js';
import type { Connection } from '../app/connection.js';
import type { RunContext } from './context.js';

export function connectionOf(inputs: Inputs): Connection {
  return {
    clientId: inputs.clientId,
    clientSecret: inputs.clientSecret,
    region: inputs.region,
    fallbackRegion: inputs.fallbackRegion,
    apiBaseUrl: inputs.apiBaseUrl,
    deadline: inputs.deadline,
  };
}

/** Why no comment will be written, or undefined when one will. Asked first, so a fork gets no 403 noise. */
export function whyNoComment(inputs: Inputs, ctx: RunContext): string | undefined {
  if (!inputs.comment) return 'the comment input is false';
  if (ctx.pullRequest === undefined) return 'this run is not for a pull request';
  if (ctx.pullRequest.isFork) return 'pull requests from forks get a read-only token';
  if (inputs.githubToken === undefined) return 'no github-token';
  return undefined;
}

/** Links from the rendered plan to the manifest lines at this commit. */
export function linksOf(ctx: RunContext, ref: string): { repoUrl: string; ref: string } {
  return { repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`, ref };
}
