import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPlan } from '../src/org/apply.js';
import { endpointFor, targetOf } from '../src/app/connection.js';
import { openClient } from '../src/org/session.js';
import { requireValidManifest } from '../src/manifest/validate.js';
import { planOurs } from './ours.js';
import { pickTargets, verifyOrg, writeManifest } from './scenario.js';
import { startSimHost } from './sim-host.js';

/**
 * Issue 10's figure: a 1,000-change apply against an org that states 180 requests a minute (the
 * lowest limit seen on a real org), with the client as shipped (no budget configured: it paces to
 * the stated limit). Reports the 429s, the requests sent and how close the run came to the fastest
 * the limit allows: R requests on a fresh token at N a minute cannot end before
 * floor((R - 1) / N) minutes have passed.
 *
 *   npx vite-node bench/rate-limit.ts [--changes 1000] [--limit 180]
 */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer`);
  return value;
}

const CHANGES = arg('changes', 1000);
const LIMIT = arg('limit', 180);
const LATENCY_MS = 20;

async function main(): Promise<void> {
  const sim = await startSimHost({
    seed: `scale:${CHANGES}`,
    latencyMs: LATENCY_MS,
    rateLimitPerMinute: LIMIT,
  });
  const dir = await mkdtemp(join(tmpdir(), 'gc-timeouts-rate-'));
  try {
    const before = await sim.snapshot();
    const targets = pickTargets(before, CHANGES);
    const manifest = await writeManifest(dir, targets);
    const planned = await planOurs(sim, manifest);
    await planned.client.close();
    if (planned.plan.counts.changes !== CHANGES)
      throw new Error(`planned ${planned.plan.counts.changes} changes`);
    // A fresh client and token for the apply, so its window starts empty and the bound is exact.
    const connection = {
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      region: undefined,
      apiBaseUrl: sim.url,
    };
    const valid = await requireValidManifest(manifest);
    const client = openClient(targetOf(connection, endpointFor(connection, valid.manifest)));
    await sim.clearRequests();
    const started = performance.now();
    let lastLine = started;
    const report = await applyPlan(planned.plan, client, {
      onProgress: (done, total) => {
        if (performance.now() - lastLine < 30_000) return;
        lastLine = performance.now();
        console.error(`  ${done}/${total} after ${((lastLine - started) / 1000).toFixed(0)} s`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    await client.close();
    const counts = await sim.requests();
    const apiRequests = counts.total - counts.byKind.oauth;
    const fastest = Math.floor((apiRequests - 1) / LIMIT) * 60;
    const verified = verifyOrg(before, await sim.snapshot(), targets);
    const result = {
      changes: CHANGES,
      statedLimitPerMinute: LIMIT,
      latencyMs: LATENCY_MS,
      applied: report.counts.applied,
      failed: report.counts.failed,
      orgAsIntended: verified.problems.length === 0,
      requests: apiRequests,
      requestsPerChange: Number((apiRequests / CHANGES).toFixed(2)),
      byKind: counts.byKind,
      rateLimited: counts.rateLimited,
      otherErrors: counts.otherErrors,
      seconds: Number(seconds.toFixed(1)),
      fastestSeconds: fastest,
      overFastest: Number((seconds / fastest - 1).toFixed(4)),
    };
    console.log(JSON.stringify(result, null, 2));
    await writeFile(
      join('bench', 'results', 'rate-limit.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    if (!result.orgAsIntended || result.failed > 0) {
      console.error(verified.problems.slice(0, 5).join('\n'));
      process.exitCode = 1;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await sim.close();
  }
}

await main();
