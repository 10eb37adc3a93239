import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGenesysClient } from '../../src/genesys/client.js';
import { applyPlan } from '../../src/org/apply.js';
import { BREAKER_THRESHOLD } from '../../src/org/apply-gate.js';
import type { Connection } from '../../src/app/connection.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { beforeDeadline } from '../../src/util/deadline.js';
import { planWithClient } from './plan-with-client.js';
import { connectionTo } from '../support/sim-connection.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';

let sim: RunningSimulator;
let connection: Connection;

beforeEach(async () => {
  sim = await startSimulator({ seed: 'demo', admin: true });
  connection = connectionTo(sim);
});
afterEach(async () => {
  await sim.close();
});

async function planned(): ReturnType<typeof planWithClient> {
  return planWithClient({
    manifestPath: 'examples/gc-timeouts.yaml',
    label: 't',
    connection,
    latency: false,
  });
}

describe('apply is bounded', () => {
  it('stops after repeated transport failures and names every action it did not try', async () => {
    const { plan, client: planner } = await planned();
    await planner.close();
    // No retries, so each failure is one request and the test is quick; the breaker is what stops it.
    const client = createGenesysClient({
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
      retry: { maxRetries: 0 },
    });
    sim.state.setFaults({ probabilities: { reset: 1 } });
    const report = await applyPlan(plan, client, { concurrency: 1 });
    await client.close();
    const tried = report.results.filter((r) => r.reason !== 'not-attempted');
    const skipped = report.results.filter((r) => r.reason === 'not-attempted');
    expect(tried).toHaveLength(BREAKER_THRESHOLD);
    expect(skipped.length).toBe(plan.counts.changes - BREAKER_THRESHOLD);
    for (const r of skipped) {
      expect(r.status).toBe('failed');
      expect(r.message).toContain(
        'the apply stopped after 3 network failures or timeouts in a row',
      );
      expect(r.actionName).not.toBe('');
    }
    expect(sim.state.requests().filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('starts nothing once the run deadline has passed', async () => {
    const { plan, client } = await planned();
    sim.state.clearRequests();
    const report = await applyPlan(plan, client, { deadline: Date.now() - 1 });
    await client.close();
    expect(report.counts.failed).toBe(plan.counts.changes);
    expect(report.results.every((r) => r.reason === 'not-attempted')).toBe(true);
    expect(report.results[0]?.message).toContain('the run deadline passed');
    expect(sim.state.requests()).toHaveLength(0);
  });

  it('gives up waiting on a stalled read at the deadline', async () => {
    const stalled = new Promise<never>(() => undefined);
    const started = Date.now();
    const error = await beforeDeadline(stalled, started + 50, () => new Error('late')).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('late');
  });
});

describe('--deadline', () => {
  it('stops a plan whose reads outlast it, naming the deadline, and refuses nonsense', async () => {
    const { cli } = await import('../support/cli.js');
    sim.state.setFaults({ probabilities: { stall: 1 } });
    const env = {
      GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
      GENESYSCLOUD_API_BASE_URL: sim.url,
    };
    const run = await cli(['plan', '-m', 'examples/gc-timeouts.yaml', '--deadline', '0.02'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'the run deadline passed while reading the org; nothing was applied',
    );
    const bad = await cli(['plan', '-m', 'examples/gc-timeouts.yaml', '--deadline', '0'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--deadline must be a number of minutes');
  });
});
