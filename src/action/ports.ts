import type { GcTimeoutsError } from '../util/errors.js';
import type {
  DriftIssueResult,
  DriftIssueSync,
  FoundComment,
  MergedPullRequest,
  UpsertedComment,
} from '../github/index.js';
import type { Inputs } from './inputs.js';
import type { Diagnostic } from '../manifest/types.js';
import type { AppPorts } from '../app/ports.js';
import type { RunContext } from './context.js';
import type { Outputs } from './outputs.js';

/** The job log as the modes speak to it; main.ts backs it with @actions/core, tests with arrays. */
export interface ActionLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Each finding on its manifest line, shown in the pull request's files view. */
  annotate(diagnostics: readonly Diagnostic[]): void;
  /** Appends markdown to the job summary. */
  summary(markdown: string): Promise<void>;
}

/** The repository as the modes need it: the plan comment, the merged pull request, the drift issue. */
export interface ReviewHost {
  /** The comment of `label` and `environment` (undefined: a manifest without environments). */
  findPlanComment(
    issue: number,
    label: string,
    environment?: string,
  ): Promise<FoundComment | undefined>;
  upsertPlanComment(issue: number, label: string, body: string): Promise<UpsertedComment>;
  findMergedPullRequest(sha: string, defaultBranch: string): Promise<MergedPullRequest | undefined>;
  syncDriftIssue(sync: DriftIssueSync): Promise<DriftIssueResult>;
}

/** Files a later step of the job can pick up ($RUNNER_TEMP); `save` answers where, or undefined. */
export interface Artifacts {
  /** The text, or its parts in order (a large plan is written as a stream of parts). */
  save(name: string, text: string | Iterable<string>): Promise<string | undefined>;
}

/** Everything a mode works with, built once by main.ts: the application's ports, and the runner's. */
export interface ModeDeps extends AppPorts {
  inputs: Inputs;
  ctx: RunContext;
  /** Undefined without a github-token. */
  github: ReviewHost | undefined;
  artifacts: Artifacts;
  log: ActionLog;
}

/** What a mode hands back: its outputs, and the failure main.ts reports, if any. */
export interface ModeResult {
  outputs: Partial<Outputs>;
  failure?: GcTimeoutsError;
}
