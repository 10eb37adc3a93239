import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOrgsSpec, startOrgs, type RunningOrg } from '../../simulator/orgs.js';
import { cli } from '../support/cli.js';

/**
 * Every command takes one environment, from the command line, against two simulated orgs (each
 * its own host and OAuth client): plan and apply per environment, compare, promote, fleet-summary.
 */

let orgs: RunningOrg[] = [];
let dir = '';
let env: NodeJS.ProcessEnv = {};
beforeAll(async () => {
  orgs = await startOrgs(parseOrgsSpec('dev=demo-dev,prod=demo-prod'), { admin: true });
  dir = mkdtempSync(join(tmpdir(), 'gc-envs-'));
  env = {};
  for (const { name, sim } of orgs) {
    const suffix = name.toUpperCase();
    env[`GENESYSCLOUD_API_BASE_URL_${suffix}`] = sim.url;
    env[`GENESYSCLOUD_OAUTHCLIENT_ID_${suffix}`] = sim.clientId;
    env[`GENESYSCLOUD_OAUTHCLIENT_SECRET_${suffix}`] = sim.clientSecret;
  }
});
afterAll(async () => {
  await Promise.all(orgs.map((o) => o.sim.close()));
});

function sim(name: string): RunningOrg['sim'] {
  const found = orgs.find((o) => o.name === name);
  if (found === undefined) throw new Error(`no org ${name}`);
  return found.sim;
}

function timeoutIn(name: string, action: string): number | undefined {
  return sim(name)
    .state.listActions()
    .find((a) => a.name === action)?.config.timeoutSeconds;
}

/** A manifest whose dev and prod agree once promoted: the held-back check's shape. */
const MANIFEST = `version: 1
environments:
  dev:
    region: us-east-1
  prod:
    region: eu-west-1
    policy:
      maxChanges: 20
actions:
  - name: Get Customer Order
    integration: ERP Web Services
    timeoutSeconds: { default: 20, prod: 15 } # prod tuned first
  - name: Check Inventory Levels
    timeoutSeconds: 30
`;

describe('one manifest, two orgs, from the command line', () => {
  it('asks for an environment, and says which ones the manifest declares', async () => {
    const path = join(dir, 'ask.yaml');
    writeFileSync(path, MANIFEST);
    const none = await cli(['plan', '--manifest', path], env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('declares environments "dev" and "prod": choose one (--env NAME');
    const typo = await cli(['drift', '--manifest', path, '--env', 'prd'], env);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('unknown environment "prd"');
    expect(typo.stderr).toContain('did you mean "prod"?');
    expect((await cli(['validate', '--manifest', path], env)).code).toBe(0);
    expect((await cli(['validate', '--manifest', path, '--env', 'test'], env)).code).toBe(2);
    const sent = await cli(
      ['doctor', '--manifest', 'examples/gc-timeouts.yaml', '--env', 'dev'],
      env,
    );
    expect(sent.code).toBe(2);
    expect(sent.stderr).toContain('declares no environments');
  });

  it('plans and applies each environment against its own org, promotes dev to prod, and compares clean', async () => {
    const path = join(dir, 'gc-timeouts.yaml');
    writeFileSync(path, MANIFEST);
    const M = ['--manifest', path];
    const devPlan = join(dir, 'dev.json');
    const prodPlan = join(dir, 'prod.json');
    expect((await cli(['plan', ...M, '--env', 'dev', '--out', devPlan], env)).code).toBe(0);
    const planned = await cli(['plan', ...M, '--env', 'prod', '--out', prodPlan], env);
    expect(planned.code).toBe(0);
    const saved = JSON.parse(readFileSync(prodPlan, 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ environment: 'prod', region: 'eu-west-1' });
    expect(saved['label']).toBe(`${path} (prod)`);

    // A plan of prod is never applied as dev's; by default it takes prod's own client.
    const crossed = await cli(['apply', '--plan', prodPlan, '--env', 'dev', '--yes'], env);
    expect(crossed.code).toBe(2);
    expect(crossed.stderr).toContain('the plan was made for environment prod, not dev');
    expect((await cli(['apply', '--plan', devPlan, '--yes'], env)).code).toBe(0);
    const report = join(dir, 'prod-report.json');
    const applied = await cli(['apply', '--plan', prodPlan, '--yes', '--report', report], env);
    expect(applied.code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ environment: 'prod' });
    expect(timeoutIn('dev', 'Get Customer Order')).toBe(20);
    expect(timeoutIn('prod', 'Get Customer Order')).toBe(15);

    const before = await cli(['compare', 'dev', 'prod', ...M, '--format', 'json'], env);
    expect(before.code).toBe(2);
    const rows = (JSON.parse(before.stdout) as { rows: { name: string; status: string }[] }).rows;
    expect(rows.filter((r) => r.status !== 'same').map((r) => r.name)).toEqual([
      'Get Customer Order',
    ]);

    const dry = await cli(['promote', '--from', 'dev', '--to', 'prod', ...M], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      '-    timeoutSeconds: { default: 20, prod: 15 } # prod tuned first',
    );
    expect(dry.stdout).toContain(
      '+    timeoutSeconds: { default: 20, prod: 20 } # prod tuned first',
    );
    expect(readFileSync(path, 'utf8')).toBe(MANIFEST);
    expect(
      (await cli(['promote', '--from', 'dev', '--to', 'prod', ...M, '--write'], env)).code,
    ).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('{ default: 20, prod: 20 } # prod tuned first');

    expect((await cli(['apply', ...M, '--env', 'prod', '--yes'], env)).code).toBe(0);
    expect(timeoutIn('prod', 'Get Customer Order')).toBe(20);
    const after = await cli(['compare', 'dev', 'prod', ...M], env);
    expect(after.stdout).toContain('the orgs agree');
    expect(after.code).toBe(0);
    const drift = await cli(['drift', ...M, '--env', 'prod'], env);
    expect(drift.code).toBe(0);

    const summary = await cli(
      ['fleet-summary', `dev=${devPlan}`, `prod=${prodPlan}`, `test=${join(dir, 'none.json')}`],
      env,
    );
    expect(summary.code).toBe(1);
    expect(summary.stdout).toContain('| dev | in sync | us-east-1 | 0 | 0 | 0 |');
    expect(summary.stdout).toContain('| prod | changes | eu-west-1 | 1 | 0 | 0 |');
    expect(summary.stdout).toContain('| test | failed: no plan');
  });

  it('refuses to compare two environments that would read the same org', async () => {
    const path = join(dir, 'same.yaml');
    writeFileSync(path, MANIFEST);
    const devSim = sim('dev');
    const same = {
      GENESYSCLOUD_API_BASE_URL: devSim.url,
      GENESYSCLOUD_OAUTHCLIENT_ID: devSim.clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: devSim.clientSecret,
    };
    const run = await cli(['compare', 'dev', 'prod', '--manifest', path], same);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('would read the same org');
  });

  it("sends each environment's own client: dev's credentials never reach prod", async () => {
    const path = join(dir, 'creds.yaml');
    writeFileSync(path, MANIFEST);
    const {
      GENESYSCLOUD_OAUTHCLIENT_ID_PROD: _id,
      GENESYSCLOUD_OAUTHCLIENT_SECRET_PROD: _s,
      ...rest
    } = env;
    const devClient = {
      ...rest,
      GENESYSCLOUD_OAUTHCLIENT_ID: sim('dev').clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: sim('dev').clientSecret,
    };
    const run = await cli(['plan', '--manifest', path, '--env', 'prod'], devClient);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/401|auth|credentials|client/i);
  });
});
