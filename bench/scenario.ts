import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DesiredTimeouts } from './baseline-sdk.js';
import type { ActionView } from './protocol.js';

/** The change both approaches make, and the check that they made exactly it. */

export interface Target {
  id: string;
  name: string;
  from: number | undefined;
  /** undefined: back to the platform default. */
  to: number | undefined;
}

/** Values the scale seed never uses, so every target really changes. */
const NEW_TIMEOUTS = [7, 12, 25, 42];

/**
 * `count` actions spread evenly over the org. Most get a new timeout (setting an unset one or
 * updating a set one); every tenth that has one goes back to the default.
 */
export function pickTargets(actions: readonly ActionView[], count: number): Target[] {
  if (count > actions.length)
    throw new Error(`cannot change ${count} of ${actions.length} actions`);
  const targets: Target[] = [];
  for (let k = 0; k < count; k++) {
    const action = actions[Math.floor((k * actions.length) / count)] as ActionView;
    const reset = k % 10 === 9 && action.timeoutSeconds !== undefined;
    targets.push({
      id: action.id,
      name: action.name,
      from: action.timeoutSeconds,
      to: reset ? undefined : NEW_TIMEOUTS[k % NEW_TIMEOUTS.length],
    });
  }
  return targets;
}

/** The manifest for gc-timeouts: one `name` entry per target. */
export async function writeManifest(dir: string, targets: readonly Target[]): Promise<string> {
  const lines = ['version: 1', 'actions:'];
  for (const t of targets) {
    lines.push(`  - name: ${JSON.stringify(t.name)}`);
    lines.push(`    timeoutSeconds: ${t.to ?? 'default'}`);
  }
  const path = join(dir, `gc-timeouts-${targets.length}.yaml`);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

/** The same targets for the baseline script: name → timeout. */
export function desiredByName(targets: readonly Target[]): DesiredTimeouts {
  return new Map(targets.map((t) => [t.name, t.to ?? 'default']));
}

export interface Verification {
  /** Targets at their new timeout, written exactly once. */
  changed: number;
  /** Targets still as they were (only allowed with `partial`). */
  untouched: number;
  problems: string[];
}

/**
 * Compares the org after a run with the org before it: every target at its new timeout with its
 * version moved by exactly one write and everything else (name, category, config, templates)
 * byte-for-byte the same; every other action not touched at all. With `partial`, a target may also
 * be untouched (a run that stopped on an error).
 */
export function verifyOrg(
  before: readonly ActionView[],
  after: readonly ActionView[],
  targets: readonly Target[],
  partial = false,
): Verification {
  const problems: string[] = [];
  const byId = new Map(after.map((a) => [a.id, a]));
  const wanted = new Map(targets.map((t) => [t.id, t]));
  let changed = 0;
  let untouched = 0;
  if (after.length !== before.length)
    problems.push(`${before.length} actions before, ${after.length} after`);
  for (const old of before) {
    const now = byId.get(old.id);
    if (now === undefined) {
      problems.push(`${old.name}: gone`);
      continue;
    }
    if (now.shape !== old.shape)
      problems.push(`${old.name}: fields other than the timeout changed`);
    const target = wanted.get(old.id);
    const same = now.timeoutSeconds === old.timeoutSeconds && now.version === old.version;
    if (target === undefined) {
      if (!same) problems.push(`${old.name}: not a target but changed`);
    } else if (now.timeoutSeconds === target.to && now.version === old.version + 1) {
      changed += 1;
    } else if (partial && same) {
      untouched += 1;
    } else {
      problems.push(
        `${old.name}: timeout ${show(old.timeoutSeconds)} v${old.version} -> ${show(now.timeoutSeconds)} v${now.version}, wanted ${show(target.to)} v${old.version + 1}`,
      );
    }
  }
  return { changed, untouched, problems };
}

function show(value: number | undefined): string {
  return value === undefined ? 'default' : `${value} s`;
}
