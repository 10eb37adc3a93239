import { GenesysApiError } from '../genesys/errors.js';
import type { ApplyResult } from '../plan/types.js';

/** This many transport failures in a row (network, timeout) mean the org is unreachable: stop. */
export const BREAKER_THRESHOLD = 3;

/**
 * Decides, before each action, whether to start it: not after the run deadline, and not once the
 * circuit breaker has seen BREAKER_THRESHOLD transport failures in a row. An action not started is
 * reported by name as not-attempted, so nothing is silently skipped.
 */
export class Gate {
  private streak = 0;
  private open = false;

  constructor(private readonly options: { deadline?: number; now?: () => number }) {}

  refusal(): string | undefined {
    const { deadline, now = Date.now } = this.options;
    if (deadline !== undefined && now() >= deadline)
      return 'not attempted: the run deadline passed before this action was started';
    if (this.open)
      return `not attempted: the apply stopped after ${BREAKER_THRESHOLD} network failures or timeouts in a row`;
    return undefined;
  }

  record(result: ApplyResult, error: unknown): void {
    const transport =
      error instanceof GenesysApiError && (error.kind === 'network' || error.kind === 'timeout');
    this.streak = result.status === 'failed' && transport ? this.streak + 1 : 0;
    if (this.streak >= BREAKER_THRESHOLD) this.open = true;
  }
}
