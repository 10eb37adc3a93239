import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import {
  createGitHub,
  findMergedPullRequest,
  findPlanComment,
  syncDriftIssue,
  upsertPlanComment,
} from '../github/index.js';
import type { Diagnostic } from '../manifest/types.js';
import type { Inputs } from './inputs.js';
import type { AppPorts } from '../app/ports.js';
import { openOrg } from '../org/session.js';
import { phaseProgress } from '../util/progress.js';
import type { Redactor } from '../util/redact.js';
import type { RunContext } from './context.js';
import type { ActionLog, Artifacts, ReviewHost } from './ports.js';
import { escapeWorkflowCommands } from '../util/workflow-text.js';
import { fitStepSummary, limitCount, shortenLine } from '../util/github-limits.js';

/** The job log, annotations and summary of the runner. */
export function coreLog(redactor: Redactor, env: NodeJS.ProcessEnv = process.env): ActionLog {
  const redact = (text: string): string => redactor.redact(text);
  // What this step has written to its summary; GitHub refuses the whole summary past 1 MiB.
  let summaryBytes = 0;
  return {
    info: (message) => core.info(escapeWorkflowCommands(redact(message))),
    notice: (message) => core.notice(redact(message)),
    warning: (message) => core.warning(redact(message)),
    debug: (message) => core.debug(redact(message)),
    annotate: (diagnostics) => {
      const { kept, omitted } = limitCount(diagnostics);
      if (omitted > 0)
        core.warning(
          `${omitted} more findings are not annotated (GitHub shows only the first); see the job summary.`,
        );
      for (const d of kept) {
        const properties = {
          title: annotationTitle(d),
          file: d.file,
          startLine: d.line,
          startColumn: d.column,
        };
        const message = shortenLine(redact(d.message));
        if (d.severity === 'error') core.error(message, properties);
        else core.warning(message, properties);
      }
    },
    summary: async (markdown) => {
      if (!env['GITHUB_STEP_SUMMARY']) return;
      const fitted = fitStepSummary(redact(markdown), summaryBytes);
      if (fitted === '') return;
      summaryBytes += Buffer.byteLength(fitted) + 1;
      await core.summary.addRaw(fitted, true).write();
    },
  };
}

/** The repository through the token of the github-token input; undefined without one. */
export function gitHubHost(
  inputs: Inputs,
  ctx: RunContext,
  redactor: Redactor,
): ReviewHost | undefined {
  if (inputs.githubToken === undefined) return undefined;
  const redact = (text: string): string => redactor.redact(text);
  const gh = createGitHub(inputs.githubToken, {
    baseUrl: ctx.apiUrl,
    owner: ctx.owner,
    repo: ctx.repo,
    log: (message) => core.info(escapeWorkflowCommands(redact(message))),
  });
  return {
    findPlanComment: (issue, label, environment) => findPlanComment(gh, issue, label, environment),
    upsertPlanComment: (issue, label, body) => upsertPlanComment(gh, issue, label, redact(body)),
    findMergedPullRequest: (sha, branch) => findMergedPullRequest(gh, sha, branch),
    syncDriftIssue: (sync) =>
      syncDriftIssue(gh, { ...sync, title: redact(sync.title), body: redact(sync.body) }),
  };
}

/** Files in $RUNNER_TEMP, where a later step can upload them as artifacts. */
export function runnerArtifacts(
  redactor: Redactor,
  env: NodeJS.ProcessEnv = process.env,
): Artifacts {
  return {
    save: async (name, text) => {
      const dir = env['RUNNER_TEMP'];
      if (dir === undefined || dir === '') return undefined;
      const path = join(dir, name);
      // Part by part: a secret is inside one JSON value, and a value is inside one part.
      const parts = typeof text === 'string' ? [text] : text;
      await writeFile(
        path,
        mapParts(parts, (part) => redactor.redactSecrets(part)),
      );
      return path;
    },
  };
}

/**
 * The org, with every credential the client learns masked in the job log at once (the redactor
 * tells the runner), long reads and applies reporting every few seconds, and the client's events
 * in the debug log.
 */
export function coreOrgPorts(
  redactor: Redactor,
  tuning: Pick<Inputs, 'retryWaitScale'> = { retryWaitScale: undefined },
): Omit<AppPorts, 'now'> {
  return {
    openOrg,
    redactor,
    progress: phaseProgress({
      write: (line) => core.info(escapeWorkflowCommands(redactor.redact(line.trimEnd()))),
      tty: false,
      logLines: true,
    }),
    onEvent: (event) => {
      if (event.type === 'setting-ignored') core.warning(redactor.redact(event.message));
      else core.debug(redactor.redact(JSON.stringify(event)));
    },
    tuning: { retryWaitScale: tuning.retryWaitScale },
  };
}

function annotationTitle(d: Diagnostic): string {
  if (d.severity !== 'error') return 'gc-timeouts: warning';
  return d.rule.startsWith('plan:') ? 'gc-timeouts: plan error' : 'gc-timeouts: invalid manifest';
}

function* mapParts(parts: Iterable<string>, f: (part: string) => string): Generator<string> {
  for (const part of parts) yield f(part);
}
