import { isAbsolute, relative, sep } from 'node:path';
import * as core from '@actions/core';
import { labelOf } from '../app/environment.js';
import { GcTimeoutsError } from '../util/errors.js';
import { DEFAULT_DEADLINE_MINUTES, parseDeadlineMinutes } from '../util/deadline.js';
import type { Redactor } from '../util/redact.js';
import { maskingRedactor } from './mask.js';
import { fastRetryScale } from '../genesys/retry.js';

export const MODES = ['auto', 'validate', 'plan', 'apply', 'drift', 'doctor'] as const;
export type ModeInput = (typeof MODES)[number];

/** Everything the Action is told, read once, checked, and typed. Nothing else calls core.getInput. */
export interface Inputs {
  mode: ModeInput;
  /** Manifest path as given, relative to the workspace. */
  manifest: string;
  /** The environment of the manifest this run is for; required when the manifest declares some. */
  environment: string | undefined;
  /** Region or environment host; undefined means the manifest's org.region decides. */
  region: string | undefined;
  /** GENESYSCLOUD_REGION: only for a manifest without org.region. */
  fallbackRegion: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
  apiBaseUrl: string | undefined;
  githubToken: string | undefined;
  comment: boolean;
  /**
   * Names the sticky comment and drift issue (with the environment, which the markers also
   * carry); defaults to the manifest path, and `path (environment)` with an environment.
   */
  label: string;
  onPlanChange: 'fail' | 'apply';
  failOnDrift: boolean;
  driftIssue: boolean;
  /** Plan mode: add the recommended timeouts to the PR comment, collapsed. */
  recommend: boolean;
  /** Epoch ms by which the run must be done (deadline-minutes after the inputs were read). */
  deadline: number;
  /** TEST ONLY (GC_TIMEOUTS_TEST_FAST_RETRY): the client honours it only on loopback. */
  retryWaitScale?: number | undefined;
}

/** Reads the inputs; the secrets among them are registered with the run's redactor first of all. */
export function getInputs(
  env: NodeJS.ProcessEnv = process.env,
  redactor: Redactor = maskingRedactor(),
): Inputs {
  const clientSecret =
    optional('client-secret') ?? nonEmpty(env['GENESYSCLOUD_OAUTHCLIENT_SECRET']);
  const githubToken = optional('github-token');
  const clientId = optional('client-id') ?? nonEmpty(env['GENESYSCLOUD_OAUTHCLIENT_ID']);
  // Masked (by the redactor, and by the runner through it) before anything else can print them.
  redactor.add(clientSecret, clientId);
  redactor.add(githubToken);

  const manifest = workspacePath(
    optional('manifest') ?? 'gc-timeouts.yaml',
    env['GITHUB_WORKSPACE'],
  );
  const environment = optional('environment');
  const inputs: Inputs = {
    mode: choice('mode', MODES, 'auto'),
    manifest,
    environment,
    region: optional('region'),
    fallbackRegion: nonEmpty(env['GENESYSCLOUD_REGION']),
    clientId,
    clientSecret,
    apiBaseUrl: optional('api-base-url'),
    githubToken,
    comment: boolean('comment', true),
    label: labelOf(optional('label'), manifest, environment),
    onPlanChange: choice('on-plan-change', ['fail', 'apply'] as const, 'fail'),
    failOnDrift: boolean('fail-on-drift', false),
    driftIssue: boolean('drift-issue', false),
    recommend: boolean('recommend', false),
    deadline: Date.now() + deadlineMinutes() * 60_000,
    retryWaitScale: fastRetryScale(env),
  };
  for (const [key, value] of Object.entries(inputs)) {
    if (key !== 'clientSecret' && key !== 'githubToken')
      core.debug(`input ${key}: ${JSON.stringify(value)}`);
  }
  return inputs;
}

/**
 * Annotations and links need the path as it is in the repository, so a path inside the workspace
 * is made relative to it; `./x.yaml` and `x.yaml` are the same file and the same label.
 */
function workspacePath(path: string, workspace: string | undefined): string {
  if (workspace !== undefined && isAbsolute(path)) {
    const inside = relative(workspace, path);
    if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside))
      return inside.split(sep).join('/');
  }
  return path.replace(/^(\.\/)+/, '');
}

function optional(name: string): string | undefined {
  return nonEmpty(core.getInput(name));
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = optional(name);
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  throw new GcTimeoutsError(
    'usage',
    `input ${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`,
  );
}

/** Like core.getBooleanInput, but an unset input takes its default instead of throwing. */
function deadlineMinutes(): number {
  const text = optional('deadline-minutes');
  if (text === undefined) return DEFAULT_DEADLINE_MINUTES;
  const minutes = parseDeadlineMinutes(text);
  if (minutes === undefined)
    throw new GcTimeoutsError(
      'usage',
      `input deadline-minutes must be a number of minutes from 1 to 1440 (got ${JSON.stringify(text)})`,
    );
  return minutes;
}

function boolean(name: string, fallback: boolean): boolean {
  const value = optional(name);
  if (value === undefined) return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new GcTimeoutsError(
    'usage',
    `input ${name} must be true or false (got ${JSON.stringify(value)})`,
  );
}
