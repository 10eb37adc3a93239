import * as core from '@actions/core';
import { createGitHub, type GitHub } from '../github/index.js';
import type { Inputs } from '../inputs.js';
import type { Connection } from '../session.js';
import { phaseProgress, type Progress } from '../util/progress.js';
import type { RunContext } from './context.js';

export function connectionOf(inputs: Inputs): Connection {
  return {
    clientId: inputs.clientId,
    clientSecret: inputs.clientSecret,
    region: inputs.region,
    fallbackRegion: inputs.fallbackRegion,
    apiBaseUrl: inputs.apiBaseUrl,
  };
}

/** Every credential the client learns (access tokens included) is masked in the job log at once. */
export function maskSecret(secret: string): void {
  core.setSecret(secret);
}

/** Why no comment will be written, or undefined when one will. Asked first, so a fork gets no 403 noise. */
export function whyNoComment(inputs: Inputs, ctx: RunContext): string | undefined {
  if (!inputs.comment) return 'the comment input is false';
  if (ctx.pullRequest === undefined) return 'this run is not for a pull request';
  if (ctx.pullRequest.isFork) return 'pull requests from forks get a read-only token';
  if (inputs.githubToken === undefined) return 'no github-token';
  return undefined;
}

export function githubFor(inputs: Inputs, ctx: RunContext): GitHub | undefined {
  if (inputs.githubToken === undefined) return undefined;
  return createGitHub(inputs.githubToken, {
    baseUrl: ctx.apiUrl,
    owner: ctx.owner,
    repo: ctx.repo,
  });
}

/** Long reads and applies say every few seconds in the job log how far they are. */
export function logProgress(): Progress {
  return phaseProgress({ write: (line) => core.info(line.trimEnd()), tty: false });
}
