import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/plan/fingerprint.js';
import type { Plan } from '../../src/plan/types.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { cli, type CliRun } from '../support/cli.js';

let sim: RunningSimulator;
let other: RunningSimulator;
let env: NodeJS.ProcessEnv;
let dir: string;
let original: Plan;

beforeAll(async () => {
  sim = await startSimulator({ seed: 'demo', admin: true });
  other = await startSimulator({ seed: 'demo', admin: true });
  env = {
    GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
    GENESYSCLOUD_API_BASE_URL: sim.url,
    CI: 'true',
  };
  dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-planfile-'));
  const out = join(dir, 'plan.json');
  const planned = await cli(['plan', '-m', 'examples/gc-timeouts.yaml', '--out', out], env);
  expect(planned.code).toBe(0);
  original = JSON.parse(readFileSync(out, 'utf8')) as Plan;
});

afterAll(async () => {
  await Promise.all([sim.close(), other.close()]);
});

/** Writes an edited copy of the plan and applies it; nothing may reach the org. */
async function applyEdited(edit: (plan: Plan) => unknown, extraEnv = {}): Promise<CliRun> {
  const path = join(dir, `edited-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(edit(structuredClone(original))));
  const before = sim.state.requests().filter((r) => r.method === 'PATCH').length;
  const run = await cli(['apply', '--plan', path], { ...env, ...extraEnv });
  expect(sim.state.requests().filter((r) => r.method === 'PATCH').length).toBe(before);
  return run;
}

const firstChange = (plan: Plan): Plan['entries'][number] => {
  const change = plan.entries.find((e) => e.op === 'update' && e.field === 'timeoutSeconds');
  if (change === undefined) throw new Error('no update in the example plan');
  return change;
};

describe('a saved plan is a contract', () => {
  it('records the API host it was read from', () => {
    expect(original.apiHost).toBe(new URL(sim.url).host);
  });

  it('refuses an edited target even with a recomputed fingerprint', async () => {
    const run = await applyEdited((plan) => {
      firstChange(plan).to = 120;
      plan.fingerprint = fingerprint(plan.entries);
      return plan;
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /is not a gc-timeouts plan \(format 1\): entries\.\d+\.to is above 60, the most it may be/,
    );
  });

  it('refuses an edited target whose fingerprint was left alone', async () => {
    const run = await applyEdited((plan) => {
      firstChange(plan).to = 17;
      return plan;
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'was edited after it was made (its fingerprint does not match its changes)',
    );
  });

  it('refuses a wrong fingerprint', async () => {
    const run = await applyEdited((plan) => ({ ...plan, fingerprint: 'a'.repeat(64) }));
    expect(run.stderr).toContain('its fingerprint does not match');
  });

  it('refuses op "delete" cleanly', async () => {
    const run = await applyEdited((plan) => {
      (firstChange(plan) as { op: string }).op = 'delete';
      return plan;
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /entries\.\d+\.op must be one of set, update, reset, unchanged, unmanaged/,
    );
    expect(run.stderr).not.toContain('Cannot read properties');
  });

  it('refuses a changed row count', async () => {
    const run = await applyEdited((plan) => {
      plan.entries = plan.entries.filter((e) => e !== firstChange(plan));
      plan.fingerprint = fingerprint(plan.entries);
      return plan;
    });
    expect(run.stderr).toContain('its counts do not match its rows');
  });

  it('applies only against the API host it was made against', async () => {
    const run = await applyEdited((plan) => plan, {
      GENESYSCLOUD_API_BASE_URL: other.url,
      GENESYSCLOUD_OAUTHCLIENT_ID: other.clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: other.clientSecret,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `the plan was made against ${new URL(sim.url).host}, not ${new URL(other.url).host}`,
    );
    expect(other.state.requests().filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it("rechecks the manifest's policy on a target edited within the schema's range", async () => {
    const run = await applyEdited((plan) => {
      firstChange(plan).to = 59;
      plan.fingerprint = fingerprint(plan.entries);
      return plan;
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the plan breaks the policy of examples/gc-timeouts.yaml');
    expect(run.stderr).toContain('timeoutSeconds 59 is above maxTimeoutSeconds 45');
  });

  it('reads the plan only as a regular file', async () => {
    const link = join(dir, 'environ.json');
    symlinkSync('/proc/self/environ', link);
    const run = await cli(['apply', '--plan', link], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('system file');
  });
});

describe('a saved plan is re-verified, never believed', () => {
  it('refuses a plan whose manifest points at a missing file', async () => {
    const run = await applyEdited((plan) => ({ ...plan, manifest: 'no-such-manifest.yaml' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a plan is applied only with the manifest it was made from');
  });

  it('refuses a relabelled action name', async () => {
    const run = await applyEdited((plan) => {
      firstChange(plan).actionName = 'Harmless Lookup';
      return plan;
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the plan file does not match a fresh plan');
    expect(run.stderr).toContain('not "Harmless Lookup"');
  });

  it('refuses an edit within the policy and the schema, with a recomputed fingerprint', async () => {
    const run = await applyEdited((plan) => {
      const change = firstChange(plan);
      change.to = change.to === 40 ? 41 : 40;
      plan.fingerprint = fingerprint(plan.entries);
      return plan;
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the file says \d+ to (40|41), a fresh plan/);
  });
});
