import type { ModeInput } from './inputs.js';

export type Mode = 'validate' | 'plan' | 'apply' | 'drift' | 'doctor';

export interface EventInfo {
  eventName: string;
  /** `refs/heads/main` for a push. */
  ref: string;
  defaultBranch: string | undefined;
}

/**
 * What the run is for. auto follows the event: a pull request is reviewed (plan), a push to the
 * default branch is a merge (apply), a schedule or a manual run checks drift. A push elsewhere only
 * validates: applying from a feature branch would bypass review.
 */
export function resolveMode(input: ModeInput, event: EventInfo): Mode {
  if (input !== 'auto') return input;
  switch (event.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return 'plan';
    case 'push':
      return event.defaultBranch !== undefined && event.ref === `refs/heads/${event.defaultBranch}`
        ? 'apply'
        : 'validate';
    case 'schedule':
    case 'workflow_dispatch':
      return 'drift';
    default:
      return 'validate';
  }
}
