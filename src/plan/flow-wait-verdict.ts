import { PLATFORM_DEFAULT_TIMEOUT_SECONDS } from '../manifest/semantics.js';
import type { FlowWait, PlanEntry } from './types.js';

/**
 * What a flow's own wait means for a change of the action's timeout. Two clocks (GENESYS_API.md
 * §13): a flow that sets its own timeout stops waiting when it runs out, while the action's
 * `config.timeoutSeconds` still bounds the backend call; so a call waits at most the shorter.
 */

export type WaitEffect =
  /** The flow uses the action's timeout: the change applies to its calls. */
  | 'applies'
  /** The flow waits longer than the action's new timeout: the new timeout bounds its calls. */
  | 'bounded-by-action'
  /** The flow's own wait is at most the old and new timeouts: the change does nothing to its calls. */
  | 'no-effect'
  /** The flow's own wait lies between the old and new timeouts: the change takes effect only up to it. */
  | 'capped'
  | 'unknown';

export interface WaitVerdict {
  effect: WaitEffect;
  /** "Main IVR waits 5 s of its own: this change does not lengthen its calls". */
  text: string;
}

/** Seconds an action's timeout stands for; null is the platform default (60 s, §7). */
function effective(seconds: number | null): number {
  return seconds ?? PLATFORM_DEFAULT_TIMEOUT_SECONDS;
}

function secondsText(seconds: number): string {
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** The timeout a change leaves the action with, in words: "15 s" or "default (60 s)". */
function newTimeoutText(to: number | null): string {
  return to === null ? `default (${PLATFORM_DEFAULT_TIMEOUT_SECONDS} s)` : `${to} s`;
}

/** Of the calls, which set their own: "" when all do, else " (2 of its 3 calls)". */
function callsText(wait: FlowWait): string {
  return wait.ownCalls < wait.calls ? ` (${wait.ownCalls} of its ${wait.calls} calls)` : '';
}

/**
 * The verdict of one flow on one change of `timeoutSeconds`. Other fields (a function's timeout)
 * get the flow's wait without a verdict: what bounds a function call from a flow is not known.
 */
export function waitVerdict(
  flowName: string,
  wait: FlowWait,
  entry: Pick<PlanEntry, 'field' | 'from' | 'to'>,
): WaitVerdict {
  if (wait.kind === 'unknown') {
    return {
      effect: 'unknown',
      text: `${flowName}: what it waits is unknown (${wait.why ?? 'not read'})`,
    };
  }
  if (wait.kind === 'action' || wait.seconds === null) {
    return { effect: 'applies', text: `${flowName} uses the action's timeout` };
  }
  const own = `${flowName} waits ${secondsText(wait.seconds)}${callsText(wait)}`;
  if (entry.field !== 'timeoutSeconds') {
    return { effect: 'unknown', text: `${own} of its own` };
  }
  const from = effective(entry.from);
  const to = effective(entry.to);
  if (wait.seconds >= to) {
    return {
      effect: 'bounded-by-action',
      text: `${own}, longer than the action's new ${newTimeoutText(entry.to)}`,
    };
  }
  if (wait.seconds <= from) {
    const does = to > from ? 'does not lengthen' : 'does not change';
    return { effect: 'no-effect', text: `${own} of its own: this change ${does} its calls` };
  }
  return {
    effect: 'capped',
    text: `${own} of its own: its calls wait at most that, not the action's new ${newTimeoutText(entry.to)}`,
  };
}

/** Does the flow cut its calls short of the action's new timeout? What the policy is about. */
export function overridesChange(effect: WaitEffect): boolean {
  return effect === 'no-effect' || effect === 'capped';
}
