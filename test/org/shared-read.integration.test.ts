import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireValidManifest } from '../../src/manifest/validate.js';
import { openOrg, type OrgSession } from '../../src/org/session.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { targetAt } from '../support/sim-connection.js';

/** recommend's way through the org: one read, observed, then planned once more and let go. */

let sim: RunningSimulator;
let org: OrgSession;
beforeEach(async () => {
  sim = await startSimulator({ seed: 'demo' });
  org = openOrg(targetAt(sim), { tuning: { requestsPerMinute: 100_000 } });
});
afterEach(async () => {
  await org.close();
  await sim.close();
});

function manifest(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gc-timeouts-shared-')), 'gc-timeouts.yaml');
  writeFileSync(path, `version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 12\n`);
  return path;
}

/** Requests since the last call, by kind: the listing's first pages and latency queries. */
function requestsSince(): { listings: number; latency: number } {
  const seen = sim.state.requests();
  sim.state.clearRequests();
  const latency = seen.filter(
    (r) =>
      r.path === '/api/v2/analytics/actions/aggregates/query' &&
      (r.body as { groupBy?: string[] }).groupBy?.join() === 'actionId',
  );
  const listings = seen.filter(
    (r) => r.path === '/api/v2/integrations/actions' && (r.query['pageNumber'] ?? '1') === '1',
  );
  return { listings: listings.length, latency: latency.length };
}

describe('a shared read: observed, planned, let go', () => {
  it('observes rows with their latency, plans them without asking again, and gives up the actions after its last plan', async () => {
    const valid = await requireValidManifest(manifest());
    const read = await org.readFor(valid);
    expect(requestsSince()).toEqual({ listings: 1, latency: 0 });

    const observed = await org.observe(valid, { label: 't', read });
    expect(requestsSince()).toEqual({ listings: 0, latency: 1 });
    // Draft rows: the latency comes beside them, not on them.
    expect(observed.entries.length).toBeGreaterThan(0);
    expect(observed.entries.every((e) => e.latency === null)).toBe(true);
    expect(observed.latency?.byAction.size).toBeGreaterThan(0);

    const last = await org.plan(valid, { label: 't', latency: true, read, lastOfRead: true });
    expect(requestsSince()).toEqual({ listings: 0, latency: 0 });
    expect(last.entries.some((e) => e.latency !== null)).toBe(true);
    expect(read.org).toBeUndefined();

    // Planned with the read once more, the org is read anew rather than planned from nothing.
    const again = await org.plan(valid, { label: 't', latency: true, read });
    expect(requestsSince()).toEqual({ listings: 1, latency: 1 });
    expect(again.fingerprint).toBe(last.fingerprint);
    expect(again.entries.map((e) => e.latency)).toEqual(last.entries.map((e) => e.latency));
  });
});
