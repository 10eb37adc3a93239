import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOrgsSpec, startOrgs, type RunningOrg } from '../../simulator/orgs.js';
import { selectEnvironment } from '../../src/manifest/environments.js';
import { promoteManifest } from '../../src/manifest/promote.js';
import type { ManifestDocument } from '../../src/manifest/types.js';
import { requireValidDocument } from '../../src/manifest/validate.js';
import { applyPlan } from '../../src/org/apply.js';
import { planOrg } from '../../src/org/plan.js';
import { readLiveOrg } from '../../src/org/read.js';
import { openClient } from '../../src/org/session.js';
import { compareOrgs, type CompareResult } from '../../src/plan/compare.js';
import { targetAt } from '../support/sim-connection.js';

/**
 * The whole story on two simulated orgs: one manifest with dev and prod, plan and apply per
 * environment, compare, promote dev to prod, apply prod again, compare clean.
 */

let orgs: RunningOrg[] = [];
let manifestPath = '';
beforeAll(async () => {
  orgs = await startOrgs(parseOrgsSpec('dev=demo-dev,prod=demo-prod'), { admin: true });
  manifestPath = join(mkdtempSync(join(tmpdir(), 'gc-fleet-')), 'gc-timeouts.yaml');
  writeFileSync(manifestPath, readFileSync('examples/fleet/gc-timeouts.yaml'));
});
afterAll(async () => {
  await Promise.all(orgs.map((o) => o.sim.close()));
});

function org(name: string): RunningOrg {
  const found = orgs.find((o) => o.name === name);
  if (found === undefined) throw new Error(`no org ${name}`);
  return found;
}

/** Plans environment `env` against its own org and applies the plan; returns the changes. */
async function planAndApply(env: string): Promise<{ changes: number; applied: number }> {
  const selected = selectEnvironment(await requireValidDocument(manifestPath), env);
  const target = targetAt(org(env).sim, selected.manifest.org?.region);
  const region = target.endpoint.region;
  const client = openClient(target);
  try {
    const { plan } = await planOrg(client, selected, {
      label: env,
      region,
      latency: false,
      flows: false,
    });
    expect(plan.errors, `${env} plan errors`).toEqual([]);
    const report = await applyPlan(plan, client);
    return { changes: plan.counts.changes, applied: report.counts.applied };
  } finally {
    await client.close();
  }
}

async function compare(): Promise<CompareResult> {
  const sides = await Promise.all(
    ['dev', 'prod'].map(async (env) => {
      const selected = selectEnvironment(await requireValidDocument(manifestPath), env);
      const target = targetAt(org(env).sim, selected.manifest.org?.region);
      const region = target.endpoint.region;
      const client = openClient(target);
      try {
        const live = await readLiveOrg(client, region);
        return { environment: env, manifest: selected.manifest, live: live.actions };
      } finally {
        await client.close();
      }
    }),
  );
  const [dev, prod] = sides;
  if (dev === undefined || prod === undefined) throw new Error('two sides');
  return compareOrgs(dev, prod);
}

describe('a fleet of two orgs from one manifest', () => {
  it('plans and applies each environment against its own org, then promotes dev to prod', async () => {
    const dev = await planAndApply('dev');
    const prod = await planAndApply('prod');
    expect(dev.changes).toBeGreaterThan(0);
    expect(dev.applied).toBe(dev.changes);
    expect(prod.applied).toBe(prod.changes);
    // A second run of each converges: nothing left to change.
    expect((await planAndApply('dev')).changes).toBe(0);
    expect((await planAndApply('prod')).changes).toBe(0);

    const before = await compare();
    expect(
      before.rows.every((r) => r.a?.manifest !== 'differs' && r.b?.manifest !== 'differs'),
    ).toBe(true);
    const differ = before.rows.filter((r) => r.status === 'differ').map((r) => r.name);
    expect(differ).toEqual(
      expect.arrayContaining(['Get Customer Order', 'Lookup Account by Phone']),
    );
    expect(before.rows.find((r) => r.name === 'Debug Echo')?.status).toBe('only-a');

    const text = readFileSync(manifestPath, 'utf8');
    const document = (await requireValidDocument(manifestPath)).manifest as ManifestDocument;
    const promoted = promoteManifest({ text, document, from: 'dev', to: 'prod' });
    expect(promoted.text).toContain('# prod was tuned first');
    writeFileSync(manifestPath, promoted.text);
    expect(promoted.changes.map((c) => `${c.entryIndex} ${String(c.before)}→${c.after}`)).toEqual([
      '0 15→20',
      '3 20→25',
    ]);
    const again = await planAndApply('prod');
    expect(again.changes).toBeGreaterThan(0);
    expect(again.applied).toBe(again.changes);

    const after = await compare();
    // What still differs is what the manifest manages in one org only: the prod-only id entry.
    const still = after.rows.filter((r) => r.status === 'differ');
    expect(still.map((r) => `${r.name} ${r.a?.manifest} ${r.b?.manifest}`)).toEqual([
      'Legacy Order Lookup unmanaged matches',
    ]);
    expect(
      after.rows.every((r) => r.a?.manifest !== 'differs' && r.b?.manifest !== 'differs'),
    ).toBe(true);
    expect(
      after.rows.filter((r) => r.status !== 'same').map((r) => `${r.status} ${r.name}`),
    ).toEqual(['only-a Debug Echo', 'differ Legacy Order Lookup']);
    // The prod-only id entry names a prod action; dev never saw it.
    expect(
      org('prod')
        .sim.state.listActions()
        .find((a) => a.name === 'Legacy Order Lookup')?.config.timeoutSeconds,
    ).toBe(10);
    expect(
      org('dev')
        .sim.state.listActions()
        .find((a) => a.name === 'Legacy Order Lookup')?.config.timeoutSeconds,
    ).toBe(5);
  });
});
