import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { PROFILES, runShipped } from './shipped.js';
import { shippedTable } from './shipped-report.js';

/**
 * `npm run bench:shipped [-- --full]`: the shipped bundles as users run them. The quick profile
 * (1,000 actions, 100 changes) takes about a minute; the full one (20,000 actions, 1,000 changes,
 * match-all plans over 20,000 and 100,000 actions) is the recorded result.
 */

const profile = process.argv.includes('--full') ? PROFILES.full : PROFILES.quick;
const watchdog = setTimeout(() => {
  process.stderr.write('bench: the shipped bench did not finish within 30 minutes\n');
  process.exit(1);
}, 30 * 60_000);
watchdog.unref();

const rows = await runShipped(profile);
const result = {
  generatedAt: new Date().toISOString(),
  profile: profile.name,
  environment: { node: process.version, cpus: cpus().length },
  settings: { latencyMs: 20, statedLimitPerMinute: 60_000, ...profile },
  rows,
};
// BENCH_DIST names another build (the figures before a change): recorded apart.
const label = process.env['BENCH_DIST'] === undefined ? '' : '-before';
await writeFile(
  `bench/results/shipped-${profile.name}${label}.json`,
  `${JSON.stringify(result, null, 2)}\n`,
);
process.stdout.write(shippedTable(rows));
clearTimeout(watchdog);
