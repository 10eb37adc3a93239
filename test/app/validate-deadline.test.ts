import { describe, expect, it } from 'vitest';
import { runValidateMode } from '../../src/action/validate-mode.js';
import type { ModeDeps } from '../../src/action/ports.js';
import { validateManifest } from '../../src/app/validate.js';
import { failureReason } from '../../src/app/failure.js';
import { validateManifestText } from '../../src/manifest/validate.js';
import {
  context,
  inputs,
  manifestFile,
  memoryArtifacts,
  memoryOrg,
  recordingLog,
} from '../action/fakes.js';

/** `n` invalid entries, half of them aliases of the other half: the shape that took 151 s. */
function aliased(n: number): string {
  const lines = ['version: 1', 'org: { region: us-east-1 }', 'actions:'];
  for (let i = 0; i < n / 2; i++) lines.push(`  - &e${i} { name: a${i}, timeoutSeconds: 999 }`);
  for (let i = 0; i < n / 2; i++) lines.push(`  - *e${i}`);
  return `${lines.join('\n')}\n`;
}

/** A clock before the deadline (0) for its first `calls` readings, past it (10) after. */
function clockPassingAfter(calls: number) {
  let readings = 0;
  return {
    now: () => (++readings > calls ? 10 : 0),
    readings: () => readings,
  };
}

const TIMEOUT = /the run deadline passed before validation of .* finished; nothing was applied/;

describe('the run deadline bounds validation', () => {
  it('stops a long validation at its next safe point, with a timeout that says it did not finish', async () => {
    const path = await manifestFile(aliased(10_000));
    const clock = clockPassingAfter(200);

    const late = validateManifest(path, undefined, { deadline: 5, now: clock.now });

    await expect(late).rejects.toMatchObject({
      reason: 'timeout',
      message: expect.stringMatching(TIMEOUT),
    });
    // It stopped at the first checkpoint past the deadline, long before the 10,000th finding.
    expect(clock.readings()).toBe(201);
  });

  it('checks in every layer: the YAML, the schema and the semantics', async () => {
    const invalidYaml = await manifestFile(`${aliased(200)}  - { name: [unclosed\n`);
    await expect(
      validateManifest(invalidYaml, undefined, { deadline: 5, now: clockPassingAfter(1).now }),
    ).rejects.toMatchObject({ reason: 'timeout' });
    // Valid for the schema, so only the semantics (200 shadowed duplicates) can be slow.
    const duplicates = ['version: 1', 'actions:'];
    for (let i = 0; i < 200; i++) duplicates.push(`  - { name: same, timeoutSeconds: ${i + 1} }`);
    const semantic = await manifestFile(`${duplicates.join('\n')}\n`);
    const clock = clockPassingAfter(20);
    await expect(
      validateManifest(semantic, undefined, { deadline: 5, now: clock.now }),
    ).rejects.toMatchObject({ reason: 'timeout' });
    expect(clock.readings()).toBe(21);
  });

  it('finds every error when the deadline is not reached', async () => {
    const path = await manifestFile(aliased(2_000));
    const { result, valid } = await validateManifest(path, undefined, {
      deadline: Date.now() + 60_000,
    });
    expect(valid).toBeUndefined();
    expect(result.diagnostics).toHaveLength(2_000);
    expect(result.diagnostics).toEqual(validateManifestText(aliased(2_000), path).diagnostics);
  });

  it('in the Action: deadline-minutes ends validate mode with a timeout, not with findings', async () => {
    const manifest = await manifestFile(aliased(2_000));
    const log = recordingLog();
    const org = memoryOrg([]);
    const deps: ModeDeps = {
      inputs: inputs({ manifest, deadline: Date.now() - 1 }),
      ctx: context(),
      github: undefined,
      openOrg: org.open,
      artifacts: memoryArtifacts(),
      log,
      now: Date.now,
    };
    const failure = await runValidateMode(deps).catch((error: unknown) => error);
    expect(failureReason(failure)).toBe('timeout');
    expect(String(failure)).toMatch(TIMEOUT);
    expect(log.annotations).toEqual([]);
    expect(org.opened).toEqual([]);
  });
});
