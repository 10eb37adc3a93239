import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../simulator/index.js';
import { countRequests } from './protocol.js';
import { pickTargets, writeManifest } from './scenario.js';
import { runBundle } from './shipped-process.js';

/**
 * `npx vite-node bench/limit-shipped.ts [-- --actions N --changes N]`: issue 17 item 6. The
 * shipped CLI (`dist/cli/index.js apply --manifest`) as a child process against a simulator that
 * states and enforces 300 requests a minute (the platform's default) with 20 ms a response; the
 * simulator runs in this process, so the CLI's own process is all it measures. Target: no 429,
 * and the run within 3 % of (requests ÷ 300) minutes. Writes bench/results/limit-shipped.json.
 */

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const actions = arg('actions', 5_000);
const changes = arg('changes', 1_000);
const LIMIT = 300;

const sim = await startSimulator({
  seed: `scale:${actions}`,
  latencyMs: 20,
  rateLimitPerMinute: LIMIT,
  host: '127.0.0.1',
  port: 0,
});
try {
  const view = sim.state
    .listActions()
    .filter((a) => a.id.startsWith('custom_') && a.function === undefined)
    .map((a) => ({
      id: a.id,
      name: a.name,
      version: a.version,
      timeoutSeconds: a.config.timeoutSeconds,
      shape: '',
    }));
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-bench-limit-'));
  const manifest = await writeManifest(dir, pickTargets(view, changes));
  sim.state.clearRequests();
  const run = await runBundle(
    'dist/cli/index.js',
    ['apply', '--api-base-url', sim.url, '--manifest', manifest, '--yes'],
    {
      GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
    },
  );
  const counts = countRequests(sim.state.requests());
  const floorSeconds = (counts.total / LIMIT) * 60;
  const result = {
    generatedAt: new Date().toISOString(),
    environment: { node: process.version },
    settings: { actions, changes, limitPerMinute: LIMIT, latencyMs: 20 },
    exitCode: run.code,
    seconds: run.seconds,
    peakMiB: Math.round(run.peakMiB),
    requests: counts.total,
    byKind: counts.byKind,
    rateLimited: counts.rateLimited,
    floorSeconds: Math.round(floorSeconds * 10) / 10,
    overFloorPercent: Math.round((run.seconds / floorSeconds - 1) * 1000) / 10,
  };
  writeFileSync('bench/results/limit-shipped.json', `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (run.code !== 0) process.stderr.write(run.stderr.slice(-3000));
} finally {
  await sim.close();
}
