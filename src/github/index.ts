export { createGitHub, type GitHub, type GitHubOptions, type Octokit } from './client.js';
export { GitHubBodyTooLong, GitHubWriteForbidden, MAX_BODY_LENGTH } from './errors.js';
export { ACTIONS_BOT_LOGIN, whoAmI, type Identity } from './identity.js';
export {
  AmbiguousPlanComment,
  findPlanComment,
  upsertPlanComment,
  type FoundComment,
  type UpsertedComment,
} from './comment.js';
export { currentRun, type RunRef } from './provenance.js';
export { findMergedPullRequest, type MergedPullRequest } from './merged-pr.js';
export {
  AmbiguousDriftIssue,
  DRIFT_ISSUE_LABEL,
  findDriftIssue,
  parseDriftMarker,
  syncDriftIssue,
  type DriftIssueAction,
  type DriftIssueResult,
  type DriftIssueSync,
  type DriftMarker,
  type FoundDriftIssue,
} from './drift-issue.js';
