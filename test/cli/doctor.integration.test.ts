import { afterEach, describe, expect, it } from 'vitest';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../simulator/index.js';
import { cli } from '../support/cli.js';

/** `gc-timeouts doctor` against the strict simulator: what the example manifest needs, read-only. */

const sims: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

const M = ['--manifest', 'examples/gc-timeouts.yaml'];

async function doctor(options: SimulatorOptions, args: string[] = []) {
  const sim = await startSimulator({ seed: 'demo', profile: 'strict', ...options });
  sims.push(sim);
  const env = {
    GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
    GENESYSCLOUD_API_BASE_URL: sim.url,
  };
  const run = await cli(['doctor', ...M, ...args], env);
  return { run, sim };
}

interface Checks {
  checks: { name: string; status: 'ok' | 'warn' | 'fail'; detail: string }[];
}

describe('gc-timeouts doctor', () => {
  it('never says a permission is there and then that analytics misses it', async () => {
    const { run } = await doctor({ permissions: 'all', analytics: 'forbidden' }, [
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout) as Checks;
    expect(
      report.checks.find((c) => c.name === 'permission integrations:action:view'),
    ).toMatchObject({
      status: 'ok',
    });
    const analytics = report.checks.find((c) => c.name === 'analytics');
    expect(analytics?.status).toBe('warn');
    expect(analytics?.detail).not.toMatch(/missing the following permission/);
    expect(analytics?.detail).toContain('which this client holds');
  });

  it('with all permissions exits 0, reports the stated rate limit, and writes nothing', async () => {
    const { run, sim } = await doctor({ permissions: 'all' }, ['--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Checks;
    expect(report.checks.every((c) => Object.keys(c).join() === 'name,status,detail')).toBe(true);
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(report.checks.find((c) => c.name === 'rate limit')).toMatchObject({
      status: 'ok',
      detail: expect.stringContaining('the org states 180 requests a minute'),
    });
    expect(report.checks.find((c) => c.name === 'login')?.detail).toContain('86400 s');
    // The strict profile answers analytics without percentiles (optional in StatisticalSummary).
    expect(report.checks.find((c) => c.name === 'analytics')).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('without p95/p99'),
    });
    expect(report.checks.find((c) => c.name === 'templates')?.detail).toContain('by URI');
    expect(
      report.checks.find((c) => c.name === 'permission integrations:action:edit'),
    ).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('unverified'),
    });
    expect(report.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining(['PATCH semantics', 'draft ZIP carry-over']),
    );
    const writes = sim.state
      .requests()
      .filter((r) => r.method !== 'GET' && r.path !== '/oauth/token');
    expect(writes.map((r) => r.path)).toEqual(['/api/v2/analytics/actions/aggregates/query']);
  });

  it('without integrations:integration:view names it, says what to grant, and exits 1', async () => {
    const { run } = await doctor({
      permissions: [
        'integrations:action:view',
        'integrations:action:edit',
        'integrations:actionFunction:view',
      ],
    });
    expect(run.code).toBe(1);
    const line = run.stdout
      .split('\n')
      .find((l) => l.startsWith('permission integrations:integration:view'));
    expect(line).toMatch(/fail\s+the OAuth client lacks integrations:integration:view: grant it/);
    expect(run.stdout).toContain('1 check failed');
  });

  it('a manifest without function or integration entries does not need the integrations', async () => {
    const { run } = await doctor({ permissions: ['integrations:action:view'] }, [
      '--manifest',
      'test/fixtures/doctor-by-id.yaml',
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout) as Checks;
    expect(
      report.checks.find((c) => c.name === 'permission integrations:integration:view')?.status,
    ).toBe('warn');
    expect(run.code).toBe(0);
  });

  it('fails at login with refused credentials, and exits 2 on a bad --format', async () => {
    const sim = await startSimulator({ seed: 'demo' });
    sims.push(sim);
    const env = {
      GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: 'wrong',
      GENESYSCLOUD_API_BASE_URL: sim.url,
    };
    const refused = await cli(['doctor', ...M, '--format', 'json'], env);
    expect(refused.code).toBe(1);
    expect((JSON.parse(refused.stdout) as Checks).checks).toEqual([
      { name: 'login', status: 'fail', detail: expect.stringContaining('login') },
    ]);
    expect(refused.stdout).not.toContain('wrong');
    expect((await cli(['doctor', ...M, '--format', 'yaml'], env)).code).toBe(2);
  });
});
