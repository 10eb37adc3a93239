import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireValidManifest } from '../../src/manifest/validate.js';
import { openOrg } from '../../src/org/session.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { targetAt } from '../support/sim-connection.js';

/** A manifest that names its actions reads just them, not the whole org. */

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function manifest(body: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gc-timeouts-targeted-')), 'gc-timeouts.yaml');
  writeFileSync(path, `version: 1\norg: { region: us-east-1 }\n${body}`);
  return path;
}

async function planRequests(path: string) {
  const s = sim!;
  s.state.clearRequests();
  const org = openOrg(targetAt(s), { tuning: { requestsPerMinute: 100_000 } });
  try {
    const plan = await org.plan(await requireValidManifest(path), { label: 't' });
    const read = s.state.requests().length;
    s.state.clearRequests();
    const withEvidence = await org.plan(await requireValidManifest(path), {
      label: 't',
      latency: true,
      flows: true,
    });
    return { plan, withEvidence, read, evidenceRun: s.state.requests().length };
  } finally {
    await org.close();
  }
}

describe('targeted reads', () => {
  it('10 entries by id and name on 20,000 actions: ≤ 15 requests to read, ≤ 30 with evidence', async () => {
    sim = await startSimulator({ seed: 'scale:20000', rateLimitPerMinute: 0 });
    const custom = sim.state.listActions().filter((a) => a.id.startsWith('custom_'));
    const count = new Map<string, number>();
    for (const a of custom) count.set(a.name, (count.get(a.name) ?? 0) + 1);
    const unique = custom.filter((a) => count.get(a.name) === 1);
    const byId = unique.slice(0, 5);
    const byName = unique.slice(100, 105);
    const entries = [
      ...byId.map((a) => `  - id: ${a.id}\n    timeoutSeconds: 17\n`),
      ...byName.map((a) => `  - name: ${JSON.stringify(a.name)}\n    timeoutSeconds: 17\n`),
    ];
    const { plan, withEvidence, read, evidenceRun } = await planRequests(
      manifest(`actions:\n${entries.join('')}`),
    );
    expect(plan.errors).toEqual([]);
    const managed = new Set(
      plan.entries.filter((e) => e.entryIndex !== null).map((e) => e.actionId),
    );
    expect([...managed].sort()).toEqual([...byId, ...byName].map((a) => a.id).sort());
    expect(read).toBeLessThanOrEqual(15);
    // The second plan reuses the first one's token: add the one login back.
    expect(evidenceRun + 1).toBeLessThanOrEqual(30);
    expect(withEvidence.fingerprint).toBe(plan.fingerprint);
  });

  it('a name differing only in case is not selected, and is suggested', async () => {
    sim = await startSimulator({ seed: 'demo', rateLimitPerMinute: 0 });
    const { plan } = await planRequests(
      manifest(`actions:\n  - name: get customer order\n    timeoutSeconds: 17\n`),
    );
    expect(plan.errors.map((e) => e.message).join(' ')).toContain('Get Customer Order');
    expect(plan.counts.changes).toBe(0);
  });

  it('match entries or unmanaged: report read the whole org', async () => {
    sim = await startSimulator({ seed: 'scale:1000', rateLimitPerMinute: 0 });
    const one = sim.state.listActions().find((a) => a.id.startsWith('custom_'));
    const { read } = await planRequests(
      manifest(
        `policy: { unmanaged: report }\nactions:\n  - id: ${one?.id}\n    timeoutSeconds: 17\n`,
      ),
    );
    expect(read).toBeGreaterThanOrEqual(10);
  });
});
